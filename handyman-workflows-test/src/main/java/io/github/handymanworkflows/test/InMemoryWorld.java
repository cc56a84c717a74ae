package io.github.handymanworkflows.test;

import io.github.handymanworkflows.handyman.InMemoryHandymanRepository;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.InMemoryHealthStateRepository;
import io.github.handymanworkflows.job.InMemoryJobRepository;
import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.MailSettings;
import io.github.handymanworkflows.mail.RecordingMailer;
import io.github.handymanworkflows.mail.TemplateRenderer;
import io.github.handymanworkflows.report.InMemoryReportRepository;
import io.github.handymanworkflows.review.InMemoryReviewRepository;
import io.github.handymanworkflows.security.InMemoryLoginAttemptTracker;
import io.github.handymanworkflows.session.InMemorySessionRepository;
import io.github.handymanworkflows.token.InMemoryTokenRepository;
import io.github.handymanworkflows.user.InMemoryUserRepository;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Every port in memory plus a recording mailer: the world a workflow scenario test runs in. Fields
 * are public so tests can seed data and inspect it directly.
 */
public final class InMemoryWorld {

  /** Users. */
  public final InMemoryUserRepository users = new InMemoryUserRepository();

  /** Handymen. */
  public final InMemoryHandymanRepository handymen = new InMemoryHandymanRepository();

  /** Jobs. */
  public final InMemoryJobRepository jobs = new InMemoryJobRepository();

  /** Reviews. */
  public final InMemoryReviewRepository reviews = new InMemoryReviewRepository();

  /** Tokens. */
  public final InMemoryTokenRepository tokens = new InMemoryTokenRepository();

  /** Sessions. */
  public final InMemorySessionRepository sessions = new InMemorySessionRepository();

  /** Reports. */
  public final InMemoryReportRepository reports = new InMemoryReportRepository();

  /** Failed logins. */
  public final InMemoryLoginAttemptTracker loginAttempts = new InMemoryLoginAttemptTracker();

  /** Health states. */
  public final InMemoryHealthStateRepository healthStates = new InMemoryHealthStateRepository();

  /** Health probes; add to it before calling {@link #dependencies}. */
  public final List<HealthProbe> probes = new ArrayList<>();

  /** Every email sent. */
  public final RecordingMailer mailer = new RecordingMailer();

  /** The mail settings of the test marketplace. */
  public final MailSettings mailSettings =
      MailSettings.builder()
          .from(Address.of("no-reply@handyman.test", "Handyman"))
          .brandName("Handyman")
          .supportEmail("support@handyman.test")
          .frontendBaseUrl("https://app.handyman.test")
          .build();

  /** The email facade over the recording mailer. */
  public final Emails emails = new Emails(mailer, new TemplateRenderer(), mailSettings);

  /** The dependencies for the workflows, reading time from the given clock. */
  public WorkflowDependencies dependencies(Clock clock, WorkflowSettings settings) {
    return new WorkflowDependencies(
        users,
        handymen,
        jobs,
        reviews,
        tokens,
        sessions,
        reports,
        loginAttempts,
        healthStates,
        probes,
        emails,
        clock,
        settings);
  }

  /** The dependencies with default settings. */
  public WorkflowDependencies dependencies(Clock clock) {
    return dependencies(clock, WorkflowSettings.defaults());
  }
}
