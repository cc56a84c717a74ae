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
package io.github.handymanworkflows.workflows;

import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.ledger.WorkflowLedger;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.report.ReportRepository;
import io.github.handymanworkflows.review.ReviewRepository;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.token.TokenRepository;
import io.github.handymanworkflows.token.TokenSecret;
import io.github.handymanworkflows.user.UserRepository;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Everything the workflows talk to: the ports (in-memory by default, a host's own or an adapter's
 * otherwise), the email facade, the clock and the settings.
 *
 * @param users user accounts
 * @param handymen handyman marketplace state
 * @param jobs jobs
 * @param reviews reviews
 * @param tokens verification, reset and refresh tokens (hashed)
 * @param sessions session metadata
 * @param reports analytics snapshots
 * @param loginAttempts failed-login tracking
 * @param healthStates last known status per health probe
 * @param ledger once-ever email markers and scan cursors
 * @param probes the health probes the health check measures
 * @param emails renders and sends every email
 * @param tokenSecret derives the raw verification and reset tokens inside the email steps
 * @param clock read inside steps only
 * @param settings tunable behaviour
 */
public record WorkflowDependencies(
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
    Emails emails,
    TokenSecret tokenSecret,
    Clock clock,
    WorkflowSettings settings) {

  /** Checks that nothing is missing. */
  public WorkflowDependencies {
    Objects.requireNonNull(users, "users must not be null");
    Objects.requireNonNull(handymen, "handymen must not be null");
    Objects.requireNonNull(jobs, "jobs must not be null");
    Objects.requireNonNull(reviews, "reviews must not be null");
    Objects.requireNonNull(tokens, "tokens must not be null");
    Objects.requireNonNull(sessions, "sessions must not be null");
    Objects.requireNonNull(reports, "reports must not be null");
    Objects.requireNonNull(loginAttempts, "loginAttempts must not be null");
    Objects.requireNonNull(healthStates, "healthStates must not be null");
    Objects.requireNonNull(ledger, "ledger must not be null");
    probes = List.copyOf(Objects.requireNonNull(probes, "probes must not be null"));
    Objects.requireNonNull(emails, "emails must not be null");
    Objects.requireNonNull(tokenSecret, "tokenSecret must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(settings, "settings must not be null");
  }

  /**
   * The dependencies with no health probes (add them with {@link #withProbes}), for a
   * dependency-injection container: it builds this from the host's bindings of the ports, the email
   * facade, the token secret, the clock and the settings.
   */
  @Inject
  public WorkflowDependencies(
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
      Emails emails,
      TokenSecret tokenSecret,
      Clock clock,
      WorkflowSettings settings) {
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
        List.of(),
        emails,
        tokenSecret,
        clock,
        settings);
  }

  /** A copy with the given health probes. */
  public WorkflowDependencies withProbes(List<HealthProbe> value) {
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
        value,
        emails,
        tokenSecret,
        clock,
        settings);
  }
}
