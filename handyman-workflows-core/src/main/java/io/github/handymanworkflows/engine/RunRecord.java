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
package io.github.handymanworkflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.execution.SerializedError;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one run for the history API.
 *
 * @param runId the run id
 * @param functionId the function id
 * @param status the status
 * @param triggerName the name of the triggering event
 * @param triggerEventId the id of the triggering event
 * @param startedAt when the run was created
 * @param endedAt when it ended, if it has
 * @param output its result, if it completed
 * @param error its error, if it failed
 * @param steps its steps in the order they were first reported
 * @param warnings nondeterminism the execution core noticed
 */
public record RunRecord(
    String runId,
    String functionId,
    RunStatus status,
    String triggerName,
    String triggerEventId,
    Instant startedAt,
    @Nullable Instant endedAt,
    @Nullable JsonNode output,
    @Nullable SerializedError error,
    List<StepRecord> steps,
    List<String> warnings) {

  /** Copies the lists. */
  public RunRecord {
    steps = List.copyOf(steps);
    warnings = List.copyOf(warnings);
  }

  /** The step with a given step id (the first occurrence), if the run reached it. */
  public java.util.Optional<StepRecord> step(String name) {
    return steps.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
