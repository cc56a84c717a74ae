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

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.workflows.EmbeddedWorkflows;
import io.github.handymanworkflows.workflows.email.SendWelcomeEmail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedSampleTest {

  @TempDir Path outbox;

  @Test
  void aRegisteredUserGetsTheirWelcomeEmailInTheOutbox() throws Exception {
    try (EmbeddedWorkflows workflows =
        EmbeddedSample.start(Map.of("MAIL_OUTBOX_DIR", outbox.toString(), "APP_ID", "plain"))) {
      assertThat(workflows.engine().appId()).isEqualTo("plain");
      workflows
          .publisher()
          .publish(
              UserRegistered.TYPE.event(
                  new UserRegistered("u_1", "ada@example.com", "Ada", null, Role.CUSTOMER)))
          .toCompletableFuture()
          .join();
      assertThat(workflows.engine().awaitIdle(Duration.ofSeconds(60))).isTrue();

      assertThat(workflows.engine().runs(SendWelcomeEmail.FUNCTION_ID))
          .singleElement()
          .extracting(r -> r.status())
          .isEqualTo(RunStatus.COMPLETED);
      List<Path> emails;
      try (Stream<Path> files = Files.list(outbox)) {
        emails = files.filter(f -> f.toString().endsWith(".eml")).toList();
      }
      assertThat(emails).isNotEmpty();
      assertThat(emails)
          .anySatisfy(f -> assertThat(Files.readString(f)).contains("ada@example.com"));
    }
  }
}
