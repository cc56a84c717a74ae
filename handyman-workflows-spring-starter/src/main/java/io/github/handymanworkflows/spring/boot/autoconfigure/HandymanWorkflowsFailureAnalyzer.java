package io.github.handymanworkflows.spring.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link HandymanWorkflowsConfigurationException} as a startup failure naming the
 * setting, the problem and the fix, instead of a stack trace. Registered in {@code
 * META-INF/spring.factories}.
 */
public class HandymanWorkflowsFailureAnalyzer
    extends AbstractFailureAnalyzer<HandymanWorkflowsConfigurationException> {

  /** Creates the analyzer; Spring Boot instantiates it. */
  public HandymanWorkflowsFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(
      Throwable rootFailure, HandymanWorkflowsConfigurationException cause) {
    return new FailureAnalysis(
        "handyman-workflows is not configured correctly.\n\n    Setting: "
            + cause.setting()
            + "\n    Problem: "
            + cause.problem(),
        cause.action(),
        cause);
  }
}
