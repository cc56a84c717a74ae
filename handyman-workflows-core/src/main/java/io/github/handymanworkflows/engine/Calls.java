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
import io.github.handymanworkflows.engine.internal.WorkItem;
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.engine.store.OpenWait;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.execution.ExecutionOutcome;
import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.execution.ExecutionResult;
import io.github.handymanworkflows.execution.Op;
import io.github.handymanworkflows.execution.RetryAfter;
import io.github.handymanworkflows.execution.SerializedError;
import io.github.handymanworkflows.internal.expr.Expression;
import io.github.handymanworkflows.internal.time.TimeStrings;
import io.github.handymanworkflows.workflow.InngestEvents;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Call execution: builds the request for a due call from the stored run (lock held), makes the call
 * without the lock, then applies the result to the run's current version (lock held). Any exception
 * while applying a result fails the run through the normal failure path.
 */
final class Calls {

  private static final Logger LOGGER = LoggerFactory.getLogger(Calls.class);
  static final int MAX_STEPS_PER_RUN = 1_000;

  private final String appId;
  private final Clock clock;
  private final Random random;
  private final Map<String, WorkflowFunction> functions;
  private final CallExecutor executor;
  private final Backoff backoff;
  private final Runs runs;
  private final RunTransitions transitions;
  private final ReentrantLock lock;

  Calls(
      String appId,
      Clock clock,
      Random random,
      Map<String, WorkflowFunction> functions,
      CallExecutor executor,
      Backoff backoff,
      Runs runs,
      RunTransitions transitions,
      ReentrantLock lock) {
    this.appId = appId;
    this.clock = clock;
    this.random = random;
    this.functions = functions;
    this.executor = executor;
    this.backoff = backoff;
    this.runs = runs;
    this.transitions = transitions;
    this.lock = lock;
  }

  /** Makes one due call and applies its result; the lock is not held on entry. */
  void call(WorkItem item) {
    DueWork work = Objects.requireNonNull(item.work());
    String runId = Objects.requireNonNull(item.runId());
    ExecutionRequest request;
    lock.lock();
    try {
      // Read the stored value directly: the request copies what it needs, no working copy.
      StoredRun run = runs.store().findRun(runId).orElse(null);
      // The stored run decides: work that was replaced or dropped since it was queued is stale.
      if (run == null || run.status().ended() || !run.work().contains(work)) {
        return;
      }
      WorkflowFunction fn = functions.get(run.functionId());
      if (fn == null) {
        return;
      }
      // At the step limit, new steps are only reported, never executed, so the run fails
      // before a step body past the limit runs.
      boolean atLimit = run.steps().size() >= MAX_STEPS_PER_RUN;
      request =
          new ExecutionRequest(
              fn,
              appId,
              run.runId(),
              run.events(),
              run.memo(),
              run.stack(),
              work.stepId(),
              run.disableImmediateExecution() || atLimit,
              work.attempt(),
              fn.maxAttempts());
    } finally {
      lock.unlock();
    }
    Instant callStarted = clock.instant();
    ExecutionResult result = executor.execute(request);
    lock.lock();
    try {
      runs.change(
          runId,
          (run, after) -> {
            if (!work.equals(run.work.get(work.id()))) {
              return false;
            }
            run.work.remove(work.id());
            WorkflowFunction fn = functions.get(run.functionId);
            try {
              apply(run, fn, work, result, callStarted, after);
            } catch (RuntimeException e) {
              LOGGER.warn("applying a call's result to run {} failed", run.runId, e);
              after.clear();
              transitions.failInPlace(
                  run,
                  new SerializedError(
                      "EngineError",
                      "the engine could not apply the call's result: " + e.getMessage(),
                      null),
                  after);
            }
            return true;
          });
    } finally {
      lock.unlock();
    }
  }

