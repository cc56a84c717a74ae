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
