package io.github.handymanworkflows.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.github.handymanworkflows.domain.TokenKind;
import org.jspecify.annotations.Nullable;

/**
 * Asks for expired tokens to be deleted now rather than at the nightly run ({@code
 * system/cleanup.expired.tokens}).
 *
 * @param tokenKind which kind to clean up ({@code "verification"}, {@code "password-reset"} or
 *     {@code "refresh"} on the wire), or {@code null} for every kind; the original app's {@code
 *     tokenType} reads too
 */
public record CleanupExpiredTokensRequested(@JsonAlias("tokenType") @Nullable TokenKind tokenKind) {

  /** The wire name {@code system/cleanup.expired.tokens}. */
  public static final EventType<CleanupExpiredTokensRequested> TYPE =
      EventType.of("system/cleanup.expired.tokens", CleanupExpiredTokensRequested.class);

  /** A request to clean up every kind of token. */
  public static CleanupExpiredTokensRequested allKinds() {
    return new CleanupExpiredTokensRequested(null);
  }
}
