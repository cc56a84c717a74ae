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
package io.github.handymanworkflows.workflow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A step failed for good (retries exhausted, or a non-retriable error) and the workflow is
 * replaying past it. Catch it to compensate; left uncaught it fails the run without further
 * retries, reporting the step's original error.
 */
public final class StepFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String stepId;
  private final String errorName;
  private final String errorMessage;
  private final @Nullable String errorStack;

  /** Creates the exception from the step's recorded error. */
  public StepFailedException(
      String stepId, String errorName, String errorMessage, @Nullable String errorStack) {
    super("step '" + stepId + "' failed: " + errorName + ": " + errorMessage);
    this.stepId = Objects.requireNonNull(stepId, "stepId must not be null");
    this.errorName = Objects.requireNonNull(errorName, "errorName must not be null");
    this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage must not be null");
    this.errorStack = errorStack;
  }

  /** The step id the workflow gave the failed step. */
  public String stepId() {
    return stepId;
  }

  /** The recorded error's name, for example {@code NonRetriableError} or {@code IOException}. */
  public String errorName() {
    return errorName;
  }

  /** The recorded error's message. */
  public String errorMessage() {
    return errorMessage;
  }

  /** The recorded error's stack trace, when one was recorded. */
  public @Nullable String errorStack() {
    return errorStack;
  }
}
