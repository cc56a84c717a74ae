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

import io.github.handymanworkflows.report.ReportKind;
import io.github.handymanworkflows.report.ReportPeriod;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.util.List;

/**
 * {@code monthly-analytics-flow}: at 02:00 on the 1st in the business zone, reports the previous
 * calendar month with growth against the month before, stored once per month and mailed to every
 * admin ({@code analytics:monthly:<yyyy-MM>:<adminId>}). The catalogue has no on-demand event for
 * it.
 */
public final class MonthlyAnalyticsFlow {

  /** The function id. */
  public static final String FUNCTION_ID = "monthly-analytics-flow";

  private final WorkflowDependencies deps;

  private MonthlyAnalyticsFlow(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    MonthlyAnalyticsFlow flow = new MonthlyAnalyticsFlow(deps);
    return Workflow.function(FUNCTION_ID, "Monthly Analytics Flow")
        .cron(deps.settings().cron("0 2 1 * *"))
        .retries(1)
        .concurrency(1)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param period the month reported, for example {@code 2026-03}
   * @param stored whether this run stored the report
   * @param adminsEmailed admins mailed
   */
  public record Result(String period, boolean stored, int adminsEmailed) {}

  private Result run(WorkflowContext ctx, Step step) {
    ReportPeriod period =
        ReportPeriod.previous(ReportKind.MONTHLY, ctx.triggeredAt(), deps.settings().zone());
    AnalyticsReporting.Outcome outcome = AnalyticsReporting.report(deps, step, period, List.of());
    return new Result(AnalyticsReporting.label(period), outcome.stored(), outcome.adminsEmailed());
  }
}
