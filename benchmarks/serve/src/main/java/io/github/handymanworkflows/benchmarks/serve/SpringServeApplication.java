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
package io.github.handymanworkflows.benchmarks.serve;

import io.github.handymanworkflows.workflow.WorkflowFunction;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The starter with the {@link BenchFunctions} as beans, on MVC or WebFlux. */
@SpringBootApplication
public class SpringServeApplication {

  /** Created by Spring. */
  public SpringServeApplication() {}

  @Bean
  WorkflowFunction steps10() {
    return BenchFunctions.steps(10);
  }

  @Bean
  WorkflowFunction steps100() {
    return BenchFunctions.steps(100);
  }

  @Bean
  WorkflowFunction steps1000() {
    return BenchFunctions.steps(1000);
  }
}
