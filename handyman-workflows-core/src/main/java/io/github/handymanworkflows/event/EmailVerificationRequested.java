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

/**
 * A user must confirm their email address ({@code auth/email.verification.requested}); triggers the
 * verification email.
 *
 * <p>The payload names the token by id only: the raw token never travels in an event, which the
 * workflow engine stores (§8 G.35). The email step derives it from the stored record with the
 * {@link io.github.handymanworkflows.token.TokenSecret} and sends it to the address on the account,
 * so an event cannot redirect the link elsewhere. Issue the token with {@link
 * io.github.handymanworkflows.token.TokenIssuer}.
 *
 * @param userId the user's id
 * @param tokenId the id of the stored verification token
 */
public record EmailVerificationRequested(String userId, String tokenId) {

  /** The wire name {@code auth/email.verification.requested}. */
  public static final EventType<EmailVerificationRequested> TYPE =
      EventType.of("auth/email.verification.requested", EmailVerificationRequested.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public EmailVerificationRequested {
    FIELDS.text("userId", userId);
    FIELDS.text("tokenId", tokenId);
  }
}
