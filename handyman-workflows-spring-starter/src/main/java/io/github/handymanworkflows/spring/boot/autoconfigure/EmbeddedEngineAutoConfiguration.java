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
import io.github.handymanworkflows.engine.EmbeddedEngineBuilder;
import io.github.handymanworkflows.engine.EngineLease;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.execution.ExecutionCore;
import io.github.handymanworkflows.spring.boot.autoconfigure.internal.AppIds;
import io.github.handymanworkflows.spring.boot.autoconfigure.internal.EmbeddedEngineLifecycle;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.MeteredEngineStore;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.MeteredEventPublisher;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.TimedCallExecutor;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.WorkflowMetrics;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.EmbeddedServeEndpoint;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.EventIngestPolicy;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.ServeEndpoint;
import io.github.handymanworkflows.workflow.DerivedRegistry;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The embedded engine ({@code handyman.workflows.engine=embedded}, the default): runs every
 * function in-process, started and stopped with the application context.
 */
@AutoConfiguration(after = HandymanWorkflowsAutoConfiguration.class)
@ConditionalOnProperty(
    prefix = "handyman.workflows",
    name = "engine",
    havingValue = "embedded",
    matchIfMissing = true)
public class EmbeddedEngineAutoConfiguration {

  /** Created by Spring. */
  public EmbeddedEngineAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  EngineStore handymanWorkflowsEngineStore() {
    return new InMemoryEngineStore();
  }

  /**
   * The engine. With metrics, its run store and calls are decorated to count runs and time steps;
   * the engine's behaviour is the same.
   */
  @Bean
  @ConditionalOnMissingBean
  EmbeddedEngine handymanWorkflowsEmbeddedEngine(
      HandymanWorkflowsProperties properties,
      Environment environment,
      Clock clock,
      EventRegistry registry,
      WorkflowFunctions functions,
      EngineStore store,
      ObjectProvider<EngineLease> lease,
      ObjectProvider<WorkflowMetrics> metricsProvider) {
    WorkflowMetrics metrics = metricsProvider.getIfAvailable(() -> WorkflowMetrics.NOOP);
    EmbeddedEngineBuilder builder =
        EmbeddedEngine.builder()
            .appId(AppIds.resolve(properties, environment::getProperty, false))
            .clock(clock)
            .registry(registry)
            .functions(functions.functions())
            // A shared durable store (MongoDB) brings a lease: only its holder executes.
            .lease(lease.getIfUnique(EngineLease::alwaysHeld));
    if (metrics == WorkflowMetrics.NOOP) {
      return builder.store(store).build();
    }
    // The core publishes step.sendEvent events into the engine being built.
    AtomicReference<EmbeddedEngine> self = new AtomicReference<>();
    EventPublisher toEngine = events -> self.get().stepPublisher().publish(events);
    ExecutionCore core =
        new ExecutionCore(
            new EventCodec(DerivedRegistry.of(registry, functions.functions())), toEngine, clock);
    EmbeddedEngine engine =
        builder
            .store(new MeteredEngineStore(store, metrics))
            .callExecutor(new TimedCallExecutor(core::execute, metrics))
            .build();
    self.set(engine);
    return engine;
  }

  @Bean
  @ConditionalOnMissingBean
  EmbeddedEngineLifecycle handymanWorkflowsEngineLifecycle(
      EmbeddedEngine engine, HandymanWorkflowsProperties properties) {
    int workers = properties.getEmbedded().getWorkers();
    if (workers < 1) {
      throw new HandymanWorkflowsConfigurationException(
          "handyman.workflows.embedded.workers",
          "must be at least 1 but was " + workers,
          "Set handyman.workflows.embedded.workers to the number of calls that may run at once.");
    }
    return new EmbeddedEngineLifecycle(engine, workers);
  }

  /**
   * The publisher to inject: the engine itself, measured. It is primary because the engine is an
   * {@link EventPublisher} too.
   */
  @Bean
  @Primary
  @ConditionalOnMissingBean(value = EventPublisher.class, ignored = EmbeddedEngine.class)
  EventPublisher handymanWorkflowsEventPublisher(
      EmbeddedEngine engine, ObjectProvider<WorkflowMetrics> metrics) {
    return new MeteredEventPublisher(engine, metrics.getIfAvailable(() -> WorkflowMetrics.NOOP));
  }

  @Bean
  @ConditionalOnMissingBean
  ServeEndpoint handymanWorkflowsServeEndpoint(
      EmbeddedEngine engine, ObjectProvider<EventIngestPolicy> policy) {
    return new EmbeddedServeEndpoint(engine, policy.getIfAvailable(EventIngestPolicy::closed));
  }
}
