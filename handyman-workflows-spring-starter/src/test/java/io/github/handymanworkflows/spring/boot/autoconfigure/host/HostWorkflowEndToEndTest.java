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
package io.github.handymanworkflows.spring.boot.autoconfigure.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.inngest.testing.InngestServerHarness;
import io.github.handymanworkflows.spring.boot.autoconfigure.host.HostGreetings.GreetingAnswered;
import io.github.handymanworkflows.spring.boot.autoconfigure.host.HostGreetings.UserGreeted;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * A host's bean on its own events runs end to end on both engines, with no registry of its own: the
 * starter derives the registry from the functions.
 */
class HostWorkflowEndToEndTest {

  private static final Duration IDLE = Duration.ofSeconds(60);

  @TempDir Path outbox;

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import(HostGreetings.class)
  static class HostApp {}

  private ConfigurableApplicationContext start(String... properties) {
    List<String> all = new ArrayList<>(List.of(properties));
    all.add("handyman.workflows.mail.outbox-directory=" + outbox);
    all.add("spring.application.name=greetings");
    all.add("server.port=0");
    all.add("server.address=127.0.0.1");
    return new SpringApplicationBuilder(HostApp.class).properties(all.toArray(String[]::new)).run();
  }

  @Test
  void runsOnTheEmbeddedEngine() throws Exception {
    try (ConfigurableApplicationContext app = start("handyman.workflows.engine=embedded")) {
      EventRegistry registry = app.getBean(EventRegistry.class);
      assertThat(registry.find(UserGreeted.TYPE.name())).contains(UserGreeted.TYPE);
      EmbeddedEngine engine = app.getBean(EmbeddedEngine.class);
      EventPublisher publisher = app.getBean(EventPublisher.class);

      publisher
          .publish(UserGreeted.TYPE.event(new UserGreeted("u_1", "Ada")))
          .toCompletableFuture()
          .join();
      assertThat(engine.awaitIdle(IDLE)).isTrue();
      publisher
          .publish(GreetingAnswered.TYPE.event(new GreetingAnswered("u_1", "hello back")))
          .toCompletableFuture()
          .join();
      assertThat(engine.awaitIdle(IDLE)).isTrue();

      RunRecord run = engine.runs(HostGreetings.ID).get(0);
      assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(run.output().asText()).isEqualTo("hello back");
      assertThat(app.getBean(HostGreetings.class).log)
          .containsExactly("greeted u_1", "u_1 answered hello back");
    }
  }

  @Test
  void runsOnInngestInDevMode() throws Exception {
    List<String> harnessLog = new ArrayList<>();
    try (InngestServerHarness inngest =
            InngestServerHarness.builder()
                .appId("greetings")
                .functions(List.of(HostGreetings.function(harnessLog)))
                .build();
        ConfigurableApplicationContext app =
            start(
                "handyman.workflows.engine=inngest",
                "INNGEST_DEV=1",
                "INNGEST_BASE_URL=" + inngest.baseUri())) {
      sync(app);
      EventPublisher publisher = app.getBean(EventPublisher.class);

      publisher
          .publish(UserGreeted.TYPE.event(new UserGreeted("u_2", "Bo")))
          .toCompletableFuture()
          .join();
      inngest.engine().runDue();
      publisher
          .publish(GreetingAnswered.TYPE.event(new GreetingAnswered("u_2", "hi")))
          .toCompletableFuture()
          .join();
      inngest.engine().runDue();

      RunRecord run = inngest.engine().runs(HostGreetings.ID).get(0);
      assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(run.output().asText()).isEqualTo("hi");
      // The code ran in the app, not in the harness.
      assertThat(app.getBean(HostGreetings.class).log)
          .containsExactly("greeted u_2", "u_2 answered hi");
      assertThat(harnessLog).isEmpty();
    }
  }

  @Test
  void aCronOverrideKeepsTheFunctionsDeclaredEvents() {
    try (ConfigurableApplicationContext app =
        start(
            "handyman.workflows.engine=embedded",
            "spring.main.web-application-type=none",
            "handyman.workflows.crons." + HostGreetings.NIGHTLY_ID + "=0 4 * * *")) {
      assertThat(app.getBean(EventRegistry.class).find(HostGreetings.Nudged.TYPE.name()))
          .contains(HostGreetings.Nudged.TYPE);
    }
  }

  /** Syncs the app, as the Dev Server does when it finds it. */
  private static void sync(ConfigurableApplicationContext app) throws Exception {
    String port = app.getEnvironment().getRequiredProperty("local.server.port");
    HttpResponse<String> synced =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/inngest"))
                    .PUT(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(synced.statusCode()).as("sync: %s", synced.body()).isEqualTo(200);
  }
}
