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

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.inngest.InngestApp;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.mail.OutboxMailer;
import io.github.handymanworkflows.mail.RecordingMailer;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.MeteredEventPublisher;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.EmbeddedServeEndpoint;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.InngestServeEndpoint;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.ServeEndpoint;
import io.github.handymanworkflows.user.InMemoryUserRepository;
import io.github.handymanworkflows.user.UserRepository;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

class HandymanWorkflowsAutoConfigurationTest {

  static final AutoConfigurations ALL =
      AutoConfigurations.of(
          HandymanWorkflowsMetricsAutoConfiguration.class,
          HandymanWorkflowsAutoConfiguration.class,
          EventIngestAutoConfiguration.class,
          EmbeddedEngineAutoConfiguration.class,
          InngestEngineAutoConfiguration.class,
          ServeEndpointAutoConfiguration.class,
          HandymanWorkflowsEndpointAutoConfiguration.class);

  @TempDir Path outbox;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(ALL)
        .withPropertyValues("handyman.workflows.mail.outbox-directory=" + outbox);
  }

  @Test
  void defaultsToTheEmbeddedEngineWithInMemoryPortsAndTheOutbox() {
    runner()
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(EmbeddedEngine.class);
              assertThat(context).doesNotHaveBean(InngestApp.class);
              assertThat(context.getBean(UserRepository.class))
                  .isInstanceOf(InMemoryUserRepository.class);
              assertThat(context.getBean(Mailer.class)).isInstanceOf(OutboxMailer.class);
              assertThat(((OutboxMailer) context.getBean(Mailer.class)).directory())
                  .isEqualTo(outbox);
              assertThat(context.getBean(EventPublisher.class))
                  .isInstanceOf(MeteredEventPublisher.class);
              assertThat(((MeteredEventPublisher) context.getBean(EventPublisher.class)).delegate())
                  .isSameAs(context.getBean(EmbeddedEngine.class));
              assertThat(context.getBean(ServeEndpoint.class))
                  .isInstanceOf(EmbeddedServeEndpoint.class);
              assertThat(context.getBean(WorkflowSettings.class))
                  .isEqualTo(WorkflowSettings.defaults());
            });
  }

  @Test
  void hostBeansWinOverTheDefaults() {
    runner()
        .withUserConfiguration(HostPorts.class)
        .run(
            context -> {
              assertThat(context.getBean(UserRepository.class))
                  .isSameAs(context.getBean(HostPorts.class).users);
              assertThat(context.getBean(Mailer.class)).isInstanceOf(RecordingMailer.class);
              assertThat(context).getBeans(UserRepository.class).hasSize(1);
            });
  }

  @Test
  void hostEventPublisherWinsOverTheEngine() {
    runner()
        .withUserConfiguration(HostPublisher.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(EmbeddedEngine.class);
              assertThat(context).doesNotHaveBean("handymanWorkflowsEventPublisher");
              assertThat(context.getBean(EventPublisher.class)).isSameAs(HostPublisher.PUBLISHER);
            });
  }

  @Test
  void hostWorkflowFunctionBeansJoinTheEngine() {
    runner()
        .withUserConfiguration(TestWorkflows.class)
        .run(
            context ->
                assertThat(context.getBean(EmbeddedEngine.class).functions())
                    .containsKeys(TestWorkflows.WELCOME, TestWorkflows.NIGHTLY));
  }

  @Test
  void selectsInngestByPropertyAndReadsTheStandardVariables() {
    runner()
        .withPropertyValues(
            "handyman.workflows.engine=inngest",
            "INNGEST_DEV=1",
            "INNGEST_APP_ID=from-env",
            "INNGEST_EVENT_KEY=env-key")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(EmbeddedEngine.class);
              assertThat(context).hasSingleBean(InngestApp.class);
              InngestConfig config = context.getBean(InngestConfig.class);
              assertThat(config.isDev()).isTrue();
              assertThat(config.appId()).isEqualTo("from-env");
              assertThat(config.eventKey()).contains("env-key");
              assertThat(config.framework()).isEqualTo("springboot");
              assertThat(context.getBean(ServeEndpoint.class))
                  .isInstanceOf(InngestServeEndpoint.class);
              assertThat(((MeteredEventPublisher) context.getBean(EventPublisher.class)).delegate())
                  .isSameAs(context.getBean(InngestApp.class).publisher());
            });
  }

  @Test
  void derivesTheAppIdFromTheApplicationNameOnBothEngines() {
    runner()
        .withPropertyValues(
            "spring.application.name=host-shop",
            "handyman.workflows.engine=inngest",
            "INNGEST_DEV=1")
        .run(
            context ->
                assertThat(context.getBean(InngestConfig.class).appId()).isEqualTo("host-shop"));
    runner()
        .withPropertyValues("spring.application.name=host-shop")
        .run(
            context ->
                assertThat(context.getBean(EmbeddedEngine.class).appId()).isEqualTo("host-shop"));
  }

  @Test
  void propertiesOverrideTheInngestVariables() {
    runner()
        .withPropertyValues(
            "handyman.workflows.engine=INNGEST",
            "INNGEST_DEV=1",
            "INNGEST_EVENT_KEY=env-key",
            "INNGEST_APP_ID=from-env",
            "handyman.workflows.app-id=from-property",
            "handyman.workflows.inngest.event-key=property-key",
            "handyman.workflows.inngest.dev=http://127.0.0.1:9999")
        .run(
            context -> {
              InngestConfig config = context.getBean(InngestConfig.class);
              assertThat(config.appId()).isEqualTo("from-property");
              assertThat(config.eventKey()).contains("property-key");
              assertThat(config.apiBaseUrl().toString()).isEqualTo("http://127.0.0.1:9999");
            });
  }

  @Test
  void cronOverrideReplacesTheScheduleInTheBusinessZone() {
    runner()
        .withUserConfiguration(TestWorkflows.class)
        .withPropertyValues(
            "handyman.workflows.zone=Africa/Lagos",
            "handyman.workflows.crons." + TestWorkflows.NIGHTLY + "=30 4 * * *")
        .run(
            context -> {
              WorkflowFunction nightly =
                  context.getBean(EmbeddedEngine.class).functions().get(TestWorkflows.NIGHTLY);
              assertThat(nightly.triggers())
                  .containsExactly(new Trigger.OnCron("TZ=Africa/Lagos 30 4 * * *"));
              assertThat(nightly.retries()).isEqualTo(1);
              assertThat(context.getBean(WorkflowSettings.class).zone())
                  .isEqualTo(ZoneId.of("Africa/Lagos"));
            });
  }

  @Test
  void settingsComeFromProperties() {
    runner()
        .withPropertyValues(
            "handyman.workflows.lockout.max-failures=3",
            "handyman.workflows.matching.accept-window=30m",
            "handyman.workflows.page-size=10")
        .run(
            context -> {
              WorkflowSettings settings = context.getBean(WorkflowSettings.class);
              assertThat(settings.lockout().maxFailures()).isEqualTo(3);
              assertThat(settings.acceptWindow()).isEqualTo(Duration.ofMinutes(30));
              assertThat(settings.pageSize()).isEqualTo(10);
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class HostPorts {
    final InMemoryUserRepository users = new InMemoryUserRepository();

    @Bean
    UserRepository hostUsers() {
      return users;
    }

    @Bean
    Mailer hostMailer() {
      return new RecordingMailer();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HostPublisher {
    static final EventPublisher PUBLISHER =
        events -> java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException());

    // Primary, because the embedded engine is an EventPublisher too.
    @Bean
    @Primary
    EventPublisher hostPublisher() {
      return PUBLISHER;
    }
  }
}
