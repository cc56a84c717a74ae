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
package io.github.handymanworkflows.spring.boot.autoconfigure.metrics;

import io.github.handymanworkflows.engine.RunStatus;
import java.time.Duration;

/**
 * What the starter measures. The decorators in this package report here; {@link
 * MicrometerWorkflowMetrics} records it when Micrometer is present, {@link #NOOP} otherwise.
 */
public interface WorkflowMetrics {

  /** Records nothing. */
  WorkflowMetrics NOOP = new WorkflowMetrics() {};

  /** A run of a function started. */
  default void runStarted(String functionId) {}

  /** A run ended as completed, failed or cancelled. */
  default void runEnded(String functionId, RunStatus status) {}

  /** A step failed and will be retried. */
  default void stepRetried(String functionId, String step) {}

  /**
   * A step body ran.
   *
   * @param outcome {@code completed}, {@code retrying} or {@code failed}
   */
  default void stepDuration(String functionId, String step, String outcome, Duration duration) {}

  /** A call request from Inngest was served (inngest mode). */
  default void callDuration(String functionId, int status, Duration duration) {}

  /** An email was accepted by the mailer; {@code duplicate} when its key was sent before. */
  default void emailSent(boolean duplicate) {}

  /**
   * An email was not sent.
   *
   * @param reason {@code transient} (retried) or {@code rejected} (permanent)
   */
  default void emailFailed(String reason) {}

  /** A publish of {@code events} events finished, successfully or not. */
  default void published(int events, boolean success, Duration latency) {}
}
