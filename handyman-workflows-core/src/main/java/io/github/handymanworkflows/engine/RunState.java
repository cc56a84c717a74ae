package io.github.handymanworkflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.engine.store.OpenWait;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.execution.SerializedError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  final Map<String, JsonNode> memo;
  final List<String> stack;
  final Set<String> pending;
  final Map<String, StepRecord> steps;
  final List<String> warnings;
  final Map<String, DueWork> work;
  final Map<String, OpenWait> waits;
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
    this.memo = new LinkedHashMap<>();
    this.stack = new ArrayList<>();
    this.pending = new LinkedHashSet<>();
    this.steps = new LinkedHashMap<>();
    this.warnings = new ArrayList<>();
    this.work = new LinkedHashMap<>();
    this.waits = new LinkedHashMap<>();
    this.status = RunStatus.RUNNING;
  }

  /** A working copy of a stored run. */
  RunState(StoredRun stored) {
    this.runId = stored.runId();
    this.functionId = stored.functionId();
    this.events = stored.events();
    this.startedAt = stored.startedAt();
    this.version = stored.version();
    this.memo = new LinkedHashMap<>(stored.memo());
    this.stack = new ArrayList<>(stored.stack());
    this.pending = new LinkedHashSet<>(stored.pending());
    this.steps = new LinkedHashMap<>();
    stored.steps().forEach(s -> steps.put(s.hashedId(), s));
    this.warnings = new ArrayList<>(stored.warnings());
    this.work = new LinkedHashMap<>();
    stored.work().forEach(w -> work.put(w.id(), w));
    this.waits = new LinkedHashMap<>();
    stored.waits().forEach(w -> waits.put(w.stepId(), w));
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
        memo,
        stack,
        List.copyOf(pending),
        List.copyOf(steps.values()),
        warnings,
        disableImmediateExecution,
        output,
        error,
        parentRunId,
        parentStepId,
        List.copyOf(work.values()),
        List.copyOf(waits.values()));
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
    work.values().removeIf(w -> w.kind() == kind && java.util.Objects.equals(w.stepId(), stepId));
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
    work.remove(WorkIds.sleep(hash));
    work.remove(WorkIds.waitTimeout(hash));
    work.remove(WorkIds.invokeTimeout(hash));
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
