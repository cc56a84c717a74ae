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
package io.github.handymanworkflows.spring.boot.autoconfigure.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.dashboard.Dashboard;
import io.github.handymanworkflows.spring.boot.autoconfigure.EmbeddedEngineAutoConfiguration;
import io.github.handymanworkflows.spring.boot.autoconfigure.EventIngestAutoConfiguration;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsAutoConfiguration;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsConfigurationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class DashboardAutoConfigurationTest {

  static final String ROUTE = "handymanWorkflowsDashboardRoute";
  static final AutoConfigurations CONFIG =
      AutoConfigurations.of(
          HandymanWorkflowsAutoConfiguration.class,
          EventIngestAutoConfiguration.class,
          EmbeddedEngineAutoConfiguration.class,
          DashboardAutoConfiguration.class);

  @TempDir Path outbox;

  WebApplicationContextRunner web() {
    return new WebApplicationContextRunner()
        .withConfiguration(CONFIG)
        .withPropertyValues("handyman.workflows.mail.outbox-directory=" + outbox);
  }

  @Test
  void isOffByDefault() {
    web()
        .withPropertyValues("server.address=127.0.0.1")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(ROUTE).doesNotHaveBean(Dashboard.class);
            });
  }

  @Test
  void servesTheDashboardWhenEnabledOnLoopback() {
    web()
        .withPropertyValues(
            "server.address=127.0.0.1",
            "handyman.workflows.dashboard.enabled=true",
            "handyman.workflows.dashboard.read-only=true")
        .run(
            context -> {
              assertThat(context).hasBean(ROUTE);
              assertThat(context.getBean(Dashboard.class).readOnly()).isTrue();
            });
  }

  @Test
  void refusesToServeItOnEveryInterfaceWithoutSpringSecurity() {
    web()
        .withPropertyValues("handyman.workflows.dashboard.enabled=true")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(HandymanWorkflowsConfigurationException.class)
                    .hasMessageContaining("handyman.workflows.dashboard.enabled")
                    .hasMessageContaining("Spring Security"));
  }

  @Test
  void servesItOffLoopbackWhenTheHostSaysItIsSecured() {
    web()
        .withPropertyValues(
            "server.address=0.0.0.0",
            "handyman.workflows.dashboard.enabled=true",
            "handyman.workflows.dashboard.host-secured=true")
        .run(context -> assertThat(context).hasBean(ROUTE));
  }

  @Test
  void servesNothingOutsideAWebApp() {
    new ApplicationContextRunner()
        .withConfiguration(CONFIG)
        .withPropertyValues(
            "handyman.workflows.mail.outbox-directory=" + outbox,
            "handyman.workflows.dashboard.enabled=true")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(ROUTE);
            });
  }
}
