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

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A setting is wrong or missing, so the application must not start. Thrown while beans are created;
 * {@link HandymanWorkflowsFailureAnalyzer} turns it into Spring Boot's startup report with the
 * setting, the problem and what to do.
 *
 * <p>Adapter modules throw it for their own settings too. The message never contains a secret: it
 * names the setting, not its value (values are quoted only for non-secret settings such as an
 * engine name or a zone).
 */
public class HandymanWorkflowsConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String setting;
  private final String problem;
  private final String action;

  /**
   * Creates the exception.
   *
   * @param setting the property (and environment variable, if any) at fault, for example {@code
   *     handyman.workflows.engine}
   * @param problem what is wrong, for example {@code unknown engine 'foo'}
   * @param action what to do, for example {@code use 'embedded' or 'inngest'}
   */
  public HandymanWorkflowsConfigurationException(String setting, String problem, String action) {
    this(setting, problem, action, null);
  }

  /** Creates the exception with the exception that revealed the problem. */
  public HandymanWorkflowsConfigurationException(
      String setting, String problem, String action, @Nullable Throwable cause) {
    super(
        Objects.requireNonNull(setting, "setting must not be null")
            + ": "
            + Objects.requireNonNull(problem, "problem must not be null"),
        cause);
    this.setting = setting;
    this.problem = problem;
    this.action = Objects.requireNonNull(action, "action must not be null");
  }

  /** The property (and environment variable) at fault. */
  public String setting() {
    return setting;
  }

  /** What is wrong. */
  public String problem() {
    return problem;
  }

  /** What to do about it. */
  public String action() {
    return action;
  }
}
