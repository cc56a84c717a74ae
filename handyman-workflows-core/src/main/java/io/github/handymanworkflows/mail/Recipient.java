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
package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.internal.Masking;

/**
 * A user an email goes to.
 *
 * @param userId the user's id; part of idempotency keys
 * @param email the user's address
 * @param firstName the name to greet; may be blank, then the email greets "there"
 */
public record Recipient(String userId, String email, String firstName) {

  /** Validates the fields. */
  public Recipient {
    Require.text(userId, "userId");
    Address.validate(email, null, "email");
    Require.present(firstName, "firstName");
  }

  /** A recipient. */
  public static Recipient of(String userId, String email, String firstName) {
    return new Recipient(userId, email, firstName);
  }

  /** The address to send to. */
  public Address address() {
    return Address.of(email);
  }

  @Override
  public String toString() {
    return "Recipient[userId=" + userId + ", email=" + Masking.email(email) + "]";
  }
}
