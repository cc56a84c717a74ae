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
package io.github.handymanworkflows.workflows.maintenance;

import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.WeeklyMaintenanceRequested;
import io.github.handymanworkflows.mail.AnalyticsReportEmail.Figure;
import io.github.handymanworkflows.report.ReportKind;
import io.github.handymanworkflows.report.ReportPeriod;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code weekly-maintenance-flow}: on Sundays at 03:00 in the business zone, or on {@code
 * system/maintenance.weekly}, deletes expired sessions and tokens in batches of {@link #BATCH},
 * fans out one {@link InactiveAccountFound} per account inactive for longer than {@code
 * archiveAfter}, and stores and mails the weekly report (the last full ISO week, or the requested
 * one) with the cleanup figures added.
 *
 * <p>Every loop is bounded ({@link #MAX_BATCHES} deletions per kind, {@link #MAX_ARCHIVE_PAGES}
 * pages of accounts), so a run stays under the step and state limits whatever the data size; what
 * is left is picked up the next week.
 */
public final class WeeklyMaintenanceFlow {

  /** The function id. */
  public static final String FUNCTION_ID = "weekly-maintenance-flow";

  /** Why accounts are archived. */
  static final String ARCHIVE_REASON = "inactive";

  /** Rows deleted per step. */
  static final int BATCH = 1_000;

  /** Deletion steps per kind and run. */
  static final int MAX_BATCHES = 100;

  /** Pages of inactive accounts per run (two steps each). */
  static final int MAX_ARCHIVE_PAGES = 200;

  private final WorkflowDependencies deps;

  private WeeklyMaintenanceFlow(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    WeeklyMaintenanceFlow flow = new WeeklyMaintenanceFlow(deps);
    return Workflow.function(FUNCTION_ID, "Weekly Maintenance Flow")
        .cron(deps.settings().cron("0 3 * * 0"))
        .trigger(WeeklyMaintenanceRequested.TYPE)
        .retries(1)
        .concurrency(1)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param week the ISO week of the report, for example {@code 2026-W13}
   * @param expiredSessions sessions deleted
   * @param expiredTokens tokens deleted
   * @param inactiveAccounts accounts handed to {@link ArchiveInactiveAccount}
   * @param reportStored whether this run stored the week's report
   * @param adminsEmailed admins mailed the report
   */
  public record Result(
      String week,
      int expiredSessions,
      int expiredTokens,
      int inactiveAccounts,
      boolean reportStored,
      int adminsEmailed) {}

  /** One page of inactive account ids. */
  record Inactive(List<String> userIds, @Nullable String nextCursor) {}

  private Result run(WorkflowContext ctx, Step step) {
    Instant at = ctx.triggeredAt();
    int sessions =
        deleteInBatches(
            step, "delete-expired-sessions", () -> deps.sessions().deleteExpired(at, BATCH));
    int tokens =
        deleteInBatches(
            step, "delete-expired-tokens", () -> deps.tokens().deleteExpired(null, at, BATCH));
    int inactive = fanOutInactive(step, at);
    ReportPeriod week = week(ctx);
    List<Figure> cleanup =
        List.of(
            Figure.count("Expired sessions deleted", sessions),
            Figure.count("Expired tokens deleted", tokens),
            Figure.count("Inactive accounts archived", inactive));
    AnalyticsReporting.Outcome report = AnalyticsReporting.report(deps, step, week, cleanup);
    return new Result(
        AnalyticsReporting.label(week),
        sessions,
        tokens,
        inactive,
        report.stored(),
        report.adminsEmailed());
  }

  private static int deleteInBatches(Step step, String stepId, IntSupplier deleteBatch) {
    int total = 0;
    int batches = 0;
    int deleted;
    do {
      deleted = step.run(stepId, Integer.class, deleteBatch::getAsInt);
      total += deleted;
      batches++;
    } while (deleted == BATCH && batches < MAX_BATCHES);
    return total;
  }

  private int fanOutInactive(Step step, Instant at) {
    Instant cutoff = at.minus(deps.settings().archiveAfter());
    int total = 0;
    String cursor = null;
    int pages = 0;
    do {
      String after = cursor;
      Inactive page =
          step.run(
              "find-inactive-accounts",
              Inactive.class,
              () -> {
                Page<UserAccount> found =
                    deps.users().findInactive(cutoff, after, deps.settings().pageSize());
                return new Inactive(
                    found.items().stream().map(UserAccount::id).toList(), found.nextCursor());
              });
      if (!page.userIds().isEmpty()) {
        List<Event<InactiveAccountFound>> events =
            page.userIds().stream()
                .map(
                    id ->
                        InactiveAccountFound.TYPE
                            .event(new InactiveAccountFound(id, cutoff, at))
                            .withId("archive:" + id + ":" + at.getEpochSecond()))
                .toList();
        step.sendEvent("archive-inactive-accounts", events);
      }
      total += page.userIds().size();
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null && pages < MAX_ARCHIVE_PAGES);
    return total;
  }

  private ReportPeriod week(WorkflowContext ctx) {
    ZoneId zone = deps.settings().zone();
    if (ctx.event().is(WeeklyMaintenanceRequested.TYPE)) {
      var start = ctx.data(WeeklyMaintenanceRequested.TYPE).weekStart();
      if (start.isPresent()) {
        return ReportPeriod.weekly(start.get(), zone);
      }
    }
    return ReportPeriod.previous(ReportKind.WEEKLY, ctx.triggeredAt(), zone);
  }
}
