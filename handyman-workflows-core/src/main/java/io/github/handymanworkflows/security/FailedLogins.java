package io.github.handymanworkflows.security;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's failed logins in a window: ids and counts only.
 *
 * @param userId the user
 * @param failures failed logins in the window
 * @param lastFailureAt the latest of them
 */
public record FailedLogins(String userId, long failures, Instant lastFailureAt) {

  /** Validates the fields. */
  public FailedLogins {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(lastFailureAt, "lastFailureAt must not be null");
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be at least 1");
    }
  }
}
