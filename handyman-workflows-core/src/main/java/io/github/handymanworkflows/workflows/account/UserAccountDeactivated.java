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
import org.jspecify.annotations.Nullable;

/**
 * A user's account was deactivated ({@code user/account.deactivated}), by the user or an
 * administrator; cancels the user's onboarding. The host app sends it.
 *
 * @param userId the user's id
 * @param reason why, or {@code null} (blank reads as {@code null})
 */
public record UserAccountDeactivated(String userId, @Nullable String reason) {

  /** The wire name {@code user/account.deactivated}. */
  public static final EventType<UserAccountDeactivated> TYPE =
      EventType.of("user/account.deactivated", UserAccountDeactivated.class);

  private static final EventChecks CHECKS = EventChecks.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws io.github.handymanworkflows.event.EventValidationException naming the missing field
   */
  public UserAccountDeactivated {
    CHECKS.text("userId", userId);
    reason = CHECKS.optionalText("reason", reason);
  }
}
