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
package io.github.handymanworkflows.benchmarks;

import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.mail.AnalyticsReportEmail;
import io.github.handymanworkflows.mail.AnalyticsReportEmail.Figure;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.JobMatchedEmail;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.MailReceipt;
import io.github.handymanworkflows.mail.MailSettings;
import io.github.handymanworkflows.mail.MailTemplate;
import io.github.handymanworkflows.mail.ProfileIncompleteEmail;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.mail.RenderedMail;
import io.github.handymanworkflows.mail.TemplateRenderer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Emails per second on the Handlebars templates: one operation renders one whole email (subject,
 * HTML body placed in the layout, plain text). The target is 50,000 a second on one thread.
 *
 * <p>{@code welcome} goes through {@link TemplateRenderer} alone with the model {@link Emails}
 * builds; the others go through {@link Emails} as a workflow step does, so they also build the
 * model (dates and money formatted) and the validated {@link MailMessage}, handed to a mailer that
 * keeps it. {@code analyticsReport} and {@code profileIncomplete} loop over lists with {@code
 * {{#each}}}. {@code jobMatchedCompiledEachTime} uses a fresh renderer per email, so it compiles
 * the four template files every time: what the cache saves.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TemplateRenderBenchmark {

  private static final Recipient HANDYMAN = Recipient.of("u-1042", "ada.okafor@example.org", "Ada");

  private MailSettings settings;
  private TemplateRenderer renderer;
  private Emails emails;
  private Map<String, Object> welcomeModel;
  private JobMatchedEmail jobMatched;
  private AnalyticsReportEmail report;
  private ProfileIncompleteEmail profile;

  /** What the last email would have sent; kept so the work cannot be optimised away. */
  private volatile MailMessage lastSent;

  @Setup
  public void setUp() {
    settings = MailSettings.defaults();
    renderer = new TemplateRenderer();
    emails = new Emails(this::keep, renderer, settings);
    welcomeModel =
        Map.of(
            "brandName", "Handyman",
            "supportEmail", "help@handyman.example",
            "homeUrl", "https://app.handyman.example/",
            "firstName", "Ada",
            "isHandyman", true,
            "dashboardUrl", "https://app.handyman.example/dashboard",
            "profileUrl", "https://app.handyman.example/profile");
    jobMatched =
        new JobMatchedEmail(
            HANDYMAN,
            "job-77",
            "Fix a leaking kitchen sink & replace the trap",
            "Plumbing",
            "Lekki Phase 1, Lagos",
            Urgency.HIGH,
            Money.of(1_500_000, "NGN"),
            3.25,
            Duration.ofHours(2));
    report =
        new AnalyticsReportEmail(
            Recipient.of("admin-1", "ops@handyman.example", "Tunde"),
            AnalyticsReportEmail.Kind.DAILY,
            "2026-06-02",
            LocalDate.of(2026, 6, 2),
            LocalDate.of(2026, 6, 3),
            List.of(
                Figure.count("New users", 1234),
                Figure.count("Jobs posted", 311),
                Figure.count("Jobs completed", 287),
                Figure.percent("Acceptance rate", 82.5),
                Figure.decimal("Average rating", 4.62),
                Figure.money("Revenue", Money.of(250_000_00, "NGN"))),
            List.of(
                "Plumbing jobs rose 18% week on week.",
                "Three handymen in Ikeja are close to the 24-hour response limit.",
                "Reviews left within a day of completion: 64%."));
    profile =
        new ProfileIncompleteEmail(
            HANDYMAN, List.of("profile photo", "phone number", "service area", "skills"));
    check(welcome().html(), "Ada");
    jobMatched();
    check(lastSent.html(), "Fix a leaking kitchen sink &amp; replace the trap");
    analyticsReport();
    check(lastSent.html(), "Reviews left within a day of completion: 64%.");
    profileIncomplete();
    check(lastSent.text(), "service area");
  }

  private MailReceipt keep(MailMessage message) {
    lastSent = message;
    return new MailReceipt("bench-" + message.idempotencyKey(), false);
  }

  private static void check(String rendered, String expected) {
    if (!rendered.contains(expected)) {
      throw new IllegalStateException("rendered email lacks '" + expected + "'");
    }
  }

  /** The welcome email: two conditionals, no lists. */
  @Benchmark
  public RenderedMail welcome() {
    return renderer.render(MailTemplate.WELCOME, welcomeModel);
  }

  /** A job offered to a handyman, as the matching workflow sends it. */
  @Benchmark
  public MailReceipt jobMatched() {
    return emails.jobMatched(jobMatched);
  }

  /** The daily report to an admin: six figures and three insights in {@code {{#each}}} loops. */
  @Benchmark
  public MailReceipt analyticsReport() {
    return emails.analyticsReport(report);
  }

  /** The profile reminder: a list of four missing fields. */
  @Benchmark
  public MailReceipt profileIncomplete() {
    return emails.profileIncomplete(profile);
  }

  /** The job-matched email with no compiled template to reuse. */
  @Benchmark
  public MailReceipt jobMatchedCompiledEachTime() {
    return new Emails(this::keep, new TemplateRenderer(), settings).jobMatched(jobMatched);
  }
}
