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

import io.github.handymanworkflows.engine.CallExecutor;
import io.github.handymanworkflows.execution.ExecutionOutcome;
import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.execution.ExecutionResult;
import io.github.handymanworkflows.execution.Op;
import java.time.Duration;
import java.util.Objects;

/**
 * Times the calls the embedded engine makes. A call runs at most one step body (the protocol
 * reports each new step before the next runs), so a call that reports a run step measures that
 * step.
 */
public final class TimedCallExecutor implements CallExecutor {

  private final CallExecutor delegate;
  private final WorkflowMetrics metrics;

  /** Decorates an executor. */
  public TimedCallExecutor(CallExecutor delegate, WorkflowMetrics metrics) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    this.metrics = Objects.requireNonNull(metrics, "metrics must not be null");
  }

  @Override
  public ExecutionResult execute(ExecutionRequest request) {
    long start = System.nanoTime();
    ExecutionResult result = delegate.execute(request);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    if (result.outcome() instanceof ExecutionOutcome.Steps steps) {
      for (Op op : steps.ops()) {
        String outcome =
            switch (op.op()) {
              case StepRun -> "completed";
              case StepError -> "retrying";
              case StepFailed -> "failed";
              default -> null;
            };
        if (outcome != null) {
          metrics.stepDuration(request.function().id(), op.name(), outcome, elapsed);
          break;
        }
      }
    }
    return result;
  }
}
