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

import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Issues verification and reset tokens for a host: stores the hash of the token derived from a
 * fresh id under the {@link TokenSecret} and returns only the id. The host puts the id into {@code
 * auth/email.verification.requested} or {@code auth/password.reset.requested}; the email step
 * derives the raw token again inside the step. A presented token is checked by hashing it and
 * looking the hash up ({@link TokenRepository#findByHash}), which needs no key.
 */
public final class TokenIssuer {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final TokenRepository tokens;
  private final TokenSecret secret;
  private final Clock clock;

  /**
   * An issuer storing into {@code tokens}, deriving under {@code secret}, dating by {@code clock}.
   */
  @Inject
  public TokenIssuer(TokenRepository tokens, TokenSecret secret, Clock clock) {
    this.tokens = Objects.requireNonNull(tokens, "tokens must not be null");
    this.secret = Objects.requireNonNull(secret, "secret must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /**
   * Stores a new token of {@code kind} for {@code userId}, valid for {@code timeToLive}.
   *
   * @return its id and expiry, never the raw token
   */
  public IssuedToken issue(String userId, TokenKind kind, Duration timeToLive) {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    if (timeToLive.isNegative() || timeToLive.isZero()) {
      throw new IllegalArgumentException("timeToLive must be positive, was " + timeToLive);
    }
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    String tokenId = "tok_" + HexFormat.of().formatHex(id);
    Instant now = clock.instant();
    TokenRecord record =
        TokenRecord.issue(
            tokenId, userId, kind, secret.rawToken(tokenId, userId, kind), now, timeToLive);
    tokens.save(record);
    return new IssuedToken(tokenId, record.expiresAt());
  }
}
