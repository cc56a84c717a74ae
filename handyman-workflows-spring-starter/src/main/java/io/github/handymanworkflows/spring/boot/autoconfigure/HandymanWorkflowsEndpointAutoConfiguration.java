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
