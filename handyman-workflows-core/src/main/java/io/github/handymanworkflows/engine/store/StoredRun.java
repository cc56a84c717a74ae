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
package io.github.handymanworkflows.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.StepRecord;
import io.github.handymanworkflows.execution.SerializedError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One run as a store keeps it: plain values (strings, instants, numbers, JSON trees and records of
 * them), no references to engine objects. Immutable; the engine writes a new value with {@code
 * version + 1} for every change (see {@link EngineStore#replaceRun}). JSON trees passed in are
 * never mutated afterwards by the engine, and a store must not mutate them either.
 *
 * @param runId the run id (a ULID)
 * @param functionId the function id, without the app prefix
 * @param version 1 when created, one more with every change
 * @param status the status
 * @param events the triggering events in wire JSON
 * @param startedAt when the run was created
 * @param endedAt when it ended, if it has
 * @param memo memoized step state by hashed step id, in the protocol's shapes ({@code {"data":…}}
 *     or {@code {"error":…}}, or the event of a completed wait)
 * @param stack hashed ids of completed steps in completion order
 * @param pending hashed ids of reported steps not yet resolved (planned, sleeping, waiting,
 *     invoking)
 * @param steps step records in the order the steps were first reported
 * @param warnings nondeterminism the execution core noticed
 * @param disableImmediateExecution whether new run steps are planned rather than run at once
 *     (inside a parallel group)
 * @param output the result, if it completed
 * @param error the error, if it failed or was cancelled
 * @param parentRunId the invoking run, when started by {@code step.invoke}
 * @param parentStepId the invoking step's hashed id
 * @param work the run's scheduled work; empty once it ended
 * @param waits its open waits for events; empty once it ended
 */
public record StoredRun(
    String runId,
    String functionId,
    long version,
    RunStatus status,
    List<JsonNode> events,
    Instant startedAt,
    @Nullable Instant endedAt,
    Map<String, JsonNode> memo,
    List<String> stack,
    List<String> pending,
    List<StepRecord> steps,
    List<String> warnings,
    boolean disableImmediateExecution,
    @Nullable JsonNode output,
    @Nullable SerializedError error,
    @Nullable String parentRunId,
    @Nullable String parentStepId,
    List<DueWork> work,
    List<OpenWait> waits) {

  /** Validates the fields and copies the collections. */
  public StoredRun {
    Objects.requireNonNull(runId, "runId must not be null");
    Objects.requireNonNull(functionId, "functionId must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(startedAt, "startedAt must not be null");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1");
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a run has at least one triggering event");
    }
    events = List.copyOf(events);
    memo = Map.copyOf(memo);
    stack = List.copyOf(stack);
    pending = List.copyOf(pending);
    steps = List.copyOf(steps);
    warnings = List.copyOf(warnings);
    work = List.copyOf(work);
    waits = List.copyOf(waits);
  }

  /** The first triggering event. */
  public JsonNode trigger() {
    return events.get(0);
  }

  /** The scheduled work with an id, if any. */
  public Optional<DueWork> work(String id) {
    return work.stream().filter(w -> w.id().equals(id)).findFirst();
  }

  /** The id of the first triggering event (empty when it has none). */
  public String triggerEventId() {
    return trigger().path("id").asText("");
  }

  /**
   * The user the run is about: the trigger's {@code data.userId}, else its {@code user.id}; for
   * searching runs by user.
   */
  public Optional<String> userId() {
    JsonNode fromData = trigger().path("data").path("userId");
    if (fromData.isTextual() && !fromData.asText().isEmpty()) {
      return Optional.of(fromData.asText());
    }
    JsonNode fromUser = trigger().path("user").path("id");
    return fromUser.isTextual() && !fromUser.asText().isEmpty()
        ? Optional.of(fromUser.asText())
        : Optional.empty();
  }
}
