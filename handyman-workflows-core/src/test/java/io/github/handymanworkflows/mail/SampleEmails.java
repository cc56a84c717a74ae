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
package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.domain.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/** One sample of every email the facade sends, with a chosen value in every free-text field. */
final class SampleEmails {

  static final Instant T0 = Instant.parse("2026-06-03T13:05:00Z");

  /** An email of the facade: how to send it and what must come out. */
  record Sample(
      String name, MailTemplate template, String expectedKey, Function<Emails, MailReceipt> send) {
    @Override
    public String toString() {
      return name;
    }
  }

  private SampleEmails() {}

  static MailSettings settings() {
    return MailSettings.builder()
        .from(Address.of("noreply@handyman.example", "Handyman"))
        .replyTo(Address.of("help@handyman.example"))
        .brandName("Handyman")
        .supportEmail("help@handyman.example")
        .frontendBaseUrl("https://app.handyman.example/")
        .zone(ZoneId.of("Africa/Lagos"))
        .build();
  }

  /** Every email, with {@code text} in every free-text field. */
  static List<Sample> all(String text) {
    Recipient user = Recipient.of("u1", "ada@example.org", text);
    return List.of(
        new Sample(
            "verification",
            MailTemplate.VERIFY_EMAIL,
            "verify:u1:tok-1",
            e ->
                e.verification(
                    new VerificationEmail(
                        user, "raw-secret-token", "tok-1", Duration.ofHours(24)))),
        new Sample(
            "welcome",
            MailTemplate.WELCOME,
            "welcome:u1",
            e -> e.welcome(new WelcomeEmail(user, Role.HANDYMAN))),
        new Sample(
            "passwordReset",
            MailTemplate.PASSWORD_RESET,
            "password-reset:u1:tok-2",
            e ->
                e.passwordReset(
                    new PasswordResetEmail(user, "raw-reset-token", "tok-2", Duration.ofHours(1)))),
        new Sample(
            "twoFactorEnabled",
            MailTemplate.TWO_FACTOR_ENABLED,
            "2fa-enabled:u1:" + T0.getEpochSecond(),
            e -> e.twoFactorEnabled(new TwoFactorEnabledEmail(user, T0))),
        new Sample(
            "accountLocked",
            MailTemplate.ACCOUNT_LOCKED,
            "account-locked:u1:" + T0.plus(Duration.ofHours(24)).getEpochSecond(),
            e ->
                e.accountLocked(new AccountLockedEmail(user, text, T0.plus(Duration.ofHours(24))))),
        new Sample(
            "profileIncomplete",
            MailTemplate.PROFILE_INCOMPLETE,
            "profile-incomplete:u1",
            e ->
                e.profileIncomplete(
                    new ProfileIncompleteEmail(user, List.of(text, "phone number")))),
        new Sample(
            "roleTipsCustomer",
            MailTemplate.ROLE_TIPS_CUSTOMER,
            "role-tips:u1",
            e -> e.roleTips(new RoleTipsEmail(user, Role.CUSTOMER))),
        new Sample(
            "roleTipsHandyman",
            MailTemplate.ROLE_TIPS_HANDYMAN,
            "role-tips:u1",
            e -> e.roleTips(new RoleTipsEmail(user, Role.HANDYMAN))),
        new Sample(
            "reEngagement",
            MailTemplate.RE_ENGAGEMENT,
            "re-engage:u1:" + T0.getEpochSecond(),
            e -> e.reEngagement(new ReEngagementEmail(user, Role.CUSTOMER, T0))),
        new Sample(
            "jobMatched",
            MailTemplate.JOB_MATCHED,
            "job-matched:j1:u1",
            e ->
                e.jobMatched(
                    new JobMatchedEmail(
                        user,
                        "j1",
                        text,
                        text,
                        text,
                        Urgency.HIGH,
                        Money.of(1_500_000, "NGN"),
                        3.25,
                        Duration.ofHours(2)))),
        new Sample(
            "jobFollowUp",
            MailTemplate.JOB_FOLLOW_UP,
            "job-follow-up:j1",
            e -> e.jobFollowUp(new JobFollowUpEmail(user, "j1", text, 7, true))),
        new Sample(
            "reviewRequest",
            MailTemplate.REVIEW_REQUEST,
            "review-request:j1",
            e -> e.reviewRequest(new ReviewEmail(user, "j1", text, text))),
        new Sample(
            "reviewReminder",
            MailTemplate.REVIEW_REMINDER,
            "review-reminder:j1",
            e -> e.reviewReminder(new ReviewEmail(user, "j1", text, text))),
        new Sample(
            "performanceTips",
            MailTemplate.PERFORMANCE_TIPS,
            "performance-tips:u1:2026-W23",
            e ->
                e.performanceTips(
                    new PerformanceTipsEmail(user, "2026-W23", 2.5, 1, T0, true, true, true))),
        new Sample(
            "performanceRecognition",
            MailTemplate.PERFORMANCE_RECOGNITION,
            "performance-recognition:u1:2026-W23",
            e ->
                e.performanceRecognition(
                    new PerformanceRecognitionEmail(user, "2026-W23", 4.8, 12))),
        new Sample(
            "analyticsReport",
            MailTemplate.ANALYTICS_REPORT,
            "analytics:daily:2026-06-02:u1",
            e ->
                e.analyticsReport(
                    new AnalyticsReportEmail(
                        user,
                        AnalyticsReportEmail.Kind.DAILY,
                        "2026-06-02",
                        LocalDate.of(2026, 6, 2),
                        LocalDate.of(2026, 6, 3),
                        List.of(
                            AnalyticsReportEmail.Figure.count("New users", 1234),
                            AnalyticsReportEmail.Figure.money("Revenue", Money.of(250_000, "NGN")),
                            new AnalyticsReportEmail.Figure(text, text)),
                        List.of(text)))),
        new Sample(
            "accountArchived",
            MailTemplate.ACCOUNT_ARCHIVED,
            "account-archived:u1:" + T0.getEpochSecond(),
            e ->
                e.accountArchived(
                    new AccountArchivedEmail(user, T0.minus(Duration.ofDays(200)), T0))),
        new Sample(
            "healthAlert",
            MailTemplate.HEALTH_ALERT,
            "health-alert:u1:" + T0.getEpochSecond(),
            e ->
                e.healthAlert(
                    new HealthAlertEmail(
                        user,
                        "DEGRADED",
                        false,
                        T0,
                        List.of(
                            new HealthAlertEmail.Probe("mongo", "UP", Duration.ofMillis(12), null),
                            new HealthAlertEmail.Probe("redis", "DOWN", null, text))))),
        new Sample(
            "handymanApproved",
            MailTemplate.HANDYMAN_APPROVED,
            "handyman-approved:u1",
            e -> e.handymanApproved(new HandymanApprovedEmail(user, T0))),
        new Sample(
            "handymanRejected",
            MailTemplate.HANDYMAN_REJECTED,
            "handyman-rejected:u1:" + T0.getEpochSecond(),
            e -> e.handymanRejected(new HandymanRejectedEmail(user, text, T0))));
  }
}
