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
package io.github.handymanworkflows.test;

import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.ledger.WorkflowLedger;
import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.MailSettings;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.mail.RecordingMailer;
import io.github.handymanworkflows.mail.TemplateRenderer;
import io.github.handymanworkflows.report.ReportRepository;
import io.github.handymanworkflows.review.ReviewRepository;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.test.faults.FaultInjector;
import io.github.handymanworkflows.test.faults.Outcome;
import io.github.handymanworkflows.token.IssuedToken;
import io.github.handymanworkflows.token.TokenIssuer;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.token.TokenRepository;
import io.github.handymanworkflows.token.TokenSecret;
import io.github.handymanworkflows.user.UserRepository;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario world over any adapters: every port as its interface, a recording mailer and the
 * health probes. {@link InMemoryWorld#ports()} gives the in-memory one; an adapter module builds
 * one over its own adapters to run the same scenarios and fault sweeps against them.
 */
public final class PortWorld {

  /**
   * One renderer for every world: it compiles the classpath templates once per JVM instead of twice
   * per world, which a fault sweep builds afresh for every play.
   */
  private static final TemplateRenderer TEMPLATES = new TemplateRenderer();

  /** Users. */
  public final UserRepository users;

  /** Handymen. */
  public final HandymanRepository handymen;

  /** Jobs. */
  public final JobRepository jobs;

  /** Reviews. */
  public final ReviewRepository reviews;

  /** Tokens. */
  public final TokenRepository tokens;

  /** Sessions. */
  public final SessionRepository sessions;

  /** Reports. */
  public final ReportRepository reports;

  /** Failed logins. */
  public final LoginAttemptTracker loginAttempts;

  /** Health states. */
  public final HealthStateRepository healthStates;

  /** Once-ever email markers and scan cursors. */
  public final WorkflowLedger ledger;

  /**
   * The key the world's verification and reset tokens are derived from: the same in every world, so
   * two runs of a scenario mail the same links (a test key, never for production). Issue tokens
   * with {@link #tokenIssuer} or {@link #issueToken}, so the email workflows can derive them.
   */
  public final TokenSecret tokenSecret =
      TokenSecret.of("handyman-workflows test kit token secret: never use it in production");

  /** Health probes; add to it before calling {@link #dependencies}. */
  public final List<HealthProbe> probes;

  /** Every email sent, with the provider's idempotency window. */
  public final RecordingMailer mailer;

  /** The mail settings of the test marketplace. */
  public final MailSettings mailSettings =
      MailSettings.builder()
          .from(Address.of("no-reply@handyman.test", "Handyman"))
          .brandName("Handyman")
          .supportEmail("support@handyman.test")
          .frontendBaseUrl("https://app.handyman.test")
          .build();

  /** The email facade over the recording mailer. */
  public final Emails emails;

  /** A world over the given ports with a mailer that forgets a key after 24 hours. */
  public PortWorld(
      UserRepository users,
      HandymanRepository handymen,
      JobRepository jobs,
      ReviewRepository reviews,
      TokenRepository tokens,
      SessionRepository sessions,
      ReportRepository reports,
      LoginAttemptTracker loginAttempts,
      HealthStateRepository healthStates,
      WorkflowLedger ledger) {
    this(
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
        RecordingMailer.DEFAULT_WINDOW);
  }

  /**
   * A world over the given ports whose mailer remembers idempotency keys for {@code
   * mailIdempotencyWindow}, for a scenario that replays a day or more later.
   */
  public PortWorld(
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
      Duration mailIdempotencyWindow) {
    this(
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
        new ArrayList<>(),
        new RecordingMailer(Clock.systemUTC(), mailIdempotencyWindow));
  }

  PortWorld(
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
      List<HealthProbe> probes,
      RecordingMailer mailer) {
    this.users = users;
    this.handymen = handymen;
    this.jobs = jobs;
    this.reviews = reviews;
    this.tokens = tokens;
    this.sessions = sessions;
    this.reports = reports;
    this.loginAttempts = loginAttempts;
    this.healthStates = healthStates;
    this.ledger = ledger;
    this.probes = probes;
    this.mailer = mailer;
    this.emails = new Emails(mailer, TEMPLATES, mailSettings);
  }

  /** The dependencies for the workflows, reading time from the given clock. */
  public WorkflowDependencies dependencies(Clock clock, WorkflowSettings settings) {
    mailer.readTimeFrom(clock);
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
        probes,
        emails,
        tokenSecret,
        clock,
        settings);
  }

  /** The dependencies with default settings. */
  public WorkflowDependencies dependencies(Clock clock) {
    return dependencies(clock, WorkflowSettings.defaults());
  }

  /**
   * The dependencies with every port and the mailer wrapped by {@code faults}, for a {@link
   * io.github.handymanworkflows.test.faults.FaultSweep}. The health probes are measurements, not
   * ports, and are not wrapped: a probe that fails is a reading of "down".
   */
  public WorkflowDependencies dependencies(
      Clock clock, WorkflowSettings settings, FaultInjector faults) {
    mailer.readTimeFrom(clock);
    Emails faultyEmails =
        new Emails(faults.wrap(Mailer.class, "mailer", mailer), TEMPLATES, mailSettings);
    return new WorkflowDependencies(
        faults.wrap(UserRepository.class, "users", users),
        faults.wrap(HandymanRepository.class, "handymen", handymen),
        faults.wrap(JobRepository.class, "jobs", jobs),
        faults.wrap(ReviewRepository.class, "reviews", reviews),
        faults.wrap(TokenRepository.class, "tokens", tokens),
        faults.wrap(SessionRepository.class, "sessions", sessions),
        faults.wrap(ReportRepository.class, "reports", reports),
        faults.wrap(LoginAttemptTracker.class, "loginAttempts", loginAttempts),
        faults.wrap(HealthStateRepository.class, "healthStates", healthStates),
        faults.wrap(WorkflowLedger.class, "ledger", ledger),
        probes,
        faultyEmails,
        tokenSecret,
        clock,
        settings);
  }

  /**
   * Issues verification and reset tokens into this world's token store under its {@link
   * #tokenSecret}, as a host's auth code does: the events then carry the returned ids.
   */
  public TokenIssuer tokenIssuer(Clock clock) {
    return new TokenIssuer(tokens, tokenSecret, clock);
  }

  /**
   * Stores a token with a chosen id, derived under {@link #tokenSecret}, as {@link TokenIssuer}
   * would with a random id: for scenarios that name their tokens.
   */
  public IssuedToken issueToken(
      String tokenId, String userId, TokenKind kind, Instant issuedAt, Duration timeToLive) {
    TokenRecord token =
        TokenRecord.issue(
            tokenId,
            userId,
            kind,
            tokenSecret.rawToken(tokenId, userId, kind),
            issuedAt,
            timeToLive);
    tokens.save(token);
    return new IssuedToken(tokenId, token.expiresAt());
  }

  /** The raw token of a stored record, as the email carries it: for asserting on links. */
  public String rawToken(String tokenId) {
    return tokenSecret.rawToken(
        tokens
            .find(tokenId)
            .orElseThrow(() -> new IllegalArgumentException("no token " + tokenId)));
  }

  /** The emails delivered, as an outcome to which the adapter's state sections are added. */
  public Outcome.Builder outcome() {
    return Outcome.builder().mail(mailer);
  }
}
