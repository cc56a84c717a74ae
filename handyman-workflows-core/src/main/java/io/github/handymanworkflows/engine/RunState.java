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
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.engine.store.OpenWait;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.execution.SerializedError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A working copy of one run, read from the store, changed under the engine lock and written back as
 * the next version. Never shared: every change starts from a fresh copy of the stored value.
 */
final class RunState {

  final String runId;
  final String functionId;
  final List<JsonNode> events;
  final Instant startedAt;
  final long version;
  final CopyOnWrite.CowMap<String, JsonNode> memo;
  final CopyOnWrite.CowList<String> stack;
  final CopyOnWrite.CowSet<String> pending;
  final CopyOnWrite.KeyedList<String, StepRecord> steps;
  final CopyOnWrite.CowList<String> warnings;
  final CopyOnWrite.KeyedList<String, DueWork> work;
  final CopyOnWrite.KeyedList<String, OpenWait> waits;
  RunStatus status;
  boolean disableImmediateExecution;
  @Nullable Instant endedAt;
  @Nullable JsonNode output;
  @Nullable SerializedError error;
  @Nullable String parentRunId;
  @Nullable String parentStepId;

  /** A new running run, not yet stored (version 0). */
  RunState(String runId, String functionId, List<JsonNode> events, Instant startedAt) {
    this.runId = runId;
    this.functionId = functionId;
    this.events = List.copyOf(events);
    this.startedAt = startedAt;
    this.version = 0;
    this.memo = new CopyOnWrite.CowMap<>(Map.of());
    this.stack = new CopyOnWrite.CowList<>(List.of());
    this.pending = new CopyOnWrite.CowSet<>(List.of());
    this.steps = new CopyOnWrite.KeyedList<>(List.of(), StepRecord::hashedId);
    this.warnings = new CopyOnWrite.CowList<>(List.of());
    this.work = new CopyOnWrite.KeyedList<>(List.of(), DueWork::id);
    this.waits = new CopyOnWrite.KeyedList<>(List.of(), OpenWait::stepId);
    this.status = RunStatus.RUNNING;
  }

  /**
   * A working copy of a stored run. Its collections read the stored ones and copy only what a
   * change touches, so the next version shares every untouched (immutable) collection.
   */
  RunState(StoredRun stored) {
    this.runId = stored.runId();
    this.functionId = stored.functionId();
    this.events = stored.events();
    this.startedAt = stored.startedAt();
    this.version = stored.version();
    this.memo = new CopyOnWrite.CowMap<>(stored.memo());
    this.stack = new CopyOnWrite.CowList<>(stored.stack());
    this.pending = new CopyOnWrite.CowSet<>(stored.pending());
    this.steps = new CopyOnWrite.KeyedList<>(stored.steps(), StepRecord::hashedId);
    this.warnings = new CopyOnWrite.CowList<>(stored.warnings());
    this.work = new CopyOnWrite.KeyedList<>(stored.work(), DueWork::id);
    this.waits = new CopyOnWrite.KeyedList<>(stored.waits(), OpenWait::stepId);
    this.status = stored.status();
    this.disableImmediateExecution = stored.disableImmediateExecution();
    this.endedAt = stored.endedAt();
    this.output = stored.output();
    this.error = stored.error();
    this.parentRunId = stored.parentRunId();
    this.parentStepId = stored.parentStepId();
  }

  /** The value to store as the next version. */
  StoredRun next() {
    return new StoredRun(
        runId,
        functionId,
        version + 1,
        status,
        events,
        startedAt,
        endedAt,
        memo.frozen(),
        stack.frozen(),
        pending.frozen(),
        steps.frozen(),
        warnings.frozen(),
        disableImmediateExecution,
        output,
        error,
        parentRunId,
        parentStepId,
        work.frozen(),
        waits.frozen());
  }

  JsonNode trigger() {
    return events.get(0);
  }

  void schedule(DueWork item) {
    work.put(item.id(), item);
  }

  /**
   * Schedules a call, replacing the run's earlier call of the same kind and step (a retry or a new
   * discovery supersedes it).
   */
  void scheduleCall(DueWork.Kind kind, Instant due, @Nullable String stepId, int attempt) {
    if (!work.isEmpty()) {
      work.removeIf(w -> w.kind() == kind && java.util.Objects.equals(w.stepId(), stepId));
    }
    String id =
        kind == DueWork.Kind.DISCOVERY
            ? WorkIds.discovery(version + 1)
            : WorkIds.targeted(java.util.Objects.requireNonNull(stepId), version + 1);
    schedule(new DueWork(id, kind, due, stepId, attempt));
  }

  /** Records a completed step and drops its timers and wait. */
  void complete(String hash, JsonNode value) {
    memo.put(hash, value);
    if (!stack.contains(hash)) {
      stack.add(hash);
    }
    pending.remove(hash);
    waits.remove(hash);
    if (!work.isEmpty()) {
      // The step's timers (sleep end, wait or invoke timeout), found by step instead of by id.
      work.removeIf(
          w ->
              hash.equals(w.stepId())
                  && (w.kind() == DueWork.Kind.SLEEP_DONE
                      || w.kind() == DueWork.Kind.WAIT_TIMEOUT
                      || w.kind() == DueWork.Kind.INVOKE_TIMEOUT));
    }
  }

  /** Ends the run: nothing is pending, scheduled or awaited any more. */
  void end(
      RunStatus newStatus,
      Instant at,
      @Nullable JsonNode newOutput,
      @Nullable SerializedError newError) {
    this.status = newStatus;
    this.endedAt = at;
    this.output = newOutput;
    this.error = newError;
    this.pending.clear();
    this.work.clear();
    this.waits.clear();
  }

  static RunRecord record(StoredRun run) {
    JsonNode trigger = run.trigger();
    return new RunRecord(
        run.runId(),
        run.functionId(),
        run.status(),
        trigger.path("name").asText(),
        trigger.path("id").asText(),
        run.startedAt(),
        run.endedAt(),
        run.output(),
        run.error(),
        run.steps(),
        run.warnings());
  }
}
