package io.github.handymanworkflows.security;

import io.github.handymanworkflows.domain.Page;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Failed logins per user, as timestamps, so that any window can be counted. A successful login need
 * not clear them: monitoring still sees earlier attacks (§8 C.17). Implementations are thread-safe
 * and may forget failures older than a retention they document (at least one {@link
 * LockoutPolicy#window()}).
 */
public interface LoginAttemptTracker {

  /** Records one failed login. Two failures at the same instant count twice. */
  void recordFailure(String userId, Instant at);

  /** Failures at or after {@code since}. */
  long countFailures(String userId, Instant since);

  /**
   * Users with at least {@code threshold} failures at or after {@code since}, by user id: what
   * security monitoring scans.
   */
  Page<FailedLogins> findUsersWithFailures(
      int threshold, Instant since, @Nullable String afterId, int limit);

  /** Forgets a user's failures, for example once the account was locked for them. */
  void clear(String userId);
}
