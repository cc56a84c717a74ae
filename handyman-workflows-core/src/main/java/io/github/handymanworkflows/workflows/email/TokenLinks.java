package io.github.handymanworkflows.workflows.email;

import io.github.handymanworkflows.token.TokenHashes;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.token.TokenRepository;
import io.github.handymanworkflows.workflow.NonRetriableException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the verification and reset emails need to know about the token they link to. */
final class TokenLinks {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private TokenLinks() {}

  /**
   * How long the link works, as the email states it: from the request to the expiry, rounded to
   * whole minutes (the producer stamps the event a few milliseconds after issuing the token, and
   * "24 hours" reads better than "1439 minutes").
   *
   * @throws NonRetriableException when the token expired before the email could be sent: a dead
   *     link helps nobody, and retrying cannot revive it
   */
  static Duration validFor(
      String what, String userId, Instant requestedAt, Instant expiresAt, Instant now) {
    if (!expiresAt.isAfter(now)) {
      throw new NonRetriableException(
          what + " token of user '" + userId + "' expired before the email could be sent");
    }
    Instant from = requestedAt.isBefore(expiresAt) ? requestedAt : now;
    long minutes = Duration.between(from, expiresAt).plusSeconds(30).toMinutes();
    return minutes < 1 ? MINUTE : Duration.ofMinutes(minutes);
  }

  /**
   * The stored token's id, for the idempotency key, when the token store knows the token; {@code
   * null} otherwise (the host may keep tokens elsewhere; the key then uses a hash prefix).
   *
   * @throws NonRetriableException when the stored token belongs to another user or purpose
   */
  static @Nullable String tokenId(
      TokenRepository tokens, TokenKind kind, String userId, String rawToken) {
    Optional<TokenRecord> stored = tokens.findByHash(TokenHashes.sha256Hex(rawToken));
    if (stored.isEmpty()) {
      return null;
    }
    TokenRecord token = stored.get();
    if (!token.userId().equals(userId) || token.kind() != kind) {
      throw new NonRetriableException(
          "token " + token.tokenId() + " is not a " + kind + " token of user '" + userId + "'");
    }
    return token.tokenId();
  }
}
