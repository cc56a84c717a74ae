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
import org.jspecify.annotations.Nullable;

/**
 * A user has registered ({@code auth/user.registered}); triggers the welcome email.
 *
 * <p>The integration document's example payload reads as is: {@code {"userId":"user123",
 * "email":"test@example.com","firstName":"Test","lastName":"User","role":"customer"}}.
 *
 * @param userId the user's id
 * @param email the address to greet; masked in {@code toString}
 * @param firstName the name to greet with
 * @param lastName the family name, or {@code null} when the user has none (a blank one reads as
 *     {@code null}, since the original app sent {@code ""})
 * @param role what the user signed up as
 */
public record UserRegistered(
    String userId, String email, String firstName, @Nullable String lastName, Role role) {

  /** The wire name {@code auth/user.registered}. */
  public static final EventType<UserRegistered> TYPE =
      EventType.of("auth/user.registered", UserRegistered.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public UserRegistered {
    FIELDS.text("userId", userId);
    FIELDS.email("email", email);
    FIELDS.text("firstName", firstName);
    lastName = FIELDS.optionalText("lastName", lastName);
    FIELDS.required("role", role);
  }

  @Override
  public String toString() {
    return "UserRegistered[userId="
        + userId
        + ", email="
        + Masking.email(email)
        + ", firstName="
        + firstName
        + ", lastName="
        + lastName
        + ", role="
        + role
        + "]";
  }
}
