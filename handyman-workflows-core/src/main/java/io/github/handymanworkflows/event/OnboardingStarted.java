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

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.internal.Masking;

/**
 * A new user's onboarding begins ({@code user/onboarding.started}); triggers the onboarding flow.
 *
 * @param userId the user's id
 * @param email the address for onboarding emails; masked in {@code toString}
 * @param firstName the name to greet with
 * @param role what the user signed up as, which decides the tips they get
 */
public record OnboardingStarted(String userId, String email, String firstName, Role role) {

  /** The wire name {@code user/onboarding.started}. */
  public static final EventType<OnboardingStarted> TYPE =
      EventType.of("user/onboarding.started", OnboardingStarted.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public OnboardingStarted {
    FIELDS.text("userId", userId);
    FIELDS.email("email", email);
    FIELDS.text("firstName", firstName);
    FIELDS.required("role", role);
  }

  @Override
  public String toString() {
    return "OnboardingStarted[userId="
        + userId
        + ", email="
        + Masking.email(email)
        + ", firstName="
        + firstName
        + ", role="
        + role
        + "]";
  }
}
