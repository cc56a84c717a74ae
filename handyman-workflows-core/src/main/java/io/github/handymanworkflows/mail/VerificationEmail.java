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
