package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.domain.Role;
import java.time.Instant;

/**
 * Invites an inactive user back.
 *
 * @param user the user
 * @param role decides the wording
 * @param lastActiveAt the user's last activity; identifies the inactivity period in the key, so one
 *     period gets one email however often the weekly run finds the user
 */
public record ReEngagementEmail(Recipient user, Role role, Instant lastActiveAt) {

  /** Validates the fields. */
  public ReEngagementEmail {
    Require.present(user, "user");
    Require.present(role, "role");
    Require.present(lastActiveAt, "lastActiveAt");
  }
}
