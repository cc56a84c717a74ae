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
 * An administrator approved a handyman's application ({@code handyman/approved}); triggers the
 * approval email.
 *
 * @param userId the handyman's user id
 * @param email the handyman's address; masked in {@code toString}
 * @param firstName the name to greet with
 * @param lastName the family name, or {@code null} when there is none (blank reads as {@code null})
 * @param approvedBy the id of the approving administrator (the original app could leave it out)
 * @param approvedAt when the approval happened
 */
public record HandymanApproved(
    String userId,
    String email,
    String firstName,
    @Nullable String lastName,
    String approvedBy,
    Instant approvedAt) {

  /** The wire name {@code handyman/approved}. */
  public static final EventType<HandymanApproved> TYPE =
      EventType.of("handyman/approved", HandymanApproved.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public HandymanApproved {
    FIELDS.text("userId", userId);
    FIELDS.email("email", email);
    FIELDS.text("firstName", firstName);
    lastName = FIELDS.optionalText("lastName", lastName);
    FIELDS.text("approvedBy", approvedBy);
    FIELDS.required("approvedAt", approvedAt);
  }

  @Override
  public String toString() {
    return "HandymanApproved[userId="
        + userId
        + ", email="
        + Masking.email(email)
        + ", firstName="
        + firstName
        + ", lastName="
        + lastName
        + ", approvedBy="
        + approvedBy
        + ", approvedAt="
        + approvedAt
        + "]";
  }
}
