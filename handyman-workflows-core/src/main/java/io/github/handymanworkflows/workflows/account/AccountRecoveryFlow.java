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
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code account-recovery-flow}: every Monday at 09:00 (cron {@code 0 9 * * 1} in the business
 * zone) finds the customers and handymen inactive for {@code settings.inactivity()} and not yet
 * re-engaged in their current inactivity period, and sends one {@code user/reengagement.due} per
 * user; {@code send-re-engagement-email} mails them.
 *
 * <p>Fixes of the original (§2.2 #8): the query reads a field that is written ({@code lastLoginAt},
 * or the registration for users who never logged in) instead of the dead {@code lastLogin}; the
 * emails are real; the cut-off derives from the scheduled time, not {@code now()} (§8 B.6); users
 * are paged by id, and each page is one load step (ids and instants only, no addresses, B.8) plus
 * one send step with deterministic event ids (B.7, B.9). A run loads at most {@value
 * #MAX_USERS_PER_RUN} users in at most {@value #MAX_PAGES} pages, which bounds its steps and state
 * at any data size; users beyond that are still due next week and come first then, since the ones
 * mailed this week drop out.
 */
public final class AccountRecoveryFlow {

  /** The function id of the original app. */
  public static final String FUNCTION_ID = "account-recovery-flow";

  /** The function name of the original app. */
  public static final String NAME = "Account Recovery Flow";

  /** The most users one run fans out to; bounds the run's state (about 120 bytes per user). */
  public static final int MAX_USERS_PER_RUN = 20_000;

  /** The most pages one run loads; two steps each, so a run stays far below 1,000 steps. */
  public static final int MAX_PAGES = 400;

  private static final Logger LOGGER = LoggerFactory.getLogger(AccountRecoveryFlow.class);

  private AccountRecoveryFlow() {}

  /**
   * One page of users due for re-engagement: ids and instants only.
   *
   * @param users the users of this page
   * @param nextCursor the cursor of the next page, or {@code null} after the last
   */
  public record DuePage(List<ReengagementDue> users, @Nullable String nextCursor) {

    /** Copies the list. */
    public DuePage {
      users = List.copyOf(users);
    }
  }

  /**
   * The run's result.
   *
   * @param inactiveBefore the cut-off: users last active before it were due
   * @param pages pages loaded
   * @param usersDue users for whom {@code user/reengagement.due} was sent
   * @param capped whether the run stopped at {@link #MAX_USERS_PER_RUN} with users left
   */
  public record Result(Instant inactiveBefore, int pages, int usersDue, boolean capped) {}

  /** The function, on the users port. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .cron(deps.settings().cron("0 9 * * 1"))
        .retries(1)
        .concurrency(1)
        .handler((ctx, step) -> run(deps, ctx, step));
  }

  private static Result run(WorkflowDependencies deps, WorkflowContext ctx, Step step) {
    Instant cutoff = ctx.triggeredAt().minus(deps.settings().inactivity());
    int pageSize = deps.settings().pageSize();
    int maxPages = Math.max(1, Math.min(MAX_PAGES, MAX_USERS_PER_RUN / pageSize));
    int pages = 0;
    int due = 0;
    String cursor = null;
    do {
      String after = cursor;
      DuePage page =
          step.run("load-inactive-users", DuePage.class, () -> load(deps, cutoff, after));
      pages++;
      if (!page.users().isEmpty()) {
        List<Event<ReengagementDue>> events =
            page.users().stream()
                .map(user -> ReengagementDue.TYPE.event(user).withId(user.eventId()))
                .toList();
        step.sendEvent("send-reengagement-events", events);
        due += events.size();
      }
      cursor = page.nextCursor();
    } while (cursor != null && pages < maxPages);
    boolean capped = cursor != null;
    if (capped) {
      LOGGER.warn(
          "account recovery run {} stopped after {} users; the rest are found next week",
          ctx.runId(),
          due);
    }
    return new Result(cutoff, pages, due, capped);
  }

  private static DuePage load(WorkflowDependencies deps, Instant cutoff, @Nullable String after) {
    Page<UserAccount> page =
        deps.users().findDueForReengagement(cutoff, after, deps.settings().pageSize());
    List<ReengagementDue> users =
        page.items().stream()
            .map(user -> new ReengagementDue(user.id(), user.lastActiveAt()))
            .toList();
    return new DuePage(users, page.nextCursor());
  }
}
