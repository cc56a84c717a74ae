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
import java.util.List;

/**
 * A user's profile still lacks fields a day after sign-up ({@code user/profile.incomplete});
 * triggers the completion reminder.
 *
 * @param userId the user's id
 * @param email the address to remind; masked in {@code toString}
 * @param firstName the name to greet with
 * @param role what the user signed up as
 * @param missingFields the names of the profile fields still empty, for example {@code phone}; at
 *     least one, none blank
 */
public record ProfileIncomplete(
    String userId, String email, String firstName, Role role, List<String> missingFields) {

  /** The wire name {@code user/profile.incomplete}. */
  public static final EventType<ProfileIncomplete> TYPE =
      EventType.of("user/profile.incomplete", ProfileIncomplete.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload and copies the list.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public ProfileIncomplete {
    FIELDS.text("userId", userId);
    FIELDS.email("email", email);
    FIELDS.text("firstName", firstName);
    FIELDS.required("role", role);
    missingFields = FIELDS.texts("missingFields", missingFields);
    if (missingFields.isEmpty()) {
      throw FIELDS.invalid("missingFields", "must not be empty");
    }
  }

  @Override
  public String toString() {
    return "ProfileIncomplete[userId="
        + userId
        + ", email="
        + Masking.email(email)
        + ", firstName="
        + firstName
        + ", role="
        + role
        + ", missingFields="
        + missingFields
        + "]";
  }
}
