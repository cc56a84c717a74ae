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
package io.github.handymanworkflows.samples.ownworkflow;

import io.github.handymanworkflows.workflow.WorkflowFunction;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The example in Spring Boot: the function is a bean, nothing else. The starter adds it to the
 * marketplace's workflows, derives the event registry from it, and serves everything at {@code
 * /api/inngest} on the engine {@code handyman.workflows.engine} names (embedded by default).
 */
@SpringBootApplication
public class QuoteApplication {

  /** Created by Spring. */
  public QuoteApplication() {}

  /** The host's port; a real host passes its email or push sender. */
  @Bean
  RecordingQuoteNotifier quoteNotifier() {
    return new RecordingQuoteNotifier();
  }

  /** The host's workflow. */
  @Bean
  WorkflowFunction quoteFollowUp(QuoteNotifier notifier) {
    return QuoteFollowUp.function(notifier);
  }

  /** Starts the app. */
  public static void main(String[] args) {
    SpringApplication.run(QuoteApplication.class, args);
  }
}
