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

import io.github.handymanworkflows.handyman.InMemoryHandymanRepository;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.InMemoryHealthStateRepository;
import io.github.handymanworkflows.job.InMemoryJobRepository;
import io.github.handymanworkflows.ledger.InMemoryWorkflowLedger;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.MailSettings;
import io.github.handymanworkflows.mail.RecordingMailer;
import io.github.handymanworkflows.report.InMemoryReportRepository;
import io.github.handymanworkflows.review.InMemoryReviewRepository;
import io.github.handymanworkflows.security.InMemoryLoginAttemptTracker;
import io.github.handymanworkflows.session.InMemorySessionRepository;
import io.github.handymanworkflows.test.faults.FaultInjector;
import io.github.handymanworkflows.test.faults.Outcome;
import io.github.handymanworkflows.token.InMemoryTokenRepository;
import io.github.handymanworkflows.token.IssuedToken;
import io.github.handymanworkflows.token.TokenIssuer;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenSecret;
import io.github.handymanworkflows.user.InMemoryUserRepository;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

  /** Once-ever email markers and scan cursors. */
  public final InMemoryWorkflowLedger ledger = new InMemoryWorkflowLedger();

  /**
   * The key the world's verification and reset tokens are derived from: the same in every world, so
   * two runs of a scenario mail the same links (a test key, never for production). Issue tokens
   * with {@link #tokenIssuer} or {@link #issueToken}, so the email workflows can derive them.
   */
  public final TokenSecret tokenSecret;

  /** Health probes; add to it before calling {@link #dependencies}. */
  public final List<HealthProbe> probes = new ArrayList<>();

  /**
   * Every email sent, with the providers' 24-hour idempotency window on the clock passed to {@link
   * #dependencies}.
   */
  public final RecordingMailer mailer;

  private final PortWorld ports;

  /** A world whose mailer forgets a key 24 hours after delivering it, as Resend does. */
  public InMemoryWorld() {
    this(RecordingMailer.DEFAULT_WINDOW);
  }

  /** A world whose mailer remembers keys for {@code mailIdempotencyWindow}. */
  public InMemoryWorld(Duration mailIdempotencyWindow) {
    mailer = new RecordingMailer(Clock.systemUTC(), mailIdempotencyWindow);
    ports =
        new PortWorld(
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
            mailer);
    tokenSecret = ports.tokenSecret;
    mailSettings = ports.mailSettings;
    emails = ports.emails;
  }

  /** The mail settings of the test marketplace. */
  public final MailSettings mailSettings;

  /** The email facade over the recording mailer. */
  public final Emails emails;

  /** This world's ports as interfaces, sharing its data, probes and mailer. */
  public PortWorld ports() {
    return ports;
  }

  /** The dependencies for the workflows, reading time from the given clock. */
  public WorkflowDependencies dependencies(Clock clock, WorkflowSettings settings) {
    return ports.dependencies(clock, settings);
  }

  /**
   * The dependencies with every port and the mailer wrapped by {@code faults}, for a {@link
   * io.github.handymanworkflows.test.faults.FaultSweep}. The health probes are measurements, not
   * ports, and are not wrapped: a probe that fails is a reading of "down".
   */
  public WorkflowDependencies dependencies(
      Clock clock, WorkflowSettings settings, FaultInjector faults) {
    return ports.dependencies(clock, settings, faults);
  }

  /**
   * Everything this world holds, for comparing two runs of a scenario: the state of every port and
   * every email delivered.
   */
  public Outcome.Builder outcome() {
    return Outcome.builder()
        .state("users", users)
        .state("handymen", handymen)
        .state("jobs", jobs)
        .state("reviews", reviews)
        .state("tokens", tokens)
        .state("sessions", sessions)
        .state("reports", reports)
        .state("loginAttempts", loginAttempts)
        .state("healthStates", healthStates)
        .state("ledger", ledger)
        .mail(mailer);
  }

  /**
   * Issues verification and reset tokens into this world's token store under its {@link
   * #tokenSecret}, as a host's auth code does: the events then carry the returned ids.
   */
  public TokenIssuer tokenIssuer(Clock clock) {
    return ports.tokenIssuer(clock);
  }

  /**
   * Stores a token with a chosen id, derived under {@link #tokenSecret}, as {@link TokenIssuer}
   * would with a random id: for scenarios that name their tokens.
   */
  public IssuedToken issueToken(
      String tokenId, String userId, TokenKind kind, Instant issuedAt, Duration timeToLive) {
    return ports.issueToken(tokenId, userId, kind, issuedAt, timeToLive);
  }

  /** The raw token of a stored record, as the email carries it: for asserting on links. */
  public String rawToken(String tokenId) {
    return ports.rawToken(tokenId);
  }

  /** The dependencies with default settings. */
  public WorkflowDependencies dependencies(Clock clock) {
    return dependencies(clock, WorkflowSettings.defaults());
  }
}
