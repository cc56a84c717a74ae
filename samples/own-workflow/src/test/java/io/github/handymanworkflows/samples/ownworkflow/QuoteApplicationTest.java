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
package io.github.handymanworkflows.samples.ownworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.EventPublisher;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The guide's workflow served by Spring Boot: a bean, and nothing else to register. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuoteApplicationTest {

  @TempDir static Path outbox;

  @DynamicPropertySource
  static void outbox(DynamicPropertyRegistry registry) {
    registry.add("handyman.workflows.mail.outbox-directory", outbox::toString);
  }

  @Autowired EventPublisher publisher;
  @Autowired EmbeddedEngine engine;

  @Test
  void aQuoteArrivingInTimeCompletesTheRun() throws Exception {
    assertThat(engine.appId()).isEqualTo("quote-shop");
    publisher
        .publish(QuoteRequested.TYPE.event(new QuoteRequested("q_9", "c_9", "h_9")))
        .toCompletableFuture()
        .join();
    assertThat(engine.awaitIdle(Duration.ofSeconds(60))).isTrue();
    publisher
        .publish(QuoteSent.TYPE.event(new QuoteSent("q_9", 9_900)))
        .toCompletableFuture()
        .join();
    assertThat(engine.awaitIdle(Duration.ofSeconds(60))).isTrue();

    RunRecord run = engine.runs(QuoteFollowUp.ID).get(0);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().asText()).isEqualTo("quoted");
  }
}
