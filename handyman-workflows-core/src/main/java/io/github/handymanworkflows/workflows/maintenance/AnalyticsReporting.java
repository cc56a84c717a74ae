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

import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.job.CompletionSummary;
import io.github.handymanworkflows.mail.AnalyticsReportEmail;
import io.github.handymanworkflows.mail.AnalyticsReportEmail.Figure;
import io.github.handymanworkflows.report.AnalyticsMetrics;
import io.github.handymanworkflows.report.AnalyticsReport;
import io.github.handymanworkflows.report.ReportPeriod;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Measures a calendar period, stores the snapshot once per period and mails it to every admin.
 *
 * <p>Three steps, each with one job: measuring (reads only), storing (one write) and mailing. The
 * store decides: a rerun for a period already stored (a second cron fire, a manual {@code system/*}
 * request) mails nobody again. A store step that finds the very snapshot it writes (same measuring
 * instant, same figures) was retried after its write succeeded: it reports the report as stored by
 * this run, so the mails still go out. The price of "the store decides" is that a run whose mails
 * failed for good is not repeated by a rerun; the report stays in the store.
 */
final class AnalyticsReporting {

  private AnalyticsReporting() {}

  /**
   * What was measured, as it goes into run state: numbers only.
   *
   * @param alreadyReported the period had a stored report before this run measured anything
   * @param measuredAt when the figures were read; stored as the report's {@code generatedAt}
   */
  record Snapshot(
      boolean alreadyReported,
      @Nullable Instant measuredAt,
      long newUsers,
      long activeUsers,
      long customers,
      long handymen,
      long admins,
      long jobsPosted,
      long jobsCompleted,
      Map<String, Long> revenueByCurrency,
      long previousNewUsers,
      long previousJobsPosted) {

    AnalyticsMetrics metrics() {
      return new AnalyticsMetrics(
          newUsers,
          activeUsers,
          Map.of(Role.CUSTOMER, customers, Role.HANDYMAN, handymen, Role.ADMIN, admins),
          jobsPosted,
          jobsCompleted,
          revenueByCurrency);
    }
  }

  /**
   * What a report run did.
   *
   * @param periodKey the stored period, for example {@code daily:2026-03-29}
   * @param stored whether this run stored it
   * @param adminsEmailed admins the report was mailed to
   */
  record Outcome(String periodKey, boolean stored, int adminsEmailed) {}

  /** Stores and mails the report of a period; {@code extra} figures are appended to the mail. */
  static Outcome report(
      WorkflowDependencies deps, Step step, ReportPeriod period, List<Figure> extra) {
    Snapshot snapshot = step.run("measure-period", Snapshot.class, () -> measure(deps, period));
    Instant measuredAt = snapshot.measuredAt();
    if (snapshot.alreadyReported() || measuredAt == null) {
      return new Outcome(period.key(), false, 0);
    }
    boolean stored =
        step.run(
            "store-report",
            Boolean.class,
            () -> store(deps, new AnalyticsReport(period, snapshot.metrics(), measuredAt)));
    if (!stored) {
      return new Outcome(period.key(), false, 0);
    }
    String label = label(period);
    LocalDate start = period.from().atZone(period.zone()).toLocalDate();
    LocalDate end = period.to().atZone(period.zone()).toLocalDate();
    List<Figure> figures = new ArrayList<>(figures(snapshot));
    figures.addAll(extra);
    List<String> insights = insights(snapshot);
    AnalyticsReportEmail.Kind kind = AnalyticsReportEmail.Kind.valueOf(period.kind().name());
    int mailed =
        Admins.mailAll(
            deps,
            step,
            "email-admins",
            admins ->
                deps.emails()
                    .analyticsReports(
                        admins.stream()
                            .map(
                                admin ->
                                    new AnalyticsReportEmail(
                                        admin, kind, label, start, end, figures, insights))
                            .toList()));
    return new Outcome(period.key(), true, mailed);
  }

  /** The period's label without its kind: {@code 2026-03-29}, {@code 2026-W13}, {@code 2026-03}. */
  static String label(ReportPeriod period) {
    return period.key().substring(period.key().indexOf(':') + 1);
  }

  private static Snapshot measure(WorkflowDependencies deps, ReportPeriod period) {
    if (deps.reports().find(period.key()).isPresent()) {
      return new Snapshot(true, null, 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0);
    }
    Instant from = period.from();
    Instant to = period.to();
    ReportPeriod previous = ReportPeriod.previous(period.kind(), from, period.zone());
    Map<Role, Long> roles = deps.users().countByRole(to);
    CompletionSummary completed = deps.jobs().summarizeCompleted(from, to);
    return new Snapshot(
        false,
        // Millisecond precision, so that a store that keeps milliseconds gives back an equal
        // report.
        deps.clock().instant().truncatedTo(ChronoUnit.MILLIS),
        deps.users().countCreated(from, to),
        deps.users().countActive(from, to),
        roles.getOrDefault(Role.CUSTOMER, 0L),
        roles.getOrDefault(Role.HANDYMAN, 0L),
        roles.getOrDefault(Role.ADMIN, 0L),
        deps.jobs().countPosted(from, to),
        completed.completedJobs(),
        completed.revenueByCurrency(),
        deps.users().countCreated(previous.from(), previous.to()),
        deps.jobs().countPosted(previous.from(), previous.to()));
  }

  private static boolean store(WorkflowDependencies deps, AnalyticsReport report) {
    if (deps.reports().saveIfAbsent(report)) {
      return true;
    }
    // Stored already: by this step's earlier attempt (same instant and figures) or by another run.
    return deps.reports().find(report.periodKey()).filter(report::equals).isPresent();
  }

  private static List<Figure> figures(Snapshot s) {
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.count("New users", s.newUsers()));
    figures.add(Figure.count("Active users", s.activeUsers()));
    figures.add(Figure.count("Customers", s.customers()));
    figures.add(Figure.count("Handymen", s.handymen()));
    figures.add(Figure.count("Admins", s.admins()));
    figures.add(Figure.count("Jobs posted", s.jobsPosted()));
    figures.add(Figure.count("Jobs completed", s.jobsCompleted()));
    if (s.revenueByCurrency().isEmpty()) {
      figures.add(Figure.count("Revenue", 0));
    }
    s.revenueByCurrency()
        .forEach(
            (currency, amount) ->
                figures.add(
                    Figure.money("Revenue (" + currency + ")", Money.of(amount, currency))));
    return figures;
  }

  private static List<String> insights(Snapshot s) {
    List<String> insights = new ArrayList<>();
    change("New users", s.newUsers(), s.previousNewUsers()).ifPresent(insights::add);
    change("Jobs posted", s.jobsPosted(), s.previousJobsPosted()).ifPresent(insights::add);
    return insights;
  }

  private static java.util.Optional<String> change(String what, long now, long before) {
    if (before == 0) {
      return java.util.Optional.empty();
    }
    double percent = (now - before) * 100.0 / before;
    String direction = percent >= 0 ? "up" : "down";
    return java.util.Optional.of(
        String.format(
            Locale.ENGLISH,
            "%s %s %.1f%% on the previous period (%d to %d)",
            what,
            direction,
            Math.abs(percent),
            before,
            now));
  }
}
