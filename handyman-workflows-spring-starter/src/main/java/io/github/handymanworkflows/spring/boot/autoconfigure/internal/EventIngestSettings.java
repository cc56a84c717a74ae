/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.handymanworkflows.spring.boot.autoconfigure.internal;

import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsConfigurationException;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsProperties;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.EventIngestPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;

/** Builds and checks the {@link EventIngestPolicy} from {@code handyman.workflows.embedded.*}. */
public final class EventIngestSettings {

  private static final Logger LOGGER = LoggerFactory.getLogger(EventIngestSettings.class);
  private static final String PREFIX = "handyman.workflows.embedded.";

  private EventIngestSettings() {}

  /**
   * The policy the settings describe.
   *
   * @throws HandymanWorkflowsConfigurationException when ingestion is on with no key and no
   *     loopback dev mode, when the dev mode is on but the server is not bound to loopback, or when
   *     an allowed name is not a sensitive event
   */
  public static EventIngestPolicy policy(
      HandymanWorkflowsProperties.Embedded embedded, Environment environment) {
    List<String> keys =
        embedded.getEventKeys().stream().map(String::trim).filter(k -> !k.isEmpty()).toList();
    for (String name : embedded.getAllowedSensitiveEvents()) {
      if (!EventIngestPolicy.SENSITIVE_EVENTS.contains(name)) {
        throw new HandymanWorkflowsConfigurationException(
            PREFIX + "allowed-sensitive-events",
            "'" + name + "' is not one of the sensitive events",
            "List only names from "
                + EventIngestPolicy.SENSITIVE_EVENTS
                + "; others need no entry.");
      }
    }
    Set<String> allowed = Set.copyOf(embedded.getAllowedSensitiveEvents());
    if (!embedded.isAcceptHttpEvents()) {
      return new EventIngestPolicy(false, keys, false, allowed);
    }
    if (embedded.isDevWithoutKey()) {
      String address = environment.getProperty("server.address");
      if (!loopback(address)) {
        throw new HandymanWorkflowsConfigurationException(
            PREFIX + "dev-without-key",
            "accepts events without a key, but the server listens on "
                + (address == null ? "every interface" : address),
            "Set server.address=127.0.0.1 for local use, or turn dev-without-key off and set "
                + PREFIX
                + "event-keys.");
      }
      return new EventIngestPolicy(true, keys, true, allowed);
    }
    if (keys.isEmpty()) {
      throw new HandymanWorkflowsConfigurationException(
          PREFIX + "event-keys",
          "is empty, but " + PREFIX + "accept-http-events is true",
          "Set "
              + PREFIX
              + "event-keys to a long random secret, or turn accept-http-events off and publish"
              + " events from your code.");
    }
    return new EventIngestPolicy(true, keys, false, allowed);
  }

  /** Whether {@code server.address} names a loopback address (unset means every interface). */
  public static boolean loopback(@Nullable String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    try {
      return InetAddress.getByName(address.trim()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Logs once, at startup, whether and how events come in over HTTP. */
  public static final class Announcement implements SmartInitializingSingleton {

    private final EventIngestPolicy policy;
    private final String path;

    /** Announces the policy for the serve endpoint at {@code path}. */
    public Announcement(EventIngestPolicy policy, String path) {
      this.policy = policy;
      this.path = path;
    }

    @Override
    public void afterSingletonsInstantiated() {
      if (!policy.enabled()) {
        LOGGER.info(
            "handyman-workflows: POSTing events to {} is off; publish events from your code"
                + " (handyman.workflows.embedded.accept-http-events)",
            path);
      } else if (policy.keylessOnLoopback()) {
        LOGGER.warn(
            "handyman-workflows DEV MODE: {} accepts events WITHOUT an event key, on loopback"
                + " only (handyman.workflows.embedded.dev-without-key). Never use this in"
                + " production.",
            path);
      } else {
        LOGGER.info(
            "handyman-workflows: {} accepts events with an event key ({} key(s) configured)",
            path,
            policy.eventKeys().size());
      }
    }
  }
}
