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
package io.github.handymanworkflows.spring.boot.autoconfigure.web;

import io.github.handymanworkflows.inngest.ServeRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may POST events to the embedded serve endpoint.
 *
 * <p>Ingestion is closed unless enabled. When enabled, a request must carry one of the event keys,
 * either in the path ({@code <serve path>/e/<key>}, Inngest's convention) or in the {@value
 * #KEY_HEADER} header; keys are compared in constant time. A keyless dev mode exists for local use
 * and is only allowed when the web server is bound to loopback (checked at startup). Events that
 * trigger security-sensitive actions ({@link #SENSITIVE_EVENTS}) are refused from outside, key or
 * not, unless the host allows them by name: whoever can send them can lock accounts or send reset
 * and lock emails in the app's name.
 *
 * @param enabled whether events are ingested at all
 * @param eventKeys the keys accepted; more than one while a key is being rotated
 * @param keylessOnLoopback whether a request without a key is accepted (loopback dev mode)
 * @param allowedSensitiveEvents names from {@link #SENSITIVE_EVENTS} the host accepts anyway
 */
public record EventIngestPolicy(
    boolean enabled,
    List<String> eventKeys,
    boolean keylessOnLoopback,
    Set<String> allowedSensitiveEvents) {

  /** The header that may carry the event key instead of the path. */
  public static final String KEY_HEADER = "X-Event-Key";

  /**
   * Events never ingested from outside unless allowed by name: they lock or archive accounts, end
   * sessions, or email links and security notices to an address taken from the event.
   */
  public static final Set<String> SENSITIVE_EVENTS =
      Set.of(
          "security/lock.requested",
          "auth/account.locked",
          "auth/password.reset.requested",
          "auth/email.verification.requested",
          "auth/2fa.enabled",
          "system/account.inactive",
          "user/account.deleted",
          "user/account.deactivated",
          "handyman/approved",
          "handyman/rejected");

  /** Copies the collections and checks that an enabled policy has a way in. */
  public EventIngestPolicy {
    eventKeys = List.copyOf(eventKeys);
    allowedSensitiveEvents = Set.copyOf(allowedSensitiveEvents);
    if (eventKeys.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("event keys must not be blank");
    }
  }

  /** A closed endpoint: every POST is refused. */
  public static EventIngestPolicy closed() {
    return new EventIngestPolicy(false, List.of(), false, Set.of());
  }

  /** An endpoint that accepts requests carrying one of the keys. */
  public static EventIngestPolicy withKeys(String... keys) {
    return new EventIngestPolicy(true, List.of(keys), false, Set.of());
  }

  /** The same policy, also accepting the given sensitive events. */
  public EventIngestPolicy allowing(String... sensitiveEvents) {
    return new EventIngestPolicy(enabled, eventKeys, keylessOnLoopback, Set.of(sensitiveEvents));
  }

  /** Whether the request may ingest events at all, by key or by the loopback dev mode. */
  public boolean admits(ServeRequest request) {
    if (!enabled) {
      return false;
    }
    Optional<String> key = key(request);
    if (key.isEmpty()) {
      return keylessOnLoopback;
    }
    return matches(key.get());
  }

  /** Whether an event of this name may come in over HTTP. */
  public boolean accepts(String eventName) {
    return !SENSITIVE_EVENTS.contains(eventName) || allowedSensitiveEvents.contains(eventName);
  }

  private static Optional<String> key(ServeRequest request) {
    Optional<String> header =
        request.header(KEY_HEADER).map(String::trim).filter(k -> !k.isEmpty());
    if (header.isPresent()) {
      return header;
    }
    String path = Objects.requireNonNullElse(request.uri().getRawPath(), "");
    int at = path.lastIndexOf("/e/");
    if (at >= 0 && at + 3 < path.length() && path.indexOf('/', at + 3) < 0) {
      return Optional.of(path.substring(at + 3));
    }
    return Optional.empty();
  }

  private boolean matches(String candidate) {
    // Hashing first makes the comparison independent of the keys' lengths; every key is compared
    // so the time does not tell which one matched.
    byte[] given = sha256(candidate);
    boolean match = false;
    for (String key : eventKeys) {
      match |= MessageDigest.isEqual(given, sha256(key));
    }
    return match;
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    // Never the keys themselves.
    return "EventIngestPolicy[enabled="
        + enabled
        + ", eventKeys="
        + eventKeys.size()
        + ", keylessOnLoopback="
        + keylessOnLoopback
        + ", allowedSensitiveEvents="
        + allowedSensitiveEvents
        + "]";
  }
}
