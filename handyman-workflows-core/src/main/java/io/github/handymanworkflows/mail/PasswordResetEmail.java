package io.github.handymanworkflows.mail;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Sends a password reset link.
 *
 * @param user the user
 * @param token the raw reset token, put into the link only (never into keys or logs)
 * @param tokenId the token's id, if the token store has one; else the key uses a hash prefix
 * @param validFor how long the link works
 */
public record PasswordResetEmail(
    Recipient user, String token, @Nullable String tokenId, Duration validFor) {

  /** Validates the fields. */
  public PasswordResetEmail {
    Require.present(user, "user");
    Require.text(token, "token");
    Require.positive(validFor, "validFor");
  }

  @Override
  public String toString() {
    return "PasswordResetEmail[user=" + user + ", token=***, tokenId=" + tokenId + "]";
  }
}
