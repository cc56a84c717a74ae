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

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.event.EventPublisher;
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
import io.github.handymanworkflows.token.InMemoryTokenRepository;
import io.github.handymanworkflows.token.TokenRepository;
import io.github.handymanworkflows.token.TokenSecret;
import io.github.handymanworkflows.user.InMemoryUserRepository;
import io.github.handymanworkflows.user.UserRepository;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marketplace's workflows on the embedded engine, wired in a few lines for a plain Java app:
 * every port in memory unless the host passes its own, emails written to {@code ./outbox} with
 * {@linkplain MailSettings#defaults() default settings} unless the host passes a mailer and
 * settings, and the host's own functions beside the marketplace's.
 *
 * <pre>{@code
 * try (EmbeddedWorkflows workflows = EmbeddedWorkflows.builder("my-shop")
 *     .users(myUserRepository)
 *     .functions(deps -> List.of(MyWorkflow.function(deps.emails())))
 *     .build()) {
 *   workflows.start(2);
 *   workflows.publisher().publish(UserRegistered.TYPE.event(...));
 * }
 * }</pre>
 *
 * <p>In-memory stores and runs are lost on restart; a warning at startup says which.
 */
public final class EmbeddedWorkflows implements AutoCloseable {

  /** The name a dependency-injection container binds the app id under. */
  public static final String APP_ID = "handyman.workflows.app-id";

  private static final Logger LOGGER = LoggerFactory.getLogger(EmbeddedWorkflows.class);

  private final WorkflowDependencies dependencies;
  private final EmbeddedEngine engine;

  /**
   * The marketplace's workflows over the dependencies, on an in-memory run store: what a
   * dependency-injection container builds from the host's bindings and the app id.
   */
  @Inject
  public EmbeddedWorkflows(WorkflowDependencies dependencies, @Named(APP_ID) String appId) {
    this(builder(appId).dependencies(dependencies));
  }

  private EmbeddedWorkflows(Builder b) {
    this.dependencies = b.dependencies();
    List<WorkflowFunction> functions = new ArrayList<>(HandymanWorkflows.all(dependencies));
    for (Function<WorkflowDependencies, List<WorkflowFunction>> extra : b.functions) {
      functions.addAll(extra.apply(dependencies));
    }
    this.engine =
        EmbeddedEngine.builder()
            .appId(b.appId)
            .clock(dependencies.clock())
            .registry(b.registry)
            .store(b.store)
            .functions(functions)
            .build();
    List<String> inMemory = b.inMemory();
    if (!inMemory.isEmpty()) {
      LOGGER.warn(
          "app '{}': {} kept in memory and lost on restart; pass your own to"
              + " EmbeddedWorkflows.builder()",
          b.appId,
          String.join(", ", inMemory));
    }
  }

  /**
   * Starts building; the app id prefixes every function id and names the app in logs.
   *
   * @param appId letters, digits, dashes and dots, unique among your apps
   */
  public static Builder builder(String appId) {
    return new Builder(appId);
  }

  /** The engine: history, manual driving ({@code runDue}, {@code advance}) and ingest. */
  public EmbeddedEngine engine() {
    return engine;
  }

  /** Where the host publishes its events: the engine. */
  public EventPublisher publisher() {
    return engine;
  }

  /** The ports, email facade, clock and settings the workflows run on. */
  public WorkflowDependencies dependencies() {
    return dependencies;
  }

  /** Starts the engine's workers; until then the engine runs only when driven. */
  public void start(int workers) {
    engine.start(workers);
  }

  /** Stops the workers, letting work in progress finish. */
  @Override
  public void close() {
    engine.close();
  }

  /** Builds {@link EmbeddedWorkflows}; every setting has a default. */
  public static final class Builder {
    private final String appId;
    private Clock clock = Clock.systemUTC();
    private @Nullable WorkflowDependencies given;
    private @Nullable UserRepository users;
    private @Nullable HandymanRepository handymen;
    private @Nullable JobRepository jobs;
    private @Nullable ReviewRepository reviews;
    private @Nullable TokenRepository tokens;
    private @Nullable SessionRepository sessions;
    private @Nullable ReportRepository reports;
    private @Nullable LoginAttemptTracker loginAttempts;
    private @Nullable HealthStateRepository healthStates;
    private @Nullable WorkflowLedger ledger;
    private @Nullable TokenSecret tokenSecret;
    private List<HealthProbe> probes = List.of();
    private @Nullable Mailer mailer;
    private MailSettings mailSettings = MailSettings.defaults();
    private TemplateRenderer renderer = new TemplateRenderer();
    private WorkflowSettings settings = WorkflowSettings.defaults();
    private EventRegistry registry = HandymanWorkflows.registry();
    private EngineStore store = new InMemoryEngineStore();
    private boolean storeGiven;
    private final List<Function<WorkflowDependencies, List<WorkflowFunction>>> functions =
        new ArrayList<>();

    private Builder(String appId) {
      Objects.requireNonNull(appId, "appId must not be null");
      if (appId.isBlank()) {
        throw new IllegalArgumentException("appId must not be blank");
      }
      this.appId = appId;
    }

    /** The clock steps read and the engine schedules by (default: UTC system time). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock must not be null");
      return this;
    }

    /** Every dependency at once; the single-port setters below are then ignored. */
    public Builder dependencies(WorkflowDependencies value) {
      this.given = Objects.requireNonNull(value, "dependencies must not be null");
      return this;
    }

    /** User accounts (default: in memory). */
    public Builder users(UserRepository value) {
      this.users = Objects.requireNonNull(value, "users must not be null");
      return this;
    }

    /** Handymen (default: in memory). */
    public Builder handymen(HandymanRepository value) {
      this.handymen = Objects.requireNonNull(value, "handymen must not be null");
      return this;
    }

    /** Jobs (default: in memory). */
    public Builder jobs(JobRepository value) {
      this.jobs = Objects.requireNonNull(value, "jobs must not be null");
      return this;
    }

    /** Reviews (default: in memory). */
    public Builder reviews(ReviewRepository value) {
      this.reviews = Objects.requireNonNull(value, "reviews must not be null");
      return this;
    }

    /** Tokens (default: in memory). */
    public Builder tokens(TokenRepository value) {
      this.tokens = Objects.requireNonNull(value, "tokens must not be null");
      return this;
    }

    /** Sessions (default: in memory). */
    public Builder sessions(SessionRepository value) {
      this.sessions = Objects.requireNonNull(value, "sessions must not be null");
      return this;
    }

    /** Analytics reports (default: in memory). */
    public Builder reports(ReportRepository value) {
      this.reports = Objects.requireNonNull(value, "reports must not be null");
      return this;
    }

    /** Failed-login tracking (default: in memory). */
    public Builder loginAttempts(LoginAttemptTracker value) {
      this.loginAttempts = Objects.requireNonNull(value, "loginAttempts must not be null");
      return this;
    }

    /** Last known health per probe (default: in memory). */
    public Builder healthStates(HealthStateRepository value) {
      this.healthStates = Objects.requireNonNull(value, "healthStates must not be null");
      return this;
    }

    /** Once-ever email markers and scan cursors (default: in memory). */
    public Builder ledger(WorkflowLedger value) {
      this.ledger = Objects.requireNonNull(value, "ledger must not be null");
      return this;
    }

    /**
     * The key the verification and reset tokens are derived from; the host's {@link
     * io.github.handymanworkflows.token.TokenIssuer} must use the same. Required when the tokens
     * are stored outside memory; with in-memory tokens the default is a random key, which dies with
     * the process like the tokens do.
     */
    public Builder tokenSecret(TokenSecret value) {
      this.tokenSecret = Objects.requireNonNull(value, "tokenSecret must not be null");
      return this;
    }

    /** The probes the health workflow measures (default: none). */
    public Builder probes(List<HealthProbe> value) {
      this.probes = List.copyOf(Objects.requireNonNull(value, "probes must not be null"));
      return this;
    }

    /** The mailer (default: an {@link OutboxMailer} in {@code ./outbox}). */
    public Builder mailer(Mailer value) {
      this.mailer = Objects.requireNonNull(value, "mailer must not be null");
      return this;
    }

    /** Sender, brand and links of every email (default: {@link MailSettings#defaults()}). */
    public Builder mailSettings(MailSettings value) {
      this.mailSettings = Objects.requireNonNull(value, "mailSettings must not be null");
      return this;
    }

    /** The template renderer, for overridden templates (default: the bundled templates). */
    public Builder templates(TemplateRenderer value) {
      this.renderer = Objects.requireNonNull(value, "templates must not be null");
      return this;
    }

    /** Tunable behaviour (default: {@link WorkflowSettings#defaults()}). */
    public Builder settings(WorkflowSettings value) {
      this.settings = Objects.requireNonNull(value, "settings must not be null");
      return this;
    }

    /**
     * Event types beyond those the functions declare (default: the catalogue and the workflows' own
     * events), so events no function consumes are still validated when published.
     */
    public Builder registry(EventRegistry value) {
      this.registry = Objects.requireNonNull(value, "registry must not be null");
      return this;
    }

    /** Where the engine keeps its state: runs, due work, waits, keys (default: in memory). */
    public Builder store(EngineStore value) {
      this.store = Objects.requireNonNull(value, "store must not be null");
      this.storeGiven = true;
      return this;
    }

    /** Adds the host's own functions. */
    public Builder functions(WorkflowFunction... more) {
      List<WorkflowFunction> copy = List.of(more);
      functions.add(deps -> copy);
      return this;
    }

    /** Adds the host's own functions, built on the same dependencies as the marketplace's. */
    public Builder functions(Function<WorkflowDependencies, List<WorkflowFunction>> factory) {
      functions.add(Objects.requireNonNull(factory, "factory must not be null"));
      return this;
    }

    /**
     * Builds the engine (not started: call {@link EmbeddedWorkflows#start(int)} or drive it).
     *
     * @throws IllegalArgumentException naming the function and the event when two declare an event
     *     name with different payload records
     */
    public EmbeddedWorkflows build() {
      return new EmbeddedWorkflows(this);
    }

    private WorkflowDependencies dependencies() {
      if (given != null) {
        return given;
      }
      return new WorkflowDependencies(
          users != null ? users : new InMemoryUserRepository(),
          handymen != null ? handymen : new InMemoryHandymanRepository(),
          jobs != null ? jobs : new InMemoryJobRepository(),
          reviews != null ? reviews : new InMemoryReviewRepository(),
          tokens != null ? tokens : new InMemoryTokenRepository(),
          sessions != null ? sessions : new InMemorySessionRepository(),
          reports != null ? reports : new InMemoryReportRepository(),
          loginAttempts != null ? loginAttempts : new InMemoryLoginAttemptTracker(),
          healthStates != null ? healthStates : new InMemoryHealthStateRepository(),
          ledger != null ? ledger : new InMemoryWorkflowLedger(),
          probes,
          new Emails(mailer != null ? mailer : new OutboxMailer(clock), renderer, mailSettings),
          tokenSecret(),
          clock,
          settings);
    }

    private TokenSecret tokenSecret() {
      if (tokenSecret != null) {
        return tokenSecret;
      }
      if (tokens != null) {
        throw new IllegalStateException(
            "a token secret is required when tokens are stored outside memory: pass"
                + " EmbeddedWorkflows.builder().tokenSecret(TokenSecret.of(...)), the same key the"
                + " host's TokenIssuer uses (see docs/tokens.md)");
      }
      return TokenSecret.random();
    }

    private List<String> inMemory() {
      List<String> names = new ArrayList<>();
      if (!storeGiven) {
        names.add("runs");
      }
      if (given == null) {
        addIfNull(names, users, "users");
        addIfNull(names, handymen, "handymen");
        addIfNull(names, jobs, "jobs");
        addIfNull(names, reviews, "reviews");
        addIfNull(names, tokens, "tokens");
        addIfNull(names, sessions, "sessions");
        addIfNull(names, reports, "reports");
        addIfNull(names, loginAttempts, "login attempts");
        addIfNull(names, healthStates, "health states");
        addIfNull(names, ledger, "workflow ledger");
      }
      return names;
    }

    private static void addIfNull(List<String> names, @Nullable Object port, String name) {
      if (port == null) {
        names.add(name);
      }
    }
  }
}
