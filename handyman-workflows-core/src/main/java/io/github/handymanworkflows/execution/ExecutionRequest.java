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
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One call of a function: what an Inngest call request carries, or what the embedded engine
 * assembles from its run state.
 *
 * @param function the function to run
 * @param appId the app id, prefix of composite function ids
 * @param runId the run id
 * @param events the triggering events in wire JSON; the first is {@code event}
 * @param steps the memoized step state keyed by hashed step id, as sent by Inngest: {@code
 *     {"data":…}}, {@code {"error":…}}, a bare value, or a JSON null for a finished sleep or a
 *     timed out wait
 * @param stack hashed ids of completed steps in completion order
 * @param targetStepId the hashed id of a planned step to execute now, or null for discovery
 * @param disableImmediateExecution report every new run step as planned instead of running it
 * @param attempt the 0-based attempt of this request
 * @param maxAttempts the attempts allowed per step (retries + 1)
 */
public record ExecutionRequest(
    WorkflowFunction function,
    String appId,
    String runId,
    List<JsonNode> events,
    Map<String, JsonNode> steps,
    List<String> stack,
    @Nullable String targetStepId,
    boolean disableImmediateExecution,
    int attempt,
    int maxAttempts) {

  /** The step id Inngest sends for a discovery request. */
  public static final String DISCOVERY_STEP_ID = "step";

  /** Validates and copies the request. */
  public ExecutionRequest {
    Objects.requireNonNull(function, "function must not be null");
    Objects.requireNonNull(appId, "appId must not be null");
    Objects.requireNonNull(runId, "runId must not be null");
    events = List.copyOf(Objects.requireNonNull(events, "events must not be null"));
    steps = Map.copyOf(Objects.requireNonNull(steps, "steps must not be null"));
    stack = List.copyOf(Objects.requireNonNull(stack, "stack must not be null"));
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a call needs at least one event");
    }
    if (DISCOVERY_STEP_ID.equals(targetStepId)
        || (targetStepId != null && targetStepId.isEmpty())) {
      targetStepId = null;
    }
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt must not be negative");
    }
    if (maxAttempts < 1) {
      maxAttempts = 1;
    }
  }

  /** Whether this is a discovery request rather than a targeted one. */
  public boolean discovery() {
    return targetStepId == null;
  }

  /** Whether this is the last attempt allowed for a step. */
  public boolean finalAttempt() {
    return attempt + 1 >= maxAttempts;
  }
}
