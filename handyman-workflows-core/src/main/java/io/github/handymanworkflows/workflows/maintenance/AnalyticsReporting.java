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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures a calendar period, stores the snapshot once per period and mails it to every admin.
 *
 * <p>The store comes first and decides: a rerun for a stored period (a second cron fire, a manual
 * {@code system/*} request) mails nobody again. The price is that a run whose mails failed for good
 * is not repeated by a rerun; the report stays in the store.
 */
final class AnalyticsReporting {

  private AnalyticsReporting() {}

  /**
   * The measured counts as they go into run state: numbers only.
   *
   * @param stored whether this run stored the period's report (false: it existed already)
   */
  record Snapshot(
      boolean stored,
      long newUsers,
      long activeUsers,
      long customers,
      long handymen,
      long admins,
      long jobsPosted,
      long jobsCompleted,
      Map<String, Long> revenueByCurrency,
      long previousNewUsers,
      long previousJobsPosted) {}

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
    Snapshot snapshot = step.run("store-report", Snapshot.class, () -> store(deps, period));
    if (!snapshot.stored()) {
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
            admin ->
                deps.emails()
                    .analyticsReport(
                        new AnalyticsReportEmail(
                            admin, kind, label, start, end, figures, insights)));
    return new Outcome(period.key(), true, mailed);
  }

  /** The period's label without its kind: {@code 2026-03-29}, {@code 2026-W13}, {@code 2026-03}. */
  static String label(ReportPeriod period) {
    return period.key().substring(period.key().indexOf(':') + 1);
  }

  private static Snapshot store(WorkflowDependencies deps, ReportPeriod period) {
    Instant from = period.from();
    Instant to = period.to();
    if (deps.reports().find(period.key()).isPresent()) {
      return new Snapshot(false, 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0);
    }
    ReportPeriod previous = ReportPeriod.previous(period.kind(), from, period.zone());
    Map<Role, Long> roles = deps.users().countByRole(to);
    CompletionSummary completed = deps.jobs().summarizeCompleted(from, to);
    AnalyticsMetrics metrics =
        new AnalyticsMetrics(
            deps.users().countCreated(from, to),
            deps.users().countActive(from, to),
            roles,
            deps.jobs().countPosted(from, to),
            completed.completedJobs(),
            completed.revenueByCurrency());
    boolean stored =
        deps.reports().saveIfAbsent(new AnalyticsReport(period, metrics, deps.clock().instant()));
    return new Snapshot(
        stored,
        metrics.newUsers(),
        metrics.activeUsers(),
        metrics.usersByRole().get(Role.CUSTOMER),
        metrics.usersByRole().get(Role.HANDYMAN),
        metrics.usersByRole().get(Role.ADMIN),
        metrics.jobsPosted(),
        metrics.jobsCompleted(),
        metrics.revenueByCurrency(),
        deps.users().countCreated(previous.from(), previous.to()),
        deps.jobs().countPosted(previous.from(), previous.to()));
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
