package io.github.handymanworkflows.workflows.jobs;

import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserRepository;
import io.github.handymanworkflows.workflow.NonRetriableException;

/** Loads the people an email goes to; a missing account is a permanent failure. */
final class Recipients {

  private Recipients() {}

  /** The account, or a non-retriable failure naming the role and id. */
  static UserAccount require(UserRepository users, String userId, String role) {
    return users
        .find(userId)
        .orElseThrow(() -> new NonRetriableException(role + " '" + userId + "' does not exist"));
  }

  /** The recipient for an account. */
  static Recipient of(UserAccount user) {
    return Recipient.of(user.id(), user.email(), user.firstName());
  }
}
