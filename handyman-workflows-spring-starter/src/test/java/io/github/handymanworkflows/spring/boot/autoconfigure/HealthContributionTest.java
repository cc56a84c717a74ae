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
