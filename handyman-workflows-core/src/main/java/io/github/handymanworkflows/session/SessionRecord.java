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
package io.github.handymanworkflows.session;

import java.time.Instant;
import java.util.Objects;

/**
 * A login session's metadata. The raw access and refresh tokens are never stored (§8 G.22).
 *
 * @param sessionId the session id
 * @param userId whose session it is
 * @param createdAt when it started
 * @param expiresAt when it ends; after {@code createdAt}
 * @param lastSeenAt the last request seen in it
 */
public record SessionRecord(
    String sessionId, String userId, Instant createdAt, Instant expiresAt, Instant lastSeenAt) {

  /** Validates the fields. */
  public SessionRecord {
    Objects.requireNonNull(sessionId, "sessionId must not be null");
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(createdAt, "createdAt must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt must not be null");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("expiresAt must be after createdAt");
    }
    if (lastSeenAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("lastSeenAt must not be before createdAt");
    }
  }

  /** Whether the session no longer works at {@code now}. */
  public boolean expiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }
}
