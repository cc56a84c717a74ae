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

import io.github.handymanworkflows.event.DailyAnalyticsRequested;
import io.github.handymanworkflows.report.ReportKind;
import io.github.handymanworkflows.report.ReportPeriod;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code daily-analytics-flow}: at 01:00 in the business zone, or on {@code
 * system/analytics.daily}, reports the previous calendar day (or the requested one): real user and
 * job counts and revenue, stored once per day and mailed to every admin ({@code
 * analytics:daily:<date>:<adminId>}).
 */
public final class DailyAnalyticsFlow {

  /** The function id. */
  public static final String FUNCTION_ID = "daily-analytics-flow";

  private final WorkflowDependencies deps;

  private DailyAnalyticsFlow(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    DailyAnalyticsFlow flow = new DailyAnalyticsFlow(deps);
    return Workflow.function(FUNCTION_ID, "Daily Analytics Flow")
        .cron(deps.settings().cron("0 1 * * *"))
        .trigger(DailyAnalyticsRequested.TYPE)
        .retries(1)
        .concurrency(1)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param period the day reported, for example {@code 2026-03-29}
   * @param stored whether this run stored the report (false: the day was reported already)
   * @param adminsEmailed admins mailed
   */
  public record Result(String period, boolean stored, int adminsEmailed) {}

  private Result run(WorkflowContext ctx, Step step) {
    ReportPeriod period = period(ctx);
    AnalyticsReporting.Outcome outcome = AnalyticsReporting.report(deps, step, period, List.of());
    return new Result(AnalyticsReporting.label(period), outcome.stored(), outcome.adminsEmailed());
  }

  private ReportPeriod period(WorkflowContext ctx) {
    ZoneId zone = deps.settings().zone();
    Instant at = ctx.triggeredAt();
    if (ctx.event().is(DailyAnalyticsRequested.TYPE)) {
      LocalDate date = ctx.data(DailyAnalyticsRequested.TYPE).date();
      if (date != null) {
        // A day that is not over yet would be stored half-measured and block the real report.
        if (!date.isBefore(at.atZone(zone).toLocalDate())) {
          throw new NonRetriableException(
              "data.date must be a day before the request, in " + zone + ": " + date);
        }
        return ReportPeriod.daily(date, zone);
      }
    }
    return ReportPeriod.previous(ReportKind.DAILY, at, zone);
  }
}
