/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
