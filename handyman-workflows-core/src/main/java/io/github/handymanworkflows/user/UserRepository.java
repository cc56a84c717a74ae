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
package io.github.handymanworkflows.user;

import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.domain.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads and updates user accounts for the workflows.
 *
 * <p>Scans page by user id ({@link Page}); nothing loads all users (§8 E.27). "Active" means
 * neither deleted nor archived. Updates that name a user return {@code false} when the user does
 * not exist, so a workflow can turn that into a non-retriable failure. Implementations are
 * thread-safe; time windows are half-open, {@code [from, to)}.
 */
public interface UserRepository {

  /** The account with this id, deleted and archived ones included. */
  Optional<UserAccount> find(String userId);

  /** Inserts or replaces the account with the same id. */
  void save(UserAccount user);

  /**
   * Records a successful login. {@code lastLoginAt} only moves forward, so a late, older login
   * changes nothing. A login starts a new inactivity period, which makes the user eligible for one
   * more re-engagement e-mail once inactive again.
   *
   * @return whether the user exists
   */
  boolean recordLogin(String userId, Instant at);

  /**
   * Refuses logins until {@code until}, replacing any earlier lock.
   *
   * @return whether the user exists
   */
  boolean lock(String userId, Instant until, String reason);

  /**
   * Archives an active account. Archiving an archived or deleted account changes nothing, so the
   * first archive time and reason stay.
   *
   * @return {@code true} when this call archived the account; {@code false} when the user does not
   *     exist or was already archived or deleted
   */
  boolean archive(String userId, String reason, Instant at);

  /**
   * Notes that a re-engagement e-mail went out for the current inactivity period.
   *
   * @return whether the user exists
   */
  boolean markReengaged(String userId, Instant at);

  /**
   * Active customers and handymen whose last activity ({@link UserAccount#lastActiveAt()}: last
   * login, or registration when they never logged in) is before {@code lastActiveBefore}. Admins
   * are never archived or re-engaged, so they are left out.
   */
  Page<UserAccount> findInactive(Instant lastActiveBefore, @Nullable String afterId, int limit);

  /**
   * Like {@link #findInactive} but only users not yet re-engaged in their current inactivity
   * period: never re-engaged, or re-engaged before their last activity. Recovery e-mails therefore
   * go out once per inactivity period, not every week.
   */
  Page<UserAccount> findDueForReengagement(
      Instant lastActiveBefore, @Nullable String afterId, int limit);

  /** Active users of a role, for example the admins who receive reports and alerts. */
  Page<UserAccount> findActiveByRole(Role role, @Nullable String afterId, int limit);

  /** Users registered in {@code [from, to)}, deleted and archived ones included. */
  long countCreated(Instant from, Instant to);

  /** Users whose last login is in {@code [from, to)}. */
  long countActive(Instant from, Instant to);

  /**
   * Users per role as they stood at {@code asOf}: registered before it and neither deleted nor
   * archived before it. Every role is a key, with zero when there are none, so a rerun for the same
   * instant gives the same counts unless history was rewritten.
   */
  Map<Role, Long> countByRole(Instant asOf);
}
