package io.github.handymanworkflows.mail;

import java.time.Instant;

/**
 * Tells a user their account was locked and when it unlocks.
 *
 * @param user the user
 * @param reason why, in words for the user, for example "too many failed sign-in attempts"
 * @param lockedUntil the real unlock time, shown in the configured zone
 */
public record AccountLockedEmail(Recipient user, String reason, Instant lockedUntil) {

  /** Validates the fields. */
  public AccountLockedEmail {
    Require.present(user, "user");
    Require.text(reason, "reason");
    Require.present(lockedUntil, "lockedUntil");
  }
}
