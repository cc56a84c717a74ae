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
