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

import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.internal.time.CronSchedule;
import io.github.handymanworkflows.security.FailedLogins;
import io.github.handymanworkflows.security.LockoutPolicy;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code security-monitoring-flow}: every 6 hours (cron <code>0 &#42;/6 * * *</code> in the
 * business zone) finds users with at least {@code lockout.maxFailures()} failed logins since the
 * previous scheduled run (or within {@code lockout.window()}, if that is longer), and sends one
 * {@code security/lock.requested} per user; {@code lock-suspicious-account} locks the account and
 * announces it. The original looked back one hour every six hours, so five sixths of the day went
 * unchecked (§8 C.17); now every failure falls in some run's window.
 *
 * <p>Overlap and catch-up (docs/cron-policies.md): concurrency 1, so runs never overlap; a run that
 * starts late still covers everything since the previous scheduled time, and a replayed fire
 * requests the same locks under the same event ids, so it locks and mails nobody twice.
 *
 * <p>Fixes of the original (§2.2 #9): failures come from the login-attempt tracker, which login
 * really writes and never resets (the original's fields were dead, §8 C.15, C.17); one lockout
 * policy decides threshold, window and duration; the window derives from the scheduled time (B.6);
 * users are paged and fanned out by events with deterministic ids instead of one step per user
 * (B.7, B.9, E.27). A run handles at most {@value #MAX_USERS_PER_RUN} users in at most {@value
 * #MAX_PAGES} pages, so its steps and state stay bounded.
 */
public final class SecurityMonitoringFlow {

  /** The function id of the original app. */
  public static final String FUNCTION_ID = "security-monitoring-flow";

  /** The function name of the original app. */
  public static final String NAME = "Security Monitoring Flow";

  /** The schedule of the original app: every 6 hours. */
  public static final String CRON = "0 */6 * * *";

  /** The most users one run fans out to; bounds the run's state. */
  public static final int MAX_USERS_PER_RUN = 20_000;

  /** The most pages one run loads; two steps each. */
  public static final int MAX_PAGES = 400;

  private static final Logger LOGGER = LoggerFactory.getLogger(SecurityMonitoringFlow.class);

  private SecurityMonitoringFlow() {}

  /**
   * One page of users with too many failures: ids, counts and times.
   *
   * @param users the users of this page
   * @param nextCursor the cursor of the next page, or {@code null} after the last
   */
  public record SuspectPage(List<FailedLogins> users, @Nullable String nextCursor) {

    /** Copies the list. */
    public SuspectPage {
      users = List.copyOf(users);
    }
  }

  /**
   * The run's result.
   *
   * @param failuresSince the window's start
   * @param threshold failures that lock an account
   * @param pages pages loaded
   * @param locksRequested users for whom {@code security/lock.requested} was sent
   * @param capped whether the run stopped at its cap with users left
   */
  public record Result(
      Instant failuresSince, int threshold, int pages, int locksRequested, boolean capped) {}

  /** The function, on the login-attempt tracker. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    CronSchedule schedule = CronSchedule.parse(deps.settings().cron(CRON));
    return Workflow.function(FUNCTION_ID, NAME)
        .cron(schedule.expression())
        .retries(1)
        .concurrency(1)
        .handler((ctx, step) -> run(deps, schedule, ctx, step));
  }

  /**
   * The start of the failures a run at {@code detectedAt} checks: the previous scheduled run's time
   * (so no failure between two runs goes unchecked, §8 C.17), or the policy's window if that
   * reaches further back.
   */
  static Instant windowStart(LockoutPolicy policy, CronSchedule schedule, Instant detectedAt) {
    Instant previous = previousFire(schedule, detectedAt);
    Instant window = policy.windowStart(detectedAt);
    return previous.isBefore(window) ? previous : window;
  }

  private static Instant previousFire(CronSchedule schedule, Instant at) {
    // Walks forward from a week back; the last fire before `at` is the previous run's time.
    Instant previous = at.minus(Duration.ofDays(7));
    Instant t = previous;
    while (true) {
      Optional<Instant> next = schedule.nextAfter(t);
      if (next.isEmpty() || !next.get().isBefore(at)) {
        return previous;
      }
      previous = next.get();
      t = previous;
    }
  }

  private static Result run(
      WorkflowDependencies deps, CronSchedule schedule, WorkflowContext ctx, Step step) {
    LockoutPolicy policy = deps.settings().lockout();
    Instant detectedAt = ctx.triggeredAt();
    Instant since = windowStart(policy, schedule, detectedAt);
    int pageSize = deps.settings().pageSize();
    int maxPages = Math.max(1, Math.min(MAX_PAGES, MAX_USERS_PER_RUN / pageSize));
    int pages = 0;
    int requested = 0;
    String cursor = null;
    do {
      String after = cursor;
      SuspectPage page =
          step.run(
              "load-suspicious-users",
              SuspectPage.class,
              () -> load(deps, policy.maxFailures(), since, after, pageSize));
      pages++;
      if (!page.users().isEmpty()) {
        List<Event<LockRequested>> events =
            page.users().stream()
                .map(
                    user ->
                        new LockRequested(
                            user.userId(), user.failures(), user.lastFailureAt(), detectedAt))
                .map(lock -> LockRequested.TYPE.event(lock).withId(lock.eventId()))
                .toList();
        step.sendEvent("send-lock-requests", events);
        requested += events.size();
      }
      cursor = page.nextCursor();
    } while (cursor != null && pages < maxPages);
    boolean capped = cursor != null;
    if (capped) {
      LOGGER.warn(
          "security monitoring run {} stopped after {} users; the rest wait for the next run",
          ctx.runId(),
          requested);
    }
    return new Result(since, policy.maxFailures(), pages, requested, capped);
  }

  private static SuspectPage load(
      WorkflowDependencies deps,
      int threshold,
      Instant since,
      @Nullable String after,
      int pageSize) {
    Page<FailedLogins> page =
        deps.loginAttempts().findUsersWithFailures(threshold, since, after, pageSize);
    return new SuspectPage(page.items(), page.nextCursor());
  }
}
