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
package io.github.handymanworkflows.workflows.account;

import io.github.handymanworkflows.event.EventType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A user's account was deleted ({@code user/account.deleted}); cancels the user's onboarding. The
 * host app sends it when it deletes an account.
 *
 * @param userId the deleted user's id
 * @param deletedAt when, or {@code null} for the event's time
 */
public record UserAccountDeleted(String userId, @Nullable Instant deletedAt) {

  /** The wire name {@code user/account.deleted}. */
  public static final EventType<UserAccountDeleted> TYPE =
      EventType.of("user/account.deleted", UserAccountDeleted.class);

  private static final EventChecks CHECKS = EventChecks.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws io.github.handymanworkflows.event.EventValidationException naming the missing field
   */
  public UserAccountDeleted {
    CHECKS.text("userId", userId);
  }
}
