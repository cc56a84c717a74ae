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

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.ProbeResult;
import io.github.handymanworkflows.spring.boot.autoconfigure.actuate.HandymanWorkflowsEndpoint;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.WorkflowMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class MetricsAndActuatorTest {

  @TempDir Path outbox;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withConfiguration(AutoConfigurations.of(LineHealth.AUTO_CONFIGURATION))
        .withUserConfiguration(TestWorkflows.class)
        .withPropertyValues(
            "handyman.workflows.mail.outbox-directory=" + outbox,
            "management.endpoints.web.exposure.include=handymanworkflows");
  }

  @Test
  void countsRunsStepsEmailsAndPublishesInMicrometer() {
    runner()
        .withUserConfiguration(Registry.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              EventPublisher publisher = context.getBean(EventPublisher.class);
              publisher
                  .publish(
                      UserRegistered.TYPE.event(
                          new UserRegistered("u1", "ada@example.com", "Ada", null, Role.CUSTOMER)))
                  .toCompletableFuture()
                  .join();
              assertThat(context.getBean(EmbeddedEngine.class).awaitIdle(Duration.ofSeconds(10)))
                  .isTrue();
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              String fn = TestWorkflows.WELCOME;
              assertThat(
                      registry
                          .get("handyman.workflows.runs.started")
                          .tag("function", fn)
                          .counter()
                          .count())
                  .isEqualTo(1);
              assertThat(
                      registry
                          .get("handyman.workflows.runs.ended")
                          .tag("function", fn)
                          .tag("status", "completed")
                          .counter()
                          .count())
                  .isEqualTo(1);
              assertThat(
                      registry
                          .get("handyman.workflows.steps.duration")
                          .tag("function", fn)
                          .tag("step", "send-welcome")
                          .timer()
                          .count())
                  .isEqualTo(1);
              // The catalogue's welcome workflow sends the same email: its key makes it a
              // duplicate.
              assertThat(
                      registry
                          .get("handyman.workflows.emails.sent")
                          .tag("duplicate", "false")
                          .counter()
                          .count())
                  .isEqualTo(1);
              assertThat(
                      registry
                          .get("handyman.workflows.events.publish")
                          .tag("outcome", "success")
                          .timer()
                          .count())
                  .isEqualTo(1);
              try (var files = Files.list(outbox)) {
                assertThat(files.filter(f -> f.toString().endsWith(".eml"))).hasSize(1);
              }
            });
  }

  @Test
  void worksWithoutMicrometer() {
    runner()
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(WorkflowMetrics.class);
              assertThat(context).hasSingleBean(EmbeddedEngine.class);
            });
  }

  @Test
  void reportsHealthOfTheEngineAndEveryProbe() {
    runner()
        .withUserConfiguration(Probes.class)
        .run(
            context -> {
              var health = LineHealth.report(context);
              assertThat(health.status()).isEqualTo("DOWN");
              assertThat(health.details())
                  .containsEntry("engine", "embedded")
                  .containsEntry("engineRunning", true)
                  .containsKey("probes");
              @SuppressWarnings("unchecked")
              Map<String, Object> probes = (Map<String, Object>) health.details().get("probes");
              assertThat(probes).containsOnlyKeys("mongo", "redis");
            });
  }

  @Test
  void healthIsUpWithoutFailingProbes() {
    runner().run(context -> assertThat(LineHealth.report(context).status()).isEqualTo("UP"));
  }

  @Test
  void theEndpointListsFunctionsAndRecentRuns() {
    runner()
        .run(
            context -> {
              context
                  .getBean(EventPublisher.class)
                  .publish(
                      UserRegistered.TYPE.event(
                          new UserRegistered(
                              "u2", "bola@example.com", "Bola", null, Role.CUSTOMER)))
                  .toCompletableFuture()
                  .join();
              context.getBean(EmbeddedEngine.class).awaitIdle(Duration.ofSeconds(10));
              Map<String, Object> overview =
                  context.getBean(HandymanWorkflowsEndpoint.class).overview();
              assertThat(overview).containsEntry("engine", "embedded");
              @SuppressWarnings("unchecked")
              List<Map<String, Object>> runs =
                  (List<Map<String, Object>>) overview.get("recentRuns");
              Map<String, Object> run =
                  runs.stream()
                      .filter(r -> TestWorkflows.WELCOME.equals(r.get("functionId")))
                      .findFirst()
                      .orElseThrow();
              assertThat(run).containsEntry("status", "completed");
              String runId = (String) run.get("runId");
              assertThat(context.getBean(HandymanWorkflowsEndpoint.class).run(runId))
                  .containsKey("steps");
              assertThat(context.getBean(HandymanWorkflowsEndpoint.class).run("nope")).isNull();
            });
  }

  @Test
  void leavesOutActuatorPartsWhenActuatorIsAbsent() {
    runner()
        .withClassLoader(new FilteredClassLoader(Endpoint.class, LineHealth.INDICATOR_API))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(HandymanWorkflowsEndpoint.class);
              assertThat(context).doesNotHaveBean(LineHealth.INDICATOR);
              assertThat(context).hasSingleBean(EmbeddedEngine.class);
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class Registry {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Probes {
    @Bean
    HealthProbe mongoProbe() {
      return probe("mongo", ProbeResult.up("mongo", Duration.ofMillis(3)));
    }

    @Bean
    HealthProbe redisProbe() {
      return probe("redis", ProbeResult.down("redis", Duration.ofMillis(9), "ConnectException"));
    }

    private static HealthProbe probe(String name, ProbeResult result) {
      return new HealthProbe() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public ProbeResult check() {
          return result;
        }
      };
    }
  }
}
