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

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.mail.internal.MailFormat;
import io.github.handymanworkflows.token.TokenHashes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One method per email the workflows send: each renders its template, builds the message with the
 * idempotency key of that logical email and its tags, and sends it through the {@link Mailer}.
 *
 * <p>Every model also holds {@code brandName}, {@code supportEmail}, {@code homeUrl} and {@code
 * firstName}, so host overrides of any template can use them. Errors from the mailer pass through
 * unchanged: {@link MailDeliveryException} is retried by the engine, {@link MailRejectedException}
 * and {@link TemplateException} are not.
 */
public final class Emails {

  private final Mailer mailer;
  private final TemplateRenderer renderer;
  private final MailSettings settings;

  /** The facade over a mailer, a renderer and the settings. */
  @Inject
  public Emails(Mailer mailer, TemplateRenderer renderer, MailSettings settings) {
    this.mailer = Objects.requireNonNull(mailer, "mailer must not be null");
    this.renderer = Objects.requireNonNull(renderer, "renderer must not be null");
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
  }

  /** Key {@code verify:<userId>:<tokenId or t-<sha256 prefix>>}. */
  public MailReceipt verification(VerificationEmail email) {
    Map<String, Object> model = model(email.user());
    model.put("verifyUrl", settings.link(LinkRoute.VERIFY_EMAIL, Map.of("token", email.token())));
    model.put("validFor", MailFormat.duration(email.validFor()));
    String key = "verify:" + email.user().userId() + ":" + tokenRef(email.tokenId(), email.token());
    return send(email.user(), MailTemplate.VERIFY_EMAIL, model, key, "send-verification-email");
  }

  /** Key {@code welcome:<userId>}. */
  public MailReceipt welcome(WelcomeEmail email) {
    Map<String, Object> model = model(email.user());
    model.put("isHandyman", email.role() == Role.HANDYMAN);
    model.put("dashboardUrl", settings.link(LinkRoute.DASHBOARD));
    model.put("profileUrl", settings.link(LinkRoute.PROFILE));
    String key = "welcome:" + email.user().userId();
    return send(email.user(), MailTemplate.WELCOME, model, key, "send-welcome-email");
  }

  /** Key {@code password-reset:<userId>:<tokenId or t-<sha256 prefix>>}. */
  public MailReceipt passwordReset(PasswordResetEmail email) {
    Map<String, Object> model = model(email.user());
    model.put("resetUrl", settings.link(LinkRoute.RESET_PASSWORD, Map.of("token", email.token())));
    model.put("validFor", MailFormat.duration(email.validFor()));
    String key =
        "password-reset:" + email.user().userId() + ":" + tokenRef(email.tokenId(), email.token());
    return send(email.user(), MailTemplate.PASSWORD_RESET, model, key, "send-password-reset");
  }

  /** Key {@code 2fa-enabled:<userId>:<enabledAt epoch second>}. */
  public MailReceipt twoFactorEnabled(TwoFactorEnabledEmail email) {
    Map<String, Object> model = model(email.user());
    model.put("enabledAt", MailFormat.dateTime(email.enabledAt(), settings.zone()));
    model.put("securityUrl", settings.link(LinkRoute.SECURITY_SETTINGS));
    String key = "2fa-enabled:" + email.user().userId() + ":" + seconds(email.enabledAt());
    return send(email.user(), MailTemplate.TWO_FACTOR_ENABLED, model, key, "send-2fa-enabled");
  }

  /** Key {@code account-locked:<userId>:<lockedUntil epoch second>}. */
  public MailReceipt accountLocked(AccountLockedEmail email) {
    Map<String, Object> model = model(email.user());
    model.put("reason", email.reason());
    model.put("lockedUntil", MailFormat.dateTime(email.lockedUntil(), settings.zone()));
    model.put("forgotPasswordUrl", settings.link(LinkRoute.FORGOT_PASSWORD));
    String key = "account-locked:" + email.user().userId() + ":" + seconds(email.lockedUntil());
    return send(email.user(), MailTemplate.ACCOUNT_LOCKED, model, key, "send-account-locked");
  }