  private void apply(
      RunState run,
      WorkflowFunction fn,
      DueWork work,
      ExecutionResult result,
      Instant callStarted,
      List<Runnable> after) {
    run.warnings.addAll(result.warnings());
    Instant now = clock.instant();
    ExecutionOutcome outcome = result.outcome();
    if (outcome instanceof ExecutionOutcome.Completed done) {
      transitions.completeInPlace(run, done.result(), after);
    } else if (outcome instanceof ExecutionOutcome.Steps steps) {
      applySteps(run, fn, work, steps, callStarted, now, after);
    } else if (outcome instanceof ExecutionOutcome.Failed failed) {
      if (failed.retriable() && work.attempt() + 1 < fn.maxAttempts()) {
        retry(run, work, failed.retryAfter(), now);
      } else {
        transitions.failInPlace(run, failed.error(), after);
      }
    } else if (outcome instanceof ExecutionOutcome.StepNotFound notFound) {
      if (work.attempt() + 1 < fn.maxAttempts()) {
        retry(run, work, null, now);
      } else {
        transitions.failInPlace(
            run,
            new SerializedError(
                "StepNotFound",
                "step "
                    + notFound.requestedStep()
                    + " was not reached; the workflow's code changed",
                null),
            after);
      }
    }
  }

  private void applySteps(
      RunState run,
      WorkflowFunction fn,
      DueWork work,
      ExecutionOutcome.Steps steps,
      Instant callStarted,
      Instant now,
      List<Runnable> after) {
    if (steps.ops().size() > 1) {
      run.disableImmediateExecution = true;
    }
    boolean completedOne = false;
    List<Runnable> invokes = new ArrayList<>();
    for (Op op : steps.ops()) {
      switch (op.op()) {
        case StepRun -> {
          JsonNode data = op.data() == null ? NullNode.getInstance() : op.data();
          ObjectNode memo = JsonNodeFactory.instance.objectNode();
          memo.set("data", data);
          run.complete(op.id(), FrozenJson.freezeObject(memo));
          record(run, op, callStarted, now, "run", "completed", 1, JsonSize.of(data), null);
          completedOne = true;
        }
        case StepFailed -> {
          run.complete(op.id(), RunTransitions.errorMemo(Objects.requireNonNull(op.error())));
          record(run, op, callStarted, now, "run", "failed", 1, 0, op.error());
          completedOne = true;
        }
        case StepError -> {
          record(run, op, callStarted, now, "run", "retrying", 1, 0, op.error());
          retry(run, work, steps.retryAfter(), now);
        }
        case StepPlanned -> {
          if (run.pending.add(op.id())) {
            record(run, op, callStarted, now, "run", "planned", 0, 0, null);
            run.scheduleCall(DueWork.Kind.TARGETED, now, op.id(), 0);
          }
        }
        case Sleep -> {
          if (run.pending.add(op.id())) {
            record(run, op, callStarted, now, "sleep", "sleeping", 0, 0, null);
            run.schedule(
                new DueWork(
                    WorkIds.sleep(op.id()), DueWork.Kind.SLEEP_DONE, wakeAt(op, now), op.id(), 0));
          }
        }
        case WaitForEvent -> startWait(run, op, now);
        case InvokeFunction -> startInvoke(run, op, now, invokes);
        default -> throw new IllegalStateException("unexpected op " + op.op());
      }
    }
    if (run.steps.size() > MAX_STEPS_PER_RUN) {
      transitions.failInPlace(
          run,
          new SerializedError(
              "NonRetriableError",
              "run exceeded Inngest's limit of "
                  + MAX_STEPS_PER_RUN
                  + " steps: fan out with events instead of one step per item",
              null),
          after);
      return;
    }
    after.addAll(invokes);
    if (completedOne) {
      transitions.discoverIfIdle(run);
    }
  }

