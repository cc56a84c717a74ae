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
