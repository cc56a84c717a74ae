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

import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.MicrometerWorkflowMetrics;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.WorkflowMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer metrics of runs, steps, emails and publishes when Micrometer is on the classpath (see
 * {@link MicrometerWorkflowMetrics} for the meter names). The registry is looked up when the engine
 * is built, so this works whatever order Boot's metrics configurations run in.
 */
@AutoConfiguration(before = HandymanWorkflowsAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
public class HandymanWorkflowsMetricsAutoConfiguration {

  /** Created by Spring. */
  public HandymanWorkflowsMetricsAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  WorkflowMetrics handymanWorkflowsMetrics(ObjectProvider<MeterRegistry> registry) {
    MeterRegistry found = registry.getIfAvailable();
    return found == null ? WorkflowMetrics.NOOP : new MicrometerWorkflowMetrics(found);
  }
}
