package io.github.handymanworkflows.spring.boot.autoconfigure.actuate.boot3;

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.spring.boot.autoconfigure.EmbeddedEngineAutoConfiguration;
import io.github.handymanworkflows.spring.boot.autoconfigure.InngestEngineAutoConfiguration;
import io.github.handymanworkflows.spring.boot.autoconfigure.WorkflowFunctions;
import io.github.handymanworkflows.spring.boot.autoconfigure.actuate.WorkflowsHealth;
import io.github.handymanworkflows.spring.boot.autoconfigure.internal.EmbeddedEngineLifecycle;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code handymanWorkflows} health indicator on Spring Boot 3.5, where Actuator's health types
 * live in {@code org.springframework.boot.actuate.health}: the engine and every {@link HealthProbe}
 * bean. Turn it off with {@code management.health.handymanWorkflows.enabled=false}.
 *
 * <p>The published starter is built for Boot 4 and carries this class compiled against the Boot 3.5
 * Actuator API, so one jar serves both lines: on Boot 4 the class condition below fails and the
 * Boot 4 variant in the parent package takes over.
 */
@AutoConfiguration(
    after = {EmbeddedEngineAutoConfiguration.class, InngestEngineAutoConfiguration.class})
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(WorkflowFunctions.class)
@ConditionalOnEnabledHealthIndicator("handymanWorkflows")
public class HandymanWorkflowsHealthAutoConfiguration {

  /** Created by Spring. */
  public HandymanWorkflowsHealthAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean(name = "handymanWorkflowsHealthIndicator")
  HandymanWorkflowsHealthIndicator handymanWorkflowsHealthIndicator(
      WorkflowFunctions functions,
      ObjectProvider<EmbeddedEngine> engine,
      ObjectProvider<EmbeddedEngineLifecycle> lifecycle,
      ObjectProvider<InngestConfig> inngest,
      ObjectProvider<HealthProbe> probes) {
    EmbeddedEngineLifecycle running = lifecycle.getIfAvailable();
    return new HandymanWorkflowsHealthIndicator(
        new WorkflowsHealth(
            engine.getIfAvailable(),
            running == null ? null : running::isRunning,
            inngest.getIfAvailable(),
            probes.orderedStream().toList(),
            functions));
  }
}
