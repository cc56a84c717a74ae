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
package io.github.handymanworkflows.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What one call of a function produced. */
public sealed interface ExecutionOutcome {

  /** The function returned: Inngest {@code 200} with the result. */
  record Completed(JsonNode result) implements ExecutionOutcome {
    /** Validates the result. */
    public Completed {
      Objects.requireNonNull(result, "result must not be null (use a JSON null)");
    }
  }

  /**
   * New steps: Inngest {@code 206} with the ops. {@code noRetry} is the {@code X-Inngest-No-Retry}
   * header: true when a step failed for good.
   */
  record Steps(List<Op> ops, @Nullable RetryAfter retryAfter) implements ExecutionOutcome {
    /** Copies the ops. */
    public Steps {
      ops = List.copyOf(ops);
      if (ops.isEmpty()) {
        throw new IllegalArgumentException("a step outcome needs at least one op");
      }
    }

    /** Whether the response must tell the server not to retry. */
    public boolean noRetry() {
      return ops.stream().anyMatch(o -> o.op() == OpCode.StepFailed);
    }

    /** Whether this outcome reports a step error that the server will retry. */
    public boolean retriableStepError() {
      return ops.stream().anyMatch(o -> o.op() == OpCode.StepError);
    }
  }

  /**
   * The function threw: Inngest {@code 500} when retriable, {@code 400} with {@code
   * X-Inngest-No-Retry: true} otherwise.
   */
  record Failed(SerializedError error, boolean retriable, @Nullable RetryAfter retryAfter)
      implements ExecutionOutcome {
    /** Validates the error. */
    public Failed {
      Objects.requireNonNull(error, "error must not be null");
    }
  }

  /**
   * A targeted request named a step the function never reached: Inngest {@code 500}, retriable
   * (there is no step-not-found op code).
   */
  record StepNotFound(String requestedStep, List<String> foundSteps) implements ExecutionOutcome {
    /** Copies the found steps. */
    public StepNotFound {
      Objects.requireNonNull(requestedStep, "requestedStep must not be null");
      foundSteps = List.copyOf(foundSteps);
    }
  }
}
