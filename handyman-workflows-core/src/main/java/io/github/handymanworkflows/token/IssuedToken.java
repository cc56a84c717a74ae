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
package io.github.handymanworkflows.token;

import java.time.Instant;
import java.util.Objects;

/**
 * A token just issued, by id: what a host puts into the event that asks for the email. The raw
 * token is not here on purpose; only the email step derives it.
 *
 * @param tokenId the stored record's id
 * @param expiresAt when the token stops working
 */
public record IssuedToken(String tokenId, Instant expiresAt) {

  /** Checks that nothing is missing. */
  public IssuedToken {
    Objects.requireNonNull(tokenId, "tokenId must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
  }
}
