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