  private static void record(
      RunState run,
      Op op,
      Instant started,
      Instant now,
      String kind,
      String status,
      int attemptsDelta,
      int bytes,
      @Nullable SerializedError error) {
    StepRecord previous = run.steps.get(op.id());
    int attempts = (previous == null ? 0 : previous.attempts()) + attemptsDelta;
    Instant firstAt = previous == null || previous.firstAt() == null ? started : previous.firstAt();
    run.steps.put(
        op.id(),
        new StepRecord(op.id(), op.name(), kind, status, attempts, bytes, error, firstAt, now));
  }

  private void retry(RunState run, DueWork work, @Nullable RetryAfter retryAfter, Instant now) {
    Duration delay =
        retryAfter != null ? retryAfter.delayFrom(now) : backoff.delay(work.attempt(), random);
    run.scheduleCall(work.kind(), now.plus(delay), work.stepId(), work.attempt() + 1);
  }

  private static Instant wakeAt(Op op, Instant now) {
    String duration = Objects.requireNonNull(op.opts()).path("duration").asText();
    if (duration.contains("T")) {
      try {
        return Instant.parse(duration);
      } catch (DateTimeParseException e) {
        // not an instant: read it as a time string below
      }
    }
    return now.plus(TimeStrings.parse(duration));
  }

  private void startWait(RunState run, Op op, Instant now) {
    JsonNode opts = Objects.requireNonNull(op.opts());
    Instant expires = now.plus(TimeStrings.parse(opts.path("timeout").asText("0s")));
    String condition = opts.hasNonNull("if") ? opts.get("if").asText() : null;
    if (condition != null) {
      // Parsed here so a bad expression fails the run now instead of never matching.
      Expression.parse(condition);
    }
    if (run.pending.add(op.id())) {
      run.waits.put(
          op.id(), new OpenWait(op.id(), opts.path("event").asText(), condition, expires));
      record(run, op, now, now, "waitForEvent", "waiting", 0, 0, null);
      run.schedule(
          new DueWork(
              WorkIds.waitTimeout(op.id()), DueWork.Kind.WAIT_TIMEOUT, expires, op.id(), 0));
    }
  }

  private void startInvoke(RunState run, Op op, Instant now, List<Runnable> invokes) {
    JsonNode opts = Objects.requireNonNull(op.opts());
    String composite = opts.path("function_id").asText();
    String prefix = appId + "-";
    String target = composite.startsWith(prefix) ? composite.substring(prefix.length()) : composite;
    if (!run.pending.add(op.id())) {
      return;
    }
    record(run, op, now, now, "invoke", "waiting", 0, 0, null);
    WorkflowFunction fn = functions.get(target);
    if (fn == null) {
      transitions.resolve(
          run,
          op.id(),
          RunTransitions.errorMemo(
              new SerializedError("Error", "no function '" + composite + "' to invoke", null)),
          "failed");
      return;
    }
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    // Derived from the parent and step: applying the same result again starts no second child.
    String childRunId =
        Ulid.next(run.startedAt, new Random((run.runId + "/" + op.id()).hashCode()));
    event.put("id", "invoke:" + run.runId + ":" + op.id());
    event.put("name", InngestEvents.FUNCTION_INVOKED);
    ObjectNode data =
        opts.path("payload").path("data").isObject()
            ? ((ObjectNode) opts.path("payload").path("data")).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    ObjectNode meta = data.putObject("_inngest");
    meta.put("source_app_id", appId);
    meta.put("source_fn_id", appId + "-" + run.functionId);
    meta.put("source_run_id", run.runId);
    event.set("data", data);
    event.putObject("user");
    event.put("ts", now.toEpochMilli());
    Duration timeout = TimeStrings.parse(opts.path("timeout").asText("366d"));
    run.schedule(
        new DueWork(
            WorkIds.invokeTimeout(op.id()),
            DueWork.Kind.INVOKE_TIMEOUT,
            now.plus(timeout),
            op.id(),
            0));
    String parentRunId = run.runId;
    String parentStepId = op.id();
    invokes.add(() -> transitions.start(childRunId, fn, event, now, parentRunId, parentStepId));
  }
}
