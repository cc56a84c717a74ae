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
package io.github.handymanworkflows.workflows.jobs;

import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.handyman.HandymanPerformance;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.handyman.PerformanceCohort;
import io.github.handymanworkflows.report.ReportKind;
import io.github.handymanworkflows.report.ReportPeriod;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code handyman-performance-flow}: every Monday at 00:00 in the business zone, pages through the
 * approved handymen that {@link io.github.handymanworkflows.handyman.PerformanceCriteria} puts in a
 * cohort and fans out one {@link HandymanPerformanceReview} per handyman, which {@link
 * SendPerformanceEmail} turns into tips or recognition (never both).
 *
 * <p>The period is the ISO week that just ended, in the business zone, taken from the scheduled
 * time; event ids are {@code performance:<handymanId>:<period>}, so a second run for the same week
 * mails nobody twice. Each page costs two steps, so a run stays far below the step limit; at most
 * {@link #MAX_PAGES} pages are read per run.
 *
 * <p>A run that stops at the page cap saves where it stopped as the cursor {@value #CURSOR} in the
 * {@link io.github.handymanworkflows.ledger.WorkflowLedger}, and the next run starts there, so the
 * handymen past the cap are reviewed the next week instead of never; a run that reaches the end
 * clears the cursor, and the one after it starts at the first page again. The cursor is read in the
 * run's first step and written in its last, both memoized: a retried page step reads the same page,
 * and a failed run leaves the cursor where it was, so no page is skipped.
 */
public final class HandymanPerformanceFlow {

  /** The function id. */
  public static final String FUNCTION_ID = "handyman-performance-flow";

  /** Pages read at most per run: 2 steps each, well under Inngest's 1,000 steps. */
  static final int MAX_PAGES = 400;

  /** The ledger cursor: the id after which the next run starts. */
  public static final String CURSOR = "handyman-performance-flow:cursor";

  private final WorkflowDependencies deps;

  private HandymanPerformanceFlow(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    HandymanPerformanceFlow flow = new HandymanPerformanceFlow(deps);
    return Workflow.function(FUNCTION_ID, "Handyman Performance Flow")
        .cron(deps.settings().cron("0 0 * * 1"))
        .retries(1)
        .concurrency(1)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param period the ISO week reviewed
   * @param tips handymen sent tips
   * @param recognition handymen sent recognition
   * @param complete whether the scan reached the last page (false when {@link #MAX_PAGES} stopped
   *     it; the next run resumes there)
   * @param resumedAfter the handyman id this run started after, or {@code null} when it started at
   *     the first page
   */
  public record Result(
      String period, int tips, int recognition, boolean complete, @Nullable String resumedAfter) {}

  /** Where the run starts: after this id, or at the first page when {@code null}. */
  record Start(@Nullable String after) {}

  /** One page of classified handymen: ids, cohorts and counts. */
  record Reviews(List<HandymanPerformance> items, @Nullable String nextCursor) {}

  /** The ISO week label ({@code 2026-W01}) of the week before the one containing {@code at}. */
  static String period(Instant at, WorkflowDependencies deps) {
    String key = ReportPeriod.previous(ReportKind.WEEKLY, at, deps.settings().zone()).key();
    return key.substring(key.indexOf(':') + 1);
  }

  private Result run(WorkflowContext ctx, Step step) {
    Instant asOf = ctx.triggeredAt();
    String period = period(asOf, deps);
    int tips = 0;
    int recognition = 0;
    Start start =
        step.run(
            "load-performance-cursor",
            Start.class,
            () -> new Start(deps.ledger().cursor(CURSOR).orElse(null)));
    String cursor = start.after();
    int pages = 0;
    do {
      String after = cursor;
      Reviews page =
          step.run(
              "load-performance-page",
              Reviews.class,
              () -> {
                Page<HandymanPerformance> found =
                    deps.handymen()
                        .findPerformance(
                            deps.settings().performance(), asOf, after, deps.settings().pageSize());
                return new Reviews(found.items(), found.nextCursor());
              });
      if (!page.items().isEmpty()) {
        step.sendEvent("fan-out-performance-emails", events(page.items(), period, asOf));
      }
      for (HandymanPerformance item : page.items()) {
        if (item.cohort() == PerformanceCohort.TIPS) {
          tips++;
        } else {
          recognition++;
        }
      }
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null && pages < MAX_PAGES);
    String stoppedAt = cursor;
    if (!Objects.equals(stoppedAt, start.after())) {
      step.run("save-performance-cursor", () -> deps.ledger().saveCursor(CURSOR, stoppedAt));
    }
    return new Result(period, tips, recognition, cursor == null, start.after());
  }

  private static List<Event<HandymanPerformanceReview>> events(
      List<HandymanPerformance> items, String period, Instant asOf) {
    return items.stream()
        .map(
            item -> {
              HandymanStats stats = item.stats();
              return HandymanPerformanceReview.TYPE
                  .event(
                      new HandymanPerformanceReview(
                          item.handymanId(), period, item.cohort(), stats, asOf))
                  .withId("performance:" + item.handymanId() + ":" + period);
            })
        .toList();
  }
}
