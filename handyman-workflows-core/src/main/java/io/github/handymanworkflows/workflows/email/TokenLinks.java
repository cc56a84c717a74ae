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
package io.github.handymanworkflows.workflows.email;

import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.token.TokenSecret;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Duration;
import java.util.Optional;

/**
 * The token a verification or reset email links to, looked up by id and derived inside the email
 * step (§8 G.35): the raw token exists only in the email body. Failures name the token by id.
 */
final class TokenLinks {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private TokenLinks() {}

  /**
   * The stored token the event names, or empty when it is gone (used, or replaced by a newer one):
   * its link could not work, so nothing is sent.
   *
   * @throws NonRetriableException when the token belongs to another user or purpose, was not issued
   *     under the configured {@link TokenSecret}, or expired before the email could be sent
   */
  static Optional<TokenRecord> find(
      WorkflowDependencies deps, TokenKind kind, String userId, String tokenId) {
    Optional<TokenRecord> stored = deps.tokens().find(tokenId);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    TokenRecord token = stored.get();
    if (!token.userId().equals(userId) || token.kind() != kind) {
      throw new NonRetriableException(
          "token " + tokenId + " is not a " + kind + " token of user '" + userId + "'");
    }
    if (!deps.tokenSecret().issued(token)) {
      throw new NonRetriableException(
          "token "
              + tokenId
              + " was not issued under this process's token secret: the issuer and the workflows"
              + " must share one (docs/tokens.md)");
    }
    if (token.expiredAt(deps.clock().instant())) {
      throw new NonRetriableException(
          kind + " token " + tokenId + " expired before the email could be sent");
    }
    return Optional.of(token);
  }

  /**
   * How long the link works, as the email states it: the token's lifetime rounded to whole minutes
   * ("24 hours" reads better than "1439 minutes").
   */
  static Duration validFor(TokenRecord token) {
    long minutes =
        Duration.between(token.createdAt(), token.expiresAt()).plusSeconds(30).toMinutes();
    return minutes < 1 ? MINUTE : Duration.ofMinutes(minutes);
  }
}
