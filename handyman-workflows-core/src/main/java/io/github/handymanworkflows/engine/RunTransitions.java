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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.engine.internal.Ulid;
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.execution.SerializedError;
import io.github.handymanworkflows.execution.WireFormat;
import io.github.handymanworkflows.workflow.InngestEvents;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The changes of a run's life that several parts share: start, resolve a pending step from outside,
 * end (complete, fail, cancel) and tell the parent of an invoked run. Called with the engine lock
 * held.
 */
final class RunTransitions {

  private static final Logger LOGGER = LoggerFactory.getLogger(RunTransitions.class);

  private final String appId;
  private final Clock clock;
  private final Random random;
  private final Runs runs;
  private final Consumer<ObjectNode> emit;
  private @Nullable String lastRunId;

  RunTransitions(String appId, Clock clock, Random random, Runs runs, Consumer<ObjectNode> emit) {
    this.appId = appId;
    this.clock = clock;
    this.random = random;
    this.runs = runs;
    this.emit = emit;
  }

  /** A new run id, sorting after every id this engine made before (the history's order). */
  String newRunId(Instant now) {
    String id = Ulid.next(now, random);
    if (lastRunId != null && id.compareTo(lastRunId) <= 0) {
      id = Ulid.successor(lastRunId);
    }
    lastRunId = id;
    return id;
  }

  /** Creates a run with its first discovery call (and finish timeout); false if the id exists. */
  boolean start(
      String runId,
      WorkflowFunction fn,
      JsonNode event,
      Instant now,
      @Nullable String parentRunId,
      @Nullable String parentStepId) {
    RunState run = new RunState(runId, fn.id(), List.of(event), now);
    run.parentRunId = parentRunId;
    run.parentStepId = parentStepId;
    run.scheduleCall(DueWork.Kind.DISCOVERY, now, null, 0);
    fn.timeouts()
        .flatMap(t -> Optional.ofNullable(t.finish()))
        .ifPresent(
            finish ->
                run.schedule(
                    new DueWork(
                        WorkIds.FINISH_TIMEOUT,
                        DueWork.Kind.FINISH_TIMEOUT,
                        now.plus(finish),
                        null,
                        0)));
    if (!runs.create(run)) {
      return false;
    }
    LOGGER.debug("run {} of {} started by {}", runId, fn.id(), event.path("name").asText());
    return true;
  }

  /** Completes a pending step from outside (timer, event, child run); discovers on when idle. */
  void resolve(RunState run, String stepId, JsonNode value, String status) {
    if (!run.pending.contains(stepId)) {
      return;
    }
    run.complete(stepId, value);
    StepRecord step = run.steps.get(stepId);
    if (step != null) {
      run.steps.put(
          stepId, step.changed(status, JsonSize.of(value), step.error(), clock.instant()));
    }
    discoverIfIdle(run);
  }

  void discoverIfIdle(RunState run) {
    if (run.pending.isEmpty() && !run.status.ended()) {
      run.disableImmediateExecution = false;
      run.scheduleCall(DueWork.Kind.DISCOVERY, clock.instant(), null, 0);
    }
  }

  /** Cancels a running run, releases an invoking parent and emits the cancelled event. */
  void cancel(String runId, String reason) {
    runs.change(
        runId,
        (run, after) -> {
          cancelInPlace(run, reason, after);
          return true;
        });
  }

  void cancelInPlace(RunState run, String reason, List<Runnable> after) {
    Instant now = clock.instant();
    SerializedError error = new SerializedError("Cancelled", reason, null);
    run.end(RunStatus.CANCELLED, now, null, error);
    LOGGER.info("run {} of {} {}", run.runId, run.functionId, reason);
    after.add(() -> finishChild(run, null, error));
    after.add(() -> emit.accept(lifecycleEvent(InngestEvents.FUNCTION_CANCELLED, run, error, now)));
  }

  /** Fails a run for good: releases an invoking parent and emits the failed event. */
  void failInPlace(RunState run, SerializedError error, List<Runnable> after) {
    Instant now = clock.instant();
    run.end(RunStatus.FAILED, now, null, error);
    LOGGER.warn("run {} of {} failed: {}", run.runId, run.functionId, error.name());
    after.add(() -> finishChild(run, null, error));
    after.add(() -> emit.accept(lifecycleEvent(InngestEvents.FUNCTION_FAILED, run, error, now)));
  }

  void completeInPlace(RunState run, JsonNode result, List<Runnable> after) {
    run.end(RunStatus.COMPLETED, clock.instant(), result, null);
    LOGGER.debug("run {} of {} completed", run.runId, run.functionId);
    after.add(() -> finishChild(run, result, null));
  }

  /** Resolves the parent's invoke step with an ended child's result. */
  private void finishChild(
      RunState child, @Nullable JsonNode output, @Nullable SerializedError error) {
    String parentRunId = child.parentRunId;
    String parentStepId = child.parentStepId;
    if (parentRunId == null || parentStepId == null) {
      return;
    }
    JsonNode memo;
    if (error != null) {
      memo = errorMemo(error);
    } else {
      ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
      wrapped.set("data", output == null ? NullNode.getInstance() : output);
      memo = wrapped;
    }
    runs.change(
        parentRunId,
        (parent, after) -> {
          if (!parent.pending.contains(parentStepId)) {
            return false;
          }
          resolve(parent, parentStepId, memo, error == null ? "completed" : "failed");
          return true;
        });
  }

  private ObjectNode lifecycleEvent(String name, RunState run, SerializedError error, Instant now) {
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    // One id per run and outcome: routing the event again after a crash starts no second handler.
    event.put("id", name + ":" + run.runId);
    event.put("name", name);
    ObjectNode data = event.putObject("data");
    data.put("function_id", appId + "-" + run.functionId);
    data.put("run_id", run.runId);
    data.set("error", WireFormat.error(error));
    data.set("event", run.trigger());
    data.putArray("events").addAll(run.events);
    event.putObject("user");
    event.put("ts", now.toEpochMilli());
    return event;
  }

  static ObjectNode errorMemo(SerializedError error) {
    ObjectNode memo = JsonNodeFactory.instance.objectNode();
    memo.set("error", WireFormat.error(error));
    return memo;
  }
}
