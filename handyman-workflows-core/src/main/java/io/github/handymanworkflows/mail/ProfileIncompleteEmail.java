package io.github.handymanworkflows.mail;

import java.util.List;

/**
 * Reminds a user to complete their profile.
 *
 * @param user the user
 * @param missingFields the fields still missing, in words for the user ("phone number"); not empty
 */
public record ProfileIncompleteEmail(Recipient user, List<String> missingFields) {

  /** Validates and copies the fields. */
  public ProfileIncompleteEmail {
    Require.present(user, "user");
    missingFields = Require.list(missingFields, "missingFields", false);
  }
}
