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
package io.github.handymanworkflows.workflows.maintenance;

import io.github.handymanworkflows.event.EventBounds;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.EventValidationException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Weekly maintenance found an account inactive for longer than {@code archiveAfter} ({@code
 * system/account.inactive}); {@link ArchiveInactiveAccount} archives it and tells the user.
 *
 * @param userId the account
 * @param inactiveSince the cut-off: the account is archived only if its last activity is still
 *     before it when the archive step runs
 * @param requestedAt when maintenance ran (its scheduled time); the archive time and part of the
 *     notice's key
 */
public record InactiveAccountFound(String userId, Instant inactiveSince, Instant requestedAt) {

  /** The wire name {@code system/account.inactive}. */
  public static final EventType<InactiveAccountFound> TYPE =
      EventType.of("system/account.inactive", InactiveAccountFound.class);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public InactiveAccountFound {
    required("userId", userId);
    if (userId.isBlank()) {
      throw new EventValidationException(TYPE.name(), "data.userId", "must not be blank");
    }
    EventBounds.check(TYPE.name(), "userId", userId);
    required("inactiveSince", inactiveSince);
    required("requestedAt", requestedAt);
  }

  private static void required(String field, @Nullable Object value) {
    if (value == null) {
      throw new EventValidationException(TYPE.name(), "data." + field, "is required");
    }
  }
}
