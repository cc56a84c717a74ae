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
package io.github.handymanworkflows.event;

import io.github.handymanworkflows.internal.Masking;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A user's account was locked ({@code auth/account.locked}); triggers the lock notification.
 *
 * <p>The original app always told users "15 minutes" whatever the lock; this payload carries the
 * actual unlock time instead.
 *
 * @param userId the user's id
 * @param email the address to notify; masked in {@code toString}
 * @param firstName the name to greet with
 * @param reason why the account was locked, in words fit for the user
 * @param lockedUntil when the lock lifts by itself, or {@code null} when only an administrator can
 *     lift it
 */
public record AccountLocked(
    String userId, String email, String firstName, String reason, @Nullable Instant lockedUntil) {

  /** The wire name {@code auth/account.locked}. */
  public static final EventType<AccountLocked> TYPE =
      EventType.of("auth/account.locked", AccountLocked.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public AccountLocked {
    FIELDS.text("userId", userId);
    FIELDS.email("email", email);
    FIELDS.text("firstName", firstName);
    FIELDS.text("reason", reason);
  }

  @Override
  public String toString() {
    return "AccountLocked[userId="
        + userId
        + ", email="
        + Masking.email(email)
        + ", firstName="
        + firstName
        + ", reason="
        + reason
        + ", lockedUntil="
        + lockedUntil
        + "]";
  }
}
