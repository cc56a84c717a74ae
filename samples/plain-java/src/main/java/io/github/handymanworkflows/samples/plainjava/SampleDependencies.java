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
package io.github.handymanworkflows.samples.plainjava;

import io.github.handymanworkflows.handyman.InMemoryHandymanRepository;
import io.github.handymanworkflows.health.InMemoryHealthStateRepository;
import io.github.handymanworkflows.job.InMemoryJobRepository;
import io.github.handymanworkflows.ledger.InMemoryWorkflowLedger;
import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.MailSettings;
import io.github.handymanworkflows.mail.OutboxMailer;
import io.github.handymanworkflows.mail.TemplateRenderer;
import io.github.handymanworkflows.report.InMemoryReportRepository;
import io.github.handymanworkflows.review.InMemoryReviewRepository;
import io.github.handymanworkflows.security.InMemoryLoginAttemptTracker;
import io.github.handymanworkflows.session.InMemorySessionRepository;
import io.github.handymanworkflows.token.InMemoryTokenRepository;
import io.github.handymanworkflows.token.TokenSecret;
import io.github.handymanworkflows.user.InMemoryUserRepository;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The sample's world: every port in memory, and emails written to an outbox folder instead of being
 * sent. A real host passes its own repositories and a real {@code Mailer} here.
 *
 * <p>Mail settings come from the environment, with defaults for a local run: {@code MAIL_FROM}
 * ({@code no-reply@handyman.local}), {@code MAIL_FROM_NAME} ({@code Handyman}), {@code
 * MAIL_BRAND_NAME} ({@code Handyman}), {@code MAIL_SUPPORT_EMAIL} ({@code support@handyman.local}),
 * {@code FRONTEND_BASE_URL} ({@code http://localhost:3000}) and {@code MAIL_OUTBOX_DIR} ({@code
 * ./outbox}). Verification and reset tokens are derived from {@code
 * HANDYMAN_WORKFLOWS_TOKENS_SECRET}, or a random per-process key when it is unset.
 */
final class SampleDependencies {

  private SampleDependencies() {}

  /** In-memory ports and an outbox mailer configured from {@code env}. */
  static WorkflowDependencies fromEnvironment(Map<String, String> env, Clock clock) {
    MailSettings mail =
        MailSettings.builder()
            .from(
                Address.of(
                    value(env, "MAIL_FROM", "no-reply@handyman.local"),
                    value(env, "MAIL_FROM_NAME", "Handyman")))
            .brandName(value(env, "MAIL_BRAND_NAME", "Handyman"))
            .supportEmail(value(env, "MAIL_SUPPORT_EMAIL", "support@handyman.local"))
            .frontendBaseUrl(value(env, "FRONTEND_BASE_URL", "http://localhost:3000"))
            .build();
    OutboxMailer mailer = new OutboxMailer(Path.of(value(env, "MAIL_OUTBOX_DIR", "outbox")), clock);
    return new WorkflowDependencies(
        new InMemoryUserRepository(),
        new InMemoryHandymanRepository(),
        new InMemoryJobRepository(),
        new InMemoryReviewRepository(),
        new InMemoryTokenRepository(),
        new InMemorySessionRepository(),
        new InMemoryReportRepository(),
        new InMemoryLoginAttemptTracker(),
        new InMemoryHealthStateRepository(),
        new InMemoryWorkflowLedger(),
        List.of(),
        new Emails(mailer, new TemplateRenderer(), mail),
        tokenSecret(env),
        clock,
        WorkflowSettings.defaults());
  }

  /**
   * {@code HANDYMAN_WORKFLOWS_TOKENS_SECRET} when set; otherwise a random key, which suits tokens
   * kept in memory (they die with the process too).
   */
  private static TokenSecret tokenSecret(Map<String, String> env) {
    String secret = env.get("HANDYMAN_WORKFLOWS_TOKENS_SECRET");
    return secret == null || secret.isBlank() ? TokenSecret.random() : TokenSecret.of(secret);
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
