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
package io.github.handymanworkflows.sample.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.RunHistory;
import io.github.handymanworkflows.handyman.InMemoryHandymanRepository;
import io.github.handymanworkflows.health.InMemoryHealthStateRepository;
import io.github.handymanworkflows.inngest.testing.InngestServerHarness;
import io.github.handymanworkflows.job.InMemoryJobRepository;
import io.github.handymanworkflows.ledger.InMemoryWorkflowLedger;
import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.MailSettings;
import io.github.handymanworkflows.mail.RecordingMailer;
import io.github.handymanworkflows.mail.TemplateRenderer;
import io.github.handymanworkflows.report.InMemoryReportRepository;
import io.github.handymanworkflows.review.InMemoryReviewRepository;
import io.github.handymanworkflows.security.InMemoryLoginAttemptTracker;
import io.github.handymanworkflows.session.InMemorySessionRepository;
import io.github.handymanworkflows.token.InMemoryTokenRepository;
import io.github.handymanworkflows.token.TokenSecret;
import io.github.handymanworkflows.user.InMemoryUserRepository;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same story with {@code handyman.workflows.engine=inngest}: a harness plays the Inngest server
 * (Dev Server mode), receives the app's events on {@code /e/{key}}, and runs every step by calling
 * the app's {@code /api/inngest} over HTTP, as Inngest would.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"handyman.workflows.engine=inngest", "INNGEST_DEV=1"})
@Import(StoryEvents.class)
class HandymanAppInngestStoryTest extends MarketplaceStoryTest {

  static final Path OUTBOX = tempOutbox();
  static final List<WorkflowFunction> FUNCTIONS = sameFunctionsAsTheApp();
  static final InngestServerHarness INNGEST =
      InngestServerHarness.builder()
          .appId("handyman-app")
          .registry(HandymanWorkflows.registry())
          .functions(FUNCTIONS)
          .build();

  static {
    INNGEST.engine().start(2);
  }

  @DynamicPropertySource
  static void inngest(DynamicPropertyRegistry registry) {
    registry.add("INNGEST_BASE_URL", () -> INNGEST.baseUri().toString());
    registry.add("handyman.workflows.mail.outbox-directory", OUTBOX::toString);
  }

  @AfterAll
  static void stopHarness() {
    INNGEST.close();
  }

  /** Syncs the app, as the Dev Server does when it finds it: the harness learns the serve URL. */
  @BeforeEach
  void sync() {
    if (INNGEST.serveUrl().isEmpty()) {
      Http.Answer synced = http.put("/api/inngest", "", null);
      assertThat(synced.status()).as("sync: %s", synced.body()).isEqualTo(200);
      assertThat(INNGEST.serveUrl()).isPresent();
    }
  }

  @Override
  RunHistory history() {
    return INNGEST.engine();
  }

  @Override
  Collection<WorkflowFunction> functions() {
    return FUNCTIONS;
  }

  @Override
  Path outbox() {
    return OUTBOX;
  }

  /**
   * The harness needs the app's function definitions (ids, triggers, flow control); their code runs
   * only in the app, so these are built over throwaway in-memory ports.
   */
  private static List<WorkflowFunction> sameFunctionsAsTheApp() {
    WorkflowDependencies unused =
        new WorkflowDependencies(
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
            new Emails(
                new RecordingMailer(),
                new TemplateRenderer(),
                MailSettings.builder()
                    .from(Address.of("no-reply@handyman.example", "Handyman"))
                    .brandName("Handyman")
                    .supportEmail("support@handyman.example")
                    .frontendBaseUrl("http://localhost:3000")
                    .build()),
            TokenSecret.random(),
            Clock.systemUTC(),
            WorkflowSettings.defaults().withZone(ZoneId.of("Africa/Lagos")));
    List<WorkflowFunction> all = new ArrayList<>(HandymanWorkflows.all(unused));
    StoryEvents story = new StoryEvents();
    all.add(story.storyLog());
    return List.copyOf(all);
  }
}