  /** Key {@code profile-incomplete:<userId>}. */
  public MailReceipt profileIncomplete(ProfileIncompleteEmail email) {
    Map<String, Object> model = model(email.user());
    model.put("missingFields", email.missingFields());
    model.put("profileUrl", settings.link(LinkRoute.PROFILE));
    String key = "profile-incomplete:" + email.user().userId();
    return send(email.user(), MailTemplate.PROFILE_INCOMPLETE, model, key, "send-profile-reminder");
  }

  /** Key {@code role-tips:<userId>}; the customer or handyman template by role. */
  public MailReceipt roleTips(RoleTipsEmail email) {
    Map<String, Object> model = model(email.user());
    model.put("dashboardUrl", settings.link(LinkRoute.DASHBOARD));
    model.put("profileUrl", settings.link(LinkRoute.PROFILE));
    MailTemplate template =
        email.role() == Role.HANDYMAN
            ? MailTemplate.ROLE_TIPS_HANDYMAN
            : MailTemplate.ROLE_TIPS_CUSTOMER;
    String key = "role-tips:" + email.user().userId();
    return send(email.user(), template, model, key, "user-onboarding-flow");
  }

  /** Key {@code re-engage:<userId>:<lastActiveAt epoch second>}: one per inactivity period. */
  public MailReceipt reEngagement(ReEngagementEmail email) {
    Map<String, Object> model = model(email.user());
    model.put("isHandyman", email.role() == Role.HANDYMAN);
    model.put("lastActiveOn", MailFormat.date(email.lastActiveAt(), settings.zone()));
    model.put("loginUrl", settings.link(LinkRoute.LOGIN));
    String key = "re-engage:" + email.user().userId() + ":" + seconds(email.lastActiveAt());
    return send(email.user(), MailTemplate.RE_ENGAGEMENT, model, key, "account-recovery-flow");
  }

  /** Key {@code job-matched:<jobId>:<handymanId>}. */
  public MailReceipt jobMatched(JobMatchedEmail email) {
    Map<String, Object> model = model(email.handyman());
    model.put("jobTitle", email.jobTitle());
    model.put("category", email.category());
    model.put("location", email.location());
    model.put("urgency", email.urgency().name().toLowerCase(Locale.ROOT));
    model.put("budget", email.budget() == null ? "" : MailFormat.money(email.budget()));
    model.put(
        "distance", email.distanceKm() == null ? "" : MailFormat.distance(email.distanceKm()));
    model.put("respondWithin", MailFormat.duration(email.respondWithin()));
    model.put("jobUrl", jobLink(LinkRoute.JOB_DETAILS, email.jobId()));
    String key = "job-matched:" + email.jobId() + ":" + email.handyman().userId();
    return send(email.handyman(), MailTemplate.JOB_MATCHED, model, key, "notify-matched-handyman");
  }

  /** Key {@code job-follow-up:<jobId>}. */
  public MailReceipt jobFollowUp(JobFollowUpEmail email) {
    Map<String, Object> model = model(email.customer());
    model.put("jobTitle", email.jobTitle());
    model.put("handymenNotified", email.handymenNotified());
    model.put("searchWidened", email.searchWidened());
    model.put("jobUrl", jobLink(LinkRoute.JOB_DETAILS, email.jobId()));
    String key = "job-follow-up:" + email.jobId();
    return send(email.customer(), MailTemplate.JOB_FOLLOW_UP, model, key, "job-matching-flow");
  }

  /** Key {@code review-request:<jobId>}. */
  public MailReceipt reviewRequest(ReviewEmail email) {
    return review(email, MailTemplate.REVIEW_REQUEST, "review-request:");
  }

  /** Key {@code review-reminder:<jobId>}. */
  public MailReceipt reviewReminder(ReviewEmail email) {
    return review(email, MailTemplate.REVIEW_REMINDER, "review-reminder:");
  }

