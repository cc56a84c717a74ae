package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.domain.Role;

/**
 * Welcomes a user whose address is verified.
 *
 * @param user the user
 * @param role decides the wording and the next step suggested
 */
public record WelcomeEmail(Recipient user, Role role) {

  /** Validates the fields. */
  public WelcomeEmail {
    Require.present(user, "user");
    Require.present(role, "role");
  }
}
