package io.github.handymanworkflows.spring.boot.autoconfigure;

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.spring.boot.autoconfigure.actuate.HandymanWorkflowsEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code handymanworkflows} actuator endpoint when Actuator is present; expose it with {@code
 * management.endpoints.web.exposure.include=handymanworkflows}.
 */
@AutoConfiguration(
    after = {EmbeddedEngineAutoConfiguration.class, InngestEngineAutoConfiguration.class})
@ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnBean(WorkflowFunctions.class)
@ConditionalOnAvailableEndpoint(endpoint = HandymanWorkflowsEndpoint.class)
public class HandymanWorkflowsEndpointAutoConfiguration {

  /** Created by Spring. */
  public HandymanWorkflowsEndpointAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  HandymanWorkflowsEndpoint handymanWorkflowsEndpoint(
      WorkflowFunctions functions,
      ObjectProvider<EmbeddedEngine> engine,
      HandymanWorkflowsProperties properties) {
    return new HandymanWorkflowsEndpoint(
        functions, engine.getIfAvailable(), properties.getEmbedded().getRecentRuns());
  }
}
