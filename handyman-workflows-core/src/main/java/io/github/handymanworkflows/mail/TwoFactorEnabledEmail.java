package io.github.handymanworkflows.mail;

import java.time.Instant;

/**
 * Confirms that two-factor authentication was switched on.
 *
 * @param user the user
 * @param enabledAt when; part of the key, so switching it on again later sends a new email
 */
public record TwoFactorEnabledEmail(Recipient user, Instant enabledAt) {

  /** Validates the fields. */
  public TwoFactorEnabledEmail {
    Require.present(user, "user");
    Require.present(enabledAt, "enabledAt");
  }
}
