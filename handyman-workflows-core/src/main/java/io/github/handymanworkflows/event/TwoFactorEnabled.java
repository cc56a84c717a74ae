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

/**
 * A user turned on two-factor authentication ({@code auth/2fa.enabled}); triggers the confirmation
 * email.
 *
 * @param userId the user's id
 * @param email the address to notify; masked in {@code toString}
 * @param firstName the name to greet with
 */
public record TwoFactorEnabled(String userId, String email, String firstName) {

  /** The wire name {@code auth/2fa.enabled}. */
  public static final EventType<TwoFactorEnabled> TYPE =
      EventType.of("auth/2fa.enabled", TwoFactorEnabled.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public TwoFactorEnabled {
    FIELDS.text("userId", userId);
    FIELDS.email("email", email);
    FIELDS.text("firstName", firstName);
  }

  @Override
  public String toString() {
    return "TwoFactorEnabled[userId="
        + userId
        + ", email="
        + Masking.email(email)
        + ", firstName="
        + firstName
        + "]";
  }
}
