package io.github.handymanworkflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.execution.SerializedError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The durable state of one run: what a {@link RunStore} keeps. The engine mutates it under its lock
 * and saves it after every change; a store must not share instances between engines.
 */
public final class RunState {

  private final String runId;
  private final String functionId;
  private final List<JsonNode> events;
  private final Instant startedAt;
  private final Map<String, JsonNode> memo = new LinkedHashMap<>();
  private final List<String> stack = new ArrayList<>();
  private final Set<String> pending = new LinkedHashSet<>();
  private final Map<String, StepRecord> steps = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private RunStatus status = RunStatus.RUNNING;
  private boolean disableImmediateExecution;
  private @Nullable Instant endedAt;
  private @Nullable JsonNode output;
  private @Nullable SerializedError error;
  private @Nullable String parentRunId;
  private @Nullable String parentStepId;

  /** A new running run. */
  public RunState(String runId, String functionId, List<JsonNode> events, Instant startedAt) {
    this.runId = Objects.requireNonNull(runId);
    this.functionId = Objects.requireNonNull(functionId);
    this.events = List.copyOf(events);
    this.startedAt = Objects.requireNonNull(startedAt);
  }

  /** The run id. */
  public String runId() {
    return runId;
  }

  /** The function id. */
  public String functionId() {
    return functionId;
  }

  /** The triggering events in wire JSON. */
  public List<JsonNode> events() {
    return events;
  }

  /** When the run was created. */
  public Instant startedAt() {
    return startedAt;
  }

  /** Memoized step state by hashed id, in the protocol's shapes. */
  public Map<String, JsonNode> memo() {
    return memo;
  }

  /** Hashed ids of completed steps in completion order. */
  public List<String> stack() {
    return stack;
  }

  /** Hashed ids of reported steps not yet resolved (planned, sleeping, waiting, invoking). */
  public Set<String> pending() {
    return pending;
  }

  /** Step records by hashed id. */
  public Map<String, StepRecord> steps() {
    return steps;
  }

  /** Warnings from the execution core. */
  public List<String> warnings() {
    return warnings;
  }

  /** The status. */
  public RunStatus status() {
    return status;
  }

  /** Whether new run steps are planned rather than run at once (inside a parallel group). */
  public boolean disableImmediateExecution() {
    return disableImmediateExecution;
  }

  void disableImmediateExecution(boolean value) {
    this.disableImmediateExecution = value;
  }

  /** Records a completed step. */
  void complete(String hash, JsonNode value) {
    memo.put(hash, value);
    if (!stack.contains(hash)) {
      stack.add(hash);
    }
    pending.remove(hash);
  }

  /** Ends the run. */
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
  }

  /** The invoking run, when this run was started by {@code step.invoke}. */
  public @Nullable String parentRunId() {
    return parentRunId;
  }

  /** The invoking step's hashed id. */
  public @Nullable String parentStepId() {
    return parentStepId;
  }

  void parent(String runIdOfParent, String stepIdOfParent) {
    this.parentRunId = runIdOfParent;
    this.parentStepId = stepIdOfParent;
  }

  /** A snapshot for the history API. */
  public RunRecord toRecord() {
    JsonNode trigger = events.get(0);
    return new RunRecord(
        runId,
        functionId,
        status,
        trigger.path("name").asText(),
        trigger.path("id").asText(),
        startedAt,
        endedAt,
        output,
        error,
        new ArrayList<>(steps.values()),
        warnings);
  }
}
