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