  /** Key {@code performance-tips:<userId>:<period>}. */
  public MailReceipt performanceTips(PerformanceTipsEmail email) {
    Map<String, Object> model = model(email.handyman());
    model.put("rating", email.rating() == null ? "" : MailFormat.rating(email.rating()));
    model.put("completedJobs", email.completedJobs());
    model.put(
        "lastJobOn",
        email.lastJobCompletedAt() == null
            ? ""
            : MailFormat.date(email.lastJobCompletedAt(), settings.zone()));
    model.put("lowRating", email.lowRating());
    model.put("fewJobs", email.fewJobs());
    model.put("idle", email.idle());
    model.put("profileUrl", settings.link(LinkRoute.PROFILE));
    String key = "performance-tips:" + email.handyman().userId() + ":" + email.period();
    return send(
        email.handyman(), MailTemplate.PERFORMANCE_TIPS, model, key, "handyman-performance-flow");
  }

  /** Key {@code performance-recognition:<userId>:<period>}. */
  public MailReceipt performanceRecognition(PerformanceRecognitionEmail email) {
    Map<String, Object> model = model(email.handyman());
    model.put("rating", MailFormat.rating(email.rating()));
    model.put("completedJobs", email.completedJobs());
    model.put("dashboardUrl", settings.link(LinkRoute.DASHBOARD));
    String key = "performance-recognition:" + email.handyman().userId() + ":" + email.period();
    return send(
        email.handyman(),
        MailTemplate.PERFORMANCE_RECOGNITION,
        model,
        key,
        "handyman-performance-flow");
  }

  /** Key {@code analytics:<kind>:<periodLabel>:<adminId>}. */
  public MailReceipt analyticsReport(AnalyticsReportEmail email) {
    return mailer.send(analyticsReportMessage(email));
  }

  /**
   * One analytics report per admin in one {@link Mailer#sendAll} call, so a batching provider sends
   * a page of admins in one request; each message keeps its own key.
   */
  public List<MailReceipt> analyticsReports(List<AnalyticsReportEmail> emails) {
    return mailer.sendAll(emails.stream().map(this::analyticsReportMessage).toList());
  }

  private MailMessage analyticsReportMessage(AnalyticsReportEmail email) {
    Map<String, Object> model = model(email.admin());
    model.put("reportTitle", email.kind().title());
    model.put("periodLabel", email.periodLabel());
    model.put("periodStart", MailFormat.date(email.periodStart()));
    model.put("periodEnd", MailFormat.date(email.periodEnd().minusDays(1)));
    model.put("singleDay", email.periodEnd().equals(email.periodStart().plusDays(1)));
    model.put("figures", email.figures());
    model.put("insights", email.insights());
    model.put("reportsUrl", settings.link(LinkRoute.ADMIN_REPORTS));
    String key =
        "analytics:"
            + email.kind().name().toLowerCase(Locale.ROOT)
            + ":"
            + email.periodLabel()
            + ":"
            + email.admin().userId();
    return message(
        email.admin(), MailTemplate.ANALYTICS_REPORT, model, key, email.kind().workflowId());
  }

  /** Key {@code account-archived:<userId>:<archivedAt epoch second>}. */
  public MailReceipt accountArchived(AccountArchivedEmail email) {
    Map<String, Object> model = model(email.user());
    model.put("lastActiveOn", MailFormat.date(email.lastActiveAt(), settings.zone()));
    model.put("archivedOn", MailFormat.date(email.archivedAt(), settings.zone()));
    model.put("loginUrl", settings.link(LinkRoute.LOGIN));
    String key = "account-archived:" + email.user().userId() + ":" + seconds(email.archivedAt());
    return send(email.user(), MailTemplate.ACCOUNT_ARCHIVED, model, key, "weekly-maintenance-flow");
  }

  /** Key {@code health-alert:<adminId>:<checkedAt epoch second>}. */
  public MailReceipt healthAlert(HealthAlertEmail email) {
    return mailer.send(healthAlertMessage(email));
  }

  /** One health alert per admin in one {@link Mailer#sendAll} call; each keeps its own key. */
  public List<MailReceipt> healthAlerts(List<HealthAlertEmail> emails) {
    return mailer.sendAll(emails.stream().map(this::healthAlertMessage).toList());
  }

