package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.domain.Role;

/**
 * Getting-started tips, a few days after sign-up.
 *
 * @param user the user
 * @param role {@link Role#CUSTOMER} or {@link Role#HANDYMAN}; each has its own template
 */
public record RoleTipsEmail(Recipient user, Role role) {

  /** Validates the fields. */
  public RoleTipsEmail {
    Require.present(user, "user");
    if (Require.present(role, "role") == Role.ADMIN) {
      throw new MailValidationException("role", "tips exist for customers and handymen only");
    }
  }
}
