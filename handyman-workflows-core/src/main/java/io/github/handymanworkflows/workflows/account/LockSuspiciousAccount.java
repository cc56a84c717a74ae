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
package io.github.handymanworkflows.workflows.account;

import io.github.handymanworkflows.event.AccountLocked;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code lock-suspicious-account}: on {@code security/lock.requested}, locks the account until
 * {@code settings.lockout().lockedUntil(detectedAt)}, ends its sessions and sends {@code
 * auth/account.locked} with the real unlock time, which {@code send-account-locked} mails.
 *
 * <p>An account already locked at the detection time by something else (an admin, an earlier
 * burst), deleted or archived, is left alone and nobody is mailed again. The failed-login history
 * is kept, so monitoring still sees the attack (§8 C.17). An unknown user fails the run without
 * retries.
 *
 * <p>Each write is its own step, and a lock step that finds the very lock this request sets (same
 * end, same reason) reports it as locked by this request: a step retried after its write succeeded
 * but its answer was lost, or a second delivery of the same request, goes on to end the sessions
 * and announce the lock instead of reporting "already locked" and losing both. Ending sessions is
 * idempotent, and the notification's id {@code account-locked:<userId>:<lockedUntil>} matches the
 * email's key, so repeats start no second email.
 */
public final class LockSuspiciousAccount {

  /** The function id. */
  public static final String FUNCTION_ID = "lock-suspicious-account";

  /** The function name. */
  public static final String NAME = "Lock Suspicious Account";

  /** The reason stored on the account and shown in the email. */
  public static final String REASON = "too many failed sign-in attempts";

  private static final Logger LOGGER = LoggerFactory.getLogger(LockSuspiciousAccount.class);

  // AccountLocked requires a first name; "there" makes the template's greeting read "Hi there,".
  private static final String NO_NAME = "there";

  private LockSuspiciousAccount() {}

  /**
   * What the lock step did: flags, a time and a count. The notification's address and name are read
   * inside the send step, so they are never memoized.
   *
   * @param locked whether this run locked the account
   * @param skipped why not, or {@code null} when it did
   * @param lockedUntil the lock's end: the new one, or the existing one when already locked
   */
  public record LockOutcome(
      boolean locked, @Nullable String skipped, @Nullable Instant lockedUntil) {}

  /**
   * The run's result: ids, counts and times.
   *
   * @param userId the user
   * @param locked whether this run locked the account
   * @param skipped why not, or {@code null}
   * @param lockedUntil when the lock ends, if locked
   * @param sessionsEnded sessions this run's session step ended (a retry of that step after its
   *     delete succeeded counts what was left, so it may read lower than what was ended)
   */
  public record Result(
      String userId,
      boolean locked,
      @Nullable String skipped,
      @Nullable Instant lockedUntil,
      int sessionsEnded) {}

  /** The function, on the users and sessions ports. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .trigger(LockRequested.TYPE)
        .retries(2)
        .handler(
            (ctx, step) -> {
              LockRequested request = ctx.data(LockRequested.TYPE);
              LockOutcome outcome =
                  step.run("lock-account", LockOutcome.class, () -> lock(deps, request));
              Instant until = outcome.lockedUntil();
              int sessions = 0;
              if (outcome.locked() && until != null) {
                sessions =
                    step.run(
                        "end-sessions", Integer.class, () -> endSessions(deps, request.userId()));
                step.sendEvent(
                    "send-account-locked-event", () -> List.of(notice(deps, request, until)));
              }
              return new Result(
                  request.userId(),
                  outcome.locked(),
                  outcome.skipped(),
                  outcome.lockedUntil(),
                  sessions);
            });
  }

  private static Event<AccountLocked> notice(
      WorkflowDependencies deps, LockRequested request, Instant until) {
    UserAccount user = Recipients.require(deps.users(), request.userId());
    String firstName = user.firstName().isBlank() ? NO_NAME : user.firstName();
    return AccountLocked.TYPE
        .event(new AccountLocked(request.userId(), user.email(), firstName, REASON, until))
        .withId("account-locked:" + request.userId() + ":" + until.getEpochSecond());
  }

  private static LockOutcome lock(WorkflowDependencies deps, LockRequested request) {
    String userId = request.userId();
    UserAccount user = Recipients.require(deps.users(), userId);
    if (!user.active()) {
      LOGGER.info("lock of user {} skipped: account deleted or archived", userId);
      return new LockOutcome(false, "account deleted or archived", null);
    }
    Instant until = deps.settings().lockout().lockedUntil(request.detectedAt());
    if (until.equals(user.lockedUntil()) && REASON.equals(user.lockReason())) {
      // This request's own lock, written by an attempt whose answer was lost or by a repeat of
      // the request: report what writing it reported, so the sessions and the notice follow.
      return new LockOutcome(true, null, until);
    }
    if (user.lockedAt(request.detectedAt())) {
      LOGGER.info("lock of user {} skipped: already locked", userId);
      return new LockOutcome(false, "already locked", user.lockedUntil());
    }
    if (!deps.users().lock(userId, until, REASON)) {
      throw new NonRetriableException("user '" + userId + "' does not exist");
    }
    LOGGER.info(
        "locked user {} until {} after {} failed logins", userId, until, request.failures());
    return new LockOutcome(true, null, until);
  }

  private static int endSessions(WorkflowDependencies deps, String userId) {
    int sessions = deps.sessions().deleteForUser(userId);
    LOGGER.info("ended {} sessions of locked user {}", sessions, userId);
    return sessions;
  }
}
