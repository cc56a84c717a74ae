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

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class ServeRoutesTest {

  static final String ROUTE = "handymanWorkflowsServeRoute";

  @TempDir Path outbox;

  @Test
  void mountsOnSpringMvcInAServletApp() {
    new WebApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withPropertyValues("handyman.workflows.mail.outbox-directory=" + outbox)
        .run(
            context ->
                assertThat(context.getBean(ROUTE))
                    .isInstanceOf(org.springframework.web.servlet.function.RouterFunction.class));
  }

  @Test
  void mountsOnWebFluxInAReactiveApp() {
    new ReactiveWebApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withPropertyValues("handyman.workflows.mail.outbox-directory=" + outbox)
        .run(
            context ->
                assertThat(context.getBean(ROUTE))
                    .isInstanceOf(
                        org.springframework.web.reactive.function.server.RouterFunction.class));
  }

  @Test
  void mountsNothingOutsideAWebApp() {
    new ApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withPropertyValues("handyman.workflows.mail.outbox-directory=" + outbox)
        .run(context -> assertThat(context).doesNotHaveBean(ROUTE));
  }

  @Test
  void mountsNothingWhenTurnedOff() {
    new WebApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withPropertyValues(
            "handyman.workflows.mail.outbox-directory=" + outbox,
            "handyman.workflows.serve.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(ROUTE));
  }

  @Test
  void mountsNothingWhenSpringMvcIsAbsent() {
    new WebApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withClassLoader(
            new FilteredClassLoader(org.springframework.web.servlet.function.RouterFunction.class))
        .withPropertyValues("handyman.workflows.mail.outbox-directory=" + outbox)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(ROUTE);
            });
  }
}
