package io.github.handymanworkflows.mail;

import java.time.Instant;

/**
 * Tells a user their inactive account was archived and how to come back.
 *
 * @param user the user
 * @param lastActiveAt the user's last activity
 * @param archivedAt when the account was archived; part of the key
 */
public record AccountArchivedEmail(Recipient user, Instant lastActiveAt, Instant archivedAt) {

  /** Validates the fields. */
  public AccountArchivedEmail {
    Require.present(user, "user");
    Require.present(lastActiveAt, "lastActiveAt");
    Require.present(archivedAt, "archivedAt");
  }
}
