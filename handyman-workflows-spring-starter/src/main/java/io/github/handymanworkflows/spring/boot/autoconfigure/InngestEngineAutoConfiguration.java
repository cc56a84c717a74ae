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

import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.inngest.InngestApp;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.InngestTransport;
import io.github.handymanworkflows.inngest.JdkInngestTransport;
import io.github.handymanworkflows.spring.boot.autoconfigure.internal.InngestSettings;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.MeteredEventPublisher;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.WorkflowMetrics;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.InngestServeEndpoint;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.ServeEndpoint;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * Inngest ({@code handyman.workflows.engine=inngest}): Inngest runs the functions by calling the
 * serve endpoint; events go to Inngest's event API. Reads the standard {@code INNGEST_*} variables,
 * each overridden by its {@code handyman.workflows.inngest.*} property; cloud mode without a
 * signing key refuses to start.
 */
@AutoConfiguration(after = HandymanWorkflowsAutoConfiguration.class)
@ConditionalOnProperty(prefix = "handyman.workflows", name = "engine", havingValue = "inngest")
public class InngestEngineAutoConfiguration {

  private static final Logger LOGGER =
      LoggerFactory.getLogger(InngestEngineAutoConfiguration.class);

  /** Created by Spring. */
  public InngestEngineAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  InngestConfig handymanWorkflowsInngestConfig(
      HandymanWorkflowsProperties properties, Environment environment) {
    InngestConfig config = InngestSettings.config(properties, environment::getProperty);
    LOGGER.info("Inngest engine: {}", config);
    return config;
  }

  @Bean
  @ConditionalOnMissingBean
  InngestTransport handymanWorkflowsInngestTransport() {
    return new JdkInngestTransport();
  }

  @Bean
  @ConditionalOnMissingBean
  InngestApp handymanWorkflowsInngestApp(
      InngestConfig config,
      EventRegistry registry,
      WorkflowFunctions functions,
      InngestTransport transport,
      Clock clock) {
    return InngestApp.builder(config)
        .codec(new EventCodec(registry))
        .functions(functions.functions())
        .transport(transport)
        .clock(clock)
        .build();
  }

  /** Sends events to Inngest's event API, measured. */
  @Bean
  @Primary
  @ConditionalOnMissingBean(EventPublisher.class)
  EventPublisher handymanWorkflowsEventPublisher(
      InngestApp app, ObjectProvider<WorkflowMetrics> metrics) {
    return new MeteredEventPublisher(
        app.publisher(), metrics.getIfAvailable(() -> WorkflowMetrics.NOOP));
  }

  @Bean
  @ConditionalOnMissingBean
  ServeEndpoint handymanWorkflowsServeEndpoint(
      InngestApp app, ObjectProvider<WorkflowMetrics> metrics) {
    return new InngestServeEndpoint(
        app.handler(), metrics.getIfAvailable(() -> WorkflowMetrics.NOOP));
  }
}
