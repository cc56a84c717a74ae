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

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;
import com.google.inject.name.Names;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.handyman.InMemoryHandymanRepository;
import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.health.InMemoryHealthStateRepository;
import io.github.handymanworkflows.job.InMemoryJobRepository;
import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.ledger.InMemoryWorkflowLedger;
import io.github.handymanworkflows.ledger.WorkflowLedger;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.mail.RecordingMailer;
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
import io.github.handymanworkflows.workflows.EmbeddedWorkflows;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.email.SendWelcomeEmail;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Guice 7 wires the whole library from the host's choices alone: one binding per port, the clock
 * and the app id. Settings, the email facade, the dependencies and the engine are built through
 * their {@code @Inject} constructors (Guice is told to accept no other), with no provider method.
 */
class GuiceWiringTest {

  static final class HostModule extends AbstractModule {
    final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T09:00:00Z"));

    @Override
    protected void configure() {
      binder().requireAtInjectOnConstructors();
      bind(Clock.class).toInstance(clock);
      bind(String.class)
          .annotatedWith(Names.named(EmbeddedWorkflows.APP_ID))
          .toInstance("guice-shop");
      bind(UserRepository.class).to(InMemoryUserRepository.class).in(Singleton.class);
      bind(HandymanRepository.class).to(InMemoryHandymanRepository.class).in(Singleton.class);
      bind(JobRepository.class).to(InMemoryJobRepository.class).in(Singleton.class);
      bind(ReviewRepository.class).to(InMemoryReviewRepository.class).in(Singleton.class);
      bind(TokenRepository.class).to(InMemoryTokenRepository.class).in(Singleton.class);
      bind(SessionRepository.class).to(InMemorySessionRepository.class).in(Singleton.class);
      bind(ReportRepository.class).to(InMemoryReportRepository.class).in(Singleton.class);
      bind(LoginAttemptTracker.class).to(InMemoryLoginAttemptTracker.class).in(Singleton.class);
      bind(HealthStateRepository.class).to(InMemoryHealthStateRepository.class).in(Singleton.class);
      bind(WorkflowLedger.class).to(InMemoryWorkflowLedger.class).in(Singleton.class);
      bind(TokenSecret.class).toInstance(TokenSecret.random());
      bind(Mailer.class).to(RecordingMailer.class).in(Singleton.class);
    }
  }

  @Test
  void wiresEveryWorkflowFromThePortBindingsAndRunsOne() {
    HostModule module = new HostModule();
    Injector injector = Guice.createInjector(module);
    EmbeddedWorkflows workflows = injector.getInstance(EmbeddedWorkflows.class);

    assertThat(workflows.engine().appId()).isEqualTo("guice-shop");
    assertThat(workflows.engine().functions())
        .containsKeys(
            HandymanWorkflows.all(workflows.dependencies()).stream()
                .map(f -> f.id())
                .toArray(String[]::new));
    assertThat(workflows.dependencies().users())
        .isSameAs(injector.getInstance(UserRepository.class));

    workflows
        .publisher()
        .publish(
            UserRegistered.TYPE.event(
                new UserRegistered("u_7", "gus@example.com", "Gus", null, Role.HANDYMAN)))
        .toCompletableFuture()
        .join();
    workflows.engine().runDue();

    assertThat(workflows.engine().runs(SendWelcomeEmail.FUNCTION_ID)).hasSize(1);
    RecordingMailer mailer = (RecordingMailer) injector.getInstance(Mailer.class);
    assertThat(mailer.sentTo("gus@example.com")).isNotEmpty();
  }
}
