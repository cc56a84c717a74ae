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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the app id: {@code handyman.workflows.app-id}, else {@code INNGEST_APP_ID}, else {@code
 * spring.application.name}. It is logged with its source at startup, never a silent product
 * default: Inngest keys a host's functions and runs by it.
 */
public final class AppIds {

  private static final Logger LOGGER = LoggerFactory.getLogger(AppIds.class);

  /** The app id of a host that set none, on the embedded engine only. */
  public static final String EMBEDDED_FALLBACK = "application";

  private AppIds() {}

  /**
   * The app id, logged with where it came from.
   *
   * @param properties the bound properties
   * @param variables reads an environment variable or property by name
   * @param required whether an unset id is an error (Inngest) rather than a warned fallback
   * @throws HandymanWorkflowsConfigurationException when required and unset
   */
  public static String resolve(
      HandymanWorkflowsProperties properties,
      Function<String, @Nullable String> variables,
      boolean required) {
    String[][] sources = {
      {properties.getAppId(), "handyman.workflows.app-id"},
      {variables.apply("INNGEST_APP_ID"), "INNGEST_APP_ID"},
      {variables.apply("spring.application.name"), "spring.application.name"}
    };
    for (String[] source : sources) {
      if (source[0] != null && !source[0].isBlank()) {
        String id = source[0].trim();
        LOGGER.info("handyman workflows app id '{}' (from {})", id, source[1]);
        return id;
      }
    }
    if (required) {
      throw new HandymanWorkflowsConfigurationException(
          "handyman.workflows.app-id (INNGEST_APP_ID)",
          "no app id is set; Inngest identifies the app's functions and runs by it",
          "Set handyman.workflows.app-id, INNGEST_APP_ID or spring.application.name to a name"
              + " unique among the apps of your Inngest environment.");
    }
    LOGGER.warn(
        "handyman workflows app id '{}' (nothing set): set handyman.workflows.app-id or"
            + " spring.application.name; it prefixes every function id",
        EMBEDDED_FALLBACK);
    return EMBEDDED_FALLBACK;
  }
}
