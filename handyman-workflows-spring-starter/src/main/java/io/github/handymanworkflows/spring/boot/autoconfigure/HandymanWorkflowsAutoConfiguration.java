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
package io.github.handymanworkflows.spring.boot.autoconfigure;

import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.handyman.InMemoryHandymanRepository;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.health.InMemoryHealthStateRepository;
import io.github.handymanworkflows.job.InMemoryJobRepository;
import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.ledger.InMemoryWorkflowLedger;
import io.github.handymanworkflows.ledger.WorkflowLedger;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.MailSettings;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.mail.OutboxMailer;
import io.github.handymanworkflows.mail.TemplateRenderer;
import io.github.handymanworkflows.report.InMemoryReportRepository;
import io.github.handymanworkflows.report.ReportRepository;
import io.github.handymanworkflows.review.InMemoryReviewRepository;
import io.github.handymanworkflows.review.ReviewRepository;
import io.github.handymanworkflows.security.InMemoryLoginAttemptTracker;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.session.InMemorySessionRepository;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.spring.boot.autoconfigure.internal.CronOverrides;
import io.github.handymanworkflows.spring.boot.autoconfigure.internal.EngineCheck;
import io.github.handymanworkflows.spring.boot.autoconfigure.internal.InMemoryWarning;
import io.github.handymanworkflows.spring.boot.autoconfigure.internal.Settings;
import io.github.handymanworkflows.spring.boot.autoconfigure.internal.TokenSecrets;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.MeteredMailer;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.WorkflowMetrics;
import io.github.handymanworkflows.token.InMemoryTokenRepository;
import io.github.handymanworkflows.token.TokenIssuer;
import io.github.handymanworkflows.token.TokenRepository;
import io.github.handymanworkflows.token.TokenSecret;
import io.github.handymanworkflows.user.InMemoryUserRepository;
import io.github.handymanworkflows.user.UserRepository;
import io.github.handymanworkflows.workflow.DerivedRegistry;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The ports, settings, email facade and workflow functions. Every bean backs off when the host (or
 * an adapter's auto-configuration, ordered before this one) defines one of the same type; the
 * defaults are in memory.
 *
 * <p>Adapters contribute by declaring {@code @AutoConfiguration(before =
 * HandymanWorkflowsAutoConfiguration.class)} and defining, for example, a {@code UserRepository} or
 * {@code Mailer} bean, and {@link HealthProbe} beans that the health indicator and the
 * system-health workflow pick up.
 */
@AutoConfiguration
@EnableConfigurationProperties(HandymanWorkflowsProperties.class)
public class HandymanWorkflowsAutoConfiguration {

  /** Created by Spring. */
  public HandymanWorkflowsAutoConfiguration() {}

  /**
   * Checks the engine name before any bean is created, even when no engine configuration matches
   * it. Static: a bean factory post-processor must not need this configuration's instance.
   */
  @Bean
  static EngineCheck handymanWorkflowsEngineCheck(Environment environment) {
    return new EngineCheck(environment);
  }

  /** The clock workflows and the engine read; UTC system time. */
  @Bean
  @ConditionalOnMissingBean
  Clock handymanWorkflowsClock() {
    return Clock.systemUTC();
  }

  @Bean
  @ConditionalOnMissingBean
  UserRepository handymanWorkflowsUserRepository() {
    return new InMemoryUserRepository();
  }

  @Bean
  @ConditionalOnMissingBean
  HandymanRepository handymanWorkflowsHandymanRepository() {
    return new InMemoryHandymanRepository();
  }

  @Bean
  @ConditionalOnMissingBean
  JobRepository handymanWorkflowsJobRepository() {
    return new InMemoryJobRepository();
  }

  @Bean
  @ConditionalOnMissingBean
  ReviewRepository handymanWorkflowsReviewRepository() {
    return new InMemoryReviewRepository();
  }

  @Bean
  @ConditionalOnMissingBean
  TokenRepository handymanWorkflowsTokenRepository() {
    return new InMemoryTokenRepository();
  }

  @Bean
  @ConditionalOnMissingBean
  SessionRepository handymanWorkflowsSessionRepository() {
    return new InMemorySessionRepository();
  }

  @Bean
  @ConditionalOnMissingBean
  ReportRepository handymanWorkflowsReportRepository() {
    return new InMemoryReportRepository();
  }

  @Bean
  @ConditionalOnMissingBean
  LoginAttemptTracker handymanWorkflowsLoginAttemptTracker() {
    return new InMemoryLoginAttemptTracker();
  }

  @Bean
  @ConditionalOnMissingBean
  HealthStateRepository handymanWorkflowsHealthStateRepository() {
    return new InMemoryHealthStateRepository();
  }

  @Bean
  @ConditionalOnMissingBean
  WorkflowLedger handymanWorkflowsLedger() {
    return new InMemoryWorkflowLedger();
  }

  /**
   * The key of the verification and reset tokens, from {@code handyman.workflows.tokens.secret}.
   * Closed by default: without it the application does not start, unless the tokens are kept in
   * memory, where a random key dies with the process as the tokens do.
   */
  @Bean
  @ConditionalOnMissingBean
  TokenSecret handymanWorkflowsTokenSecret(
      HandymanWorkflowsProperties properties, TokenRepository tokens) {
    return TokenSecrets.from(properties.getTokens().getSecret(), tokens);
  }

  /** Issues verification and reset tokens for the host's auth code, by id only. */
  @Bean
  @ConditionalOnMissingBean
  TokenIssuer handymanWorkflowsTokenIssuer(
      TokenRepository tokens, TokenSecret secret, Clock clock) {
    return new TokenIssuer(tokens, secret, clock);
  }

  /** Writes every email to the outbox folder; a mail adapter's or the host's Mailer replaces it. */
  @Bean
  @ConditionalOnMissingBean
  Mailer handymanWorkflowsMailer(HandymanWorkflowsProperties properties, Clock clock) {
    return new OutboxMailer(properties.getMail().getOutboxDirectory(), clock);
  }

  @Bean
  @ConditionalOnMissingBean
  TemplateRenderer handymanWorkflowsTemplateRenderer() {
    return new TemplateRenderer();
  }

  @Bean
  @ConditionalOnMissingBean
  MailSettings handymanWorkflowsMailSettings(HandymanWorkflowsProperties properties) {
    return Settings.mailSettings(properties);
  }

  @Bean
  @ConditionalOnMissingBean
  WorkflowSettings handymanWorkflowsSettings(HandymanWorkflowsProperties properties) {
    return Settings.workflowSettings(properties);
  }

  /** The email facade, over the mailer counted by the metrics when Micrometer is present. */
  @Bean
  @ConditionalOnMissingBean
  Emails handymanWorkflowsEmails(
      Mailer mailer,
      TemplateRenderer renderer,
      MailSettings settings,
      ObjectProvider<WorkflowMetrics> metrics) {
    WorkflowMetrics m = metrics.getIfAvailable(() -> WorkflowMetrics.NOOP);
    return new Emails(
        m == WorkflowMetrics.NOOP ? mailer : new MeteredMailer(mailer, m), renderer, settings);
  }

  /**
   * The catalogue, the marketplace workflows' own events and every type the functions (the host's
   * included) declare. The engines extend a host's own registry bean the same way.
   */
  @Bean
  @ConditionalOnMissingBean
  EventRegistry handymanWorkflowsEventRegistry(WorkflowFunctions functions) {
    return DerivedRegistry.of(HandymanWorkflows.registry(), functions.functions());
  }

  @Bean
  @ConditionalOnMissingBean
  WorkflowDependencies handymanWorkflowsDependencies(
      UserRepository users,
      HandymanRepository handymen,
      JobRepository jobs,
      ReviewRepository reviews,
      TokenRepository tokens,
      SessionRepository sessions,
      ReportRepository reports,
      LoginAttemptTracker loginAttempts,
      HealthStateRepository healthStates,
      WorkflowLedger ledger,
      ObjectProvider<HealthProbe> probes,
      Emails emails,
      TokenSecret tokenSecret,
      Clock clock,
      WorkflowSettings settings) {
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
        ledger,
        probes.orderedStream().toList(),
        emails,
        tokenSecret,
        clock,
        settings);
  }

  /** The marketplace's workflows, the host's own function beans, and the cron overrides. */
  @Bean
  @ConditionalOnMissingBean
  WorkflowFunctions handymanWorkflowFunctions(
      WorkflowDependencies dependencies,
      ObjectProvider<WorkflowFunction> extra,
      HandymanWorkflowsProperties properties) {
    List<WorkflowFunction> all = new ArrayList<>(HandymanWorkflows.all(dependencies));
    extra.orderedStream().forEach(all::add);
    return new WorkflowFunctions(
        CronOverrides.apply(all, properties.getCrons(), dependencies.settings().zone()));
  }

  /** Warns once at startup about stores that lose their data on restart. */
  @Bean
  InMemoryWarning handymanWorkflowsInMemoryWarning(WorkflowDependencies dependencies) {
    return new InMemoryWarning(dependencies);
  }
}
