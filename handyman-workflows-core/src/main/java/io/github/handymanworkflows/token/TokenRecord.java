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

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored token: its hash, never the token itself. {@code toString} leaves the hash out.
 *
 * @param tokenId the record id, safe to put in events and e-mail idempotency keys
 * @param userId whose token it is
 * @param kind what it is for
 * @param tokenHash {@link TokenHashes#sha256Hex} of the raw token
 * @param createdAt when it was issued
 * @param expiresAt when it stops working; after {@code createdAt}
 */
public record TokenRecord(
    String tokenId,
    String userId,
    TokenKind kind,
    String tokenHash,
    Instant createdAt,
    Instant expiresAt) {

  /**
   * Validates the fields; a hash that is not SHA-256 hex is refused so raw tokens cannot slip in.
   */
  public TokenRecord {
    Objects.requireNonNull(tokenId, "tokenId must not be null");
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(tokenHash, "tokenHash must not be null");
    Objects.requireNonNull(createdAt, "createdAt must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    if (!TokenHashes.isSha256Hex(tokenHash)) {
      throw new IllegalArgumentException("tokenHash must be 64 lower-case hex digits (SHA-256)");
    }
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("expiresAt must be after createdAt");
    }
  }

  /** A record for a freshly issued raw token, hashing it; the raw token is not kept. */
  public static TokenRecord issue(
      String tokenId,
      String userId,
      TokenKind kind,
      String rawToken,
      Instant createdAt,
      Duration timeToLive) {
    Objects.requireNonNull(timeToLive, "timeToLive must not be null");
    return new TokenRecord(
        tokenId,
        userId,
        kind,
        TokenHashes.sha256Hex(rawToken),
        createdAt,
        createdAt.plus(timeToLive));
  }

  /** Whether the token no longer works at {@code now}. */
  public boolean expiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }

  @Override
  public String toString() {
    return "TokenRecord[tokenId="
        + tokenId
        + ", userId="
        + userId
        + ", kind="
        + kind
        + ", createdAt="
        + createdAt
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