  private MailMessage healthAlertMessage(HealthAlertEmail email) {
    Map<String, Object> model = model(email.admin());
    model.put("overallStatus", email.overallStatus());
    model.put("healthy", email.healthy());
    model.put("checkedAt", MailFormat.dateTime(email.checkedAt(), settings.zone()));
    model.put("probes", email.probes().stream().map(Emails::probe).toList());
    model.put("healthUrl", settings.link(LinkRoute.ADMIN_HEALTH));
    String key = "health-alert:" + email.admin().userId() + ":" + seconds(email.checkedAt());
    return message(email.admin(), MailTemplate.HEALTH_ALERT, model, key, "system-health-flow");
  }

  /** Key {@code handyman-approved:<userId>}. */
  public MailReceipt handymanApproved(HandymanApprovedEmail email) {
    Map<String, Object> model = model(email.handyman());
    model.put("approvedOn", MailFormat.date(email.approvedAt(), settings.zone()));
    model.put("profileUrl", settings.link(LinkRoute.PROFILE));
    model.put("dashboardUrl", settings.link(LinkRoute.DASHBOARD));
    String key = "handyman-approved:" + email.handyman().userId();
    return send(
        email.handyman(), MailTemplate.HANDYMAN_APPROVED, model, key, "send-handyman-approved");
  }

  /** Key {@code handyman-rejected:<userId>:<rejectedAt epoch second>}. */
  public MailReceipt handymanRejected(HandymanRejectedEmail email) {
    Map<String, Object> model = model(email.handyman());
    String reason = email.reason();
    model.put("reason", reason == null || reason.isBlank() ? "" : reason);
    model.put("profileUrl", settings.link(LinkRoute.PROFILE));
    String key =
        "handyman-rejected:" + email.handyman().userId() + ":" + seconds(email.rejectedAt());
    return send(
        email.handyman(), MailTemplate.HANDYMAN_REJECTED, model, key, "send-handyman-rejected");
  }

  private MailReceipt review(ReviewEmail email, MailTemplate template, String keyPrefix) {
    Map<String, Object> model = model(email.customer());
    model.put("jobTitle", email.jobTitle());
    model.put("handymanName", email.handymanName());
    model.put("reviewUrl", jobLink(LinkRoute.REVIEW, email.jobId()));
    return send(
        email.customer(), template, model, keyPrefix + email.jobId(), "job-completion-flow");
  }

  private Map<String, Object> model(Recipient to) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("brandName", settings.brandName());
    model.put("supportEmail", settings.supportEmail());
    model.put("homeUrl", settings.frontendBaseUrl().toString());
    model.put("firstName", to.firstName().strip());
    return model;
  }

  private MailReceipt send(
      Recipient to, MailTemplate template, Map<String, Object> model, String key, String workflow) {
    return mailer.send(message(to, template, model, key, workflow));
  }

  private MailMessage message(
      Recipient to, MailTemplate template, Map<String, Object> model, String key, String workflow) {
    RenderedMail rendered = renderer.render(template, model);
    return MailMessage.builder()
        .from(settings.from())
        .to(to.address())
        .replyTo(settings.replyTo())
        .content(rendered)
        .idempotencyKey(key)
        .tag("email", template.name())
        .tag("workflow", workflow)
        .build();
  }

  private String jobLink(LinkRoute route, String jobId) {
    return settings.link(route, Map.of("jobId", jobId));
  }

  private static Map<String, Object> probe(HealthAlertEmail.Probe probe) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", probe.name());
    row.put("status", probe.status());
    row.put("latency", probe.latency() == null ? "n/a" : MailFormat.latency(probe.latency()));
    row.put("detail", probe.detail() == null ? "" : probe.detail());
    return row;
  }

  private static long seconds(Instant instant) {
    return instant.getEpochSecond();
  }

  // The raw token must never appear in a key (keys are logged and stored by providers).
  static String tokenRef(@Nullable String tokenId, String token) {
    if (tokenId != null && !tokenId.isBlank()) {
      return tokenId;
    }
    return "t-" + TokenHashes.sha256Hex(token).substring(0, 16);
  }
}
