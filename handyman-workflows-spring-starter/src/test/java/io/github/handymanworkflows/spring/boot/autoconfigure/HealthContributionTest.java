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
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The starter as a host app gets it: every auto-configuration listed in the jar's imports file,
 * chosen by Boot itself. The jar carries a health auto-configuration per Boot line; run on Boot 4
 * (default build) and on Boot 3.5 ({@code -Pboot3}), exactly the one for the running line applies.
 */
class HealthContributionTest {

  @TempDir Path outbox;

  @Test
  void contributesOneHealthIndicatorOfThisBootLinesType() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(HostApp.class)
            .web(WebApplicationType.NONE)
            .run(
                "--spring.main.banner-mode=off",
                "--handyman.workflows.mail.outbox-directory=" + outbox)) {
      assertThat(context.getBeansOfType(LineHealth.INDICATOR_API))
          .containsKey("handymanWorkflowsHealthIndicator");
      assertThat(context.getBean("handymanWorkflowsHealthIndicator"))
          .isInstanceOf(LineHealth.INDICATOR);
      assertThat(LineHealth.report(context).status()).isEqualTo("UP");
    }
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import(TestWorkflows.class)
  static class HostApp {}
}
