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

import com.fasterxml.jackson.annotation.JsonAlias;
import io.github.handymanworkflows.internal.Masking;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An administrator rejected a handyman's application ({@code handyman/rejected}); triggers the
 * rejection email.
 *
 * @param userId the applicant's user id
 * @param email the applicant's address; masked in {@code toString}
 * @param firstName the name to greet with
 * @param lastName the family name, or {@code null} when there is none (blank reads as {@code null})
 * @param rejectedBy the id of the rejecting administrator
 * @param reason why, in words fit for the applicant; the original app's {@code rejectionReason}
 *     reads too
 * @param rejectedAt when the rejection happened
 */
public record HandymanRejected(
    String userId,
    String email,
    String firstName,
    @Nullable String lastName,
    String rejectedBy,
    @JsonAlias("rejectionReason") String reason,
    Instant rejectedAt) {

  /** The wire name {@code handyman/rejected}. */
  public static final EventType<HandymanRejected> TYPE =
      EventType.of("handyman/rejected", HandymanRejected.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public HandymanRejected {
    FIELDS.text("userId", userId);
    FIELDS.email("email", email);
    FIELDS.text("firstName", firstName);
    lastName = FIELDS.optionalText("lastName", lastName);
    FIELDS.text("rejectedBy", rejectedBy);
    FIELDS.text("reason", reason);
    FIELDS.required("rejectedAt", rejectedAt);
  }

  @Override
  public String toString() {
    return "HandymanRejected[userId="
        + userId
        + ", email="
        + Masking.email(email)
        + ", firstName="
        + firstName
        + ", lastName="
        + lastName
        + ", rejectedBy="
        + rejectedBy
        + ", reason="
        + reason
        + ", rejectedAt="
        + rejectedAt
        + "]";
  }
}
