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

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Asks a user to verify their address.
 *
 * @param user the user
 * @param token the raw verification token, put into the link only (never into keys or logs)
 * @param tokenId the token's id, if the token store has one; else the key uses a hash prefix
 * @param validFor how long the link works
 */
public record VerificationEmail(
    Recipient user, String token, @Nullable String tokenId, Duration validFor) {

  /** Validates the fields. */
  public VerificationEmail {
    Require.present(user, "user");
    Require.text(token, "token");
    Require.positive(validFor, "validFor");
  }

  @Override
  public String toString() {
    return "VerificationEmail[user=" + user + ", token=***, tokenId=" + tokenId + "]";
  }
}
