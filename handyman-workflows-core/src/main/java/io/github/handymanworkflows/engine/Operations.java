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
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.engine.OperationResult.Outcome;
import io.github.handymanworkflows.engine.internal.WorkQueue;
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.internal.Masking;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operator requests (retry, cancel, replay): each claims its request id in the store first, so a
 * repeated request acts once, and ends with one audit line.
 */
final class Operations implements RunOperations {

  private static final Logger AUDIT = LoggerFactory.getLogger(AUDIT_LOGGER);
  private static final Duration REQUEST_MEMORY = Duration.ofDays(1);
  private static final int MAX_CONFLICTS = 100;

  private final Clock clock;
  private final Runs runs;
  private final RunTransitions transitions;
  private final Intake intake;
  private final WorkQueue queue;
  private final ReentrantLock lock;
  private final BooleanSupplier leaseHeld;

  Operations(
      Clock clock,
      Runs runs,
      RunTransitions transitions,
      Intake intake,
      WorkQueue queue,
      ReentrantLock lock,
      BooleanSupplier leaseHeld) {
    this.clock = clock;
    this.runs = runs;
    this.transitions = transitions;
    this.intake = intake;
    this.queue = queue;
    this.lock = lock;
    this.leaseHeld = leaseHeld;
  }

  @Override
  public OperationResult retry(OperationRequest request) {
    return audited("retry", request, this::retryOnce);
  }

  @Override
  public OperationResult cancel(OperationRequest request) {
    return audited("cancel", request, this::cancelOnce);
  }

  @Override
  public OperationResult replay(OperationRequest request) {
    OperationResult result = audited("replay", request, this::replayOnce);
    queue.signal();
    return result;
  }

  private interface Action {
    OperationResult apply(String operation, OperationRequest request);
  }

  private OperationResult audited(String operation, OperationRequest request, Action action) {
    OperationResult result;
    lock.lock();
    try {
      result = claimThenApply(operation, request, action);
    } finally {
      lock.unlock();
    }
    AUDIT.info(
        "{} asked to {} run {} (request {}): {}",
        auditActor(request.actor()),
        operation,
        request.runId(),
        request.requestId(),
        result.outcome());
    return result;
  }

  private OperationResult claimThenApply(
      String operation, OperationRequest request, Action action) {
    EngineStore store = runs.store();
    if (store.findRun(request.runId()).isEmpty()) {
      return new OperationResult(
          operation, request.runId(), Outcome.NOT_FOUND, "no run has this id", null);
    }
    // A run changes only where runs execute: another instance's write would be fenced off, and the
    // holder would not see it until its next recovery. Checked before the request id is claimed, so
    // the same request sent to the holder still acts. Replays need no lease: every instance records
    // events and the holder routes them.
    if (!operation.equals("replay") && !leaseHeld.getAsBoolean()) {
      return new OperationResult(
          operation,
          request.runId(),
          Outcome.REFUSED,
          "this instance does not hold the engine lease; act on the instance executing runs",
          null);
    }
    Instant now = clock.instant();
    String what = operation + " " + request.runId();
    Optional<String> holder =
        store.claimKey(
            "operation\u0000" + request.requestId(), what, now, now.plus(REQUEST_MEMORY));
    if (holder.isPresent()) {
      return holder.get().equals(what)
          ? new OperationResult(
              operation, request.runId(), Outcome.REPEATED, "this request was handled", null)
          : new OperationResult(
              operation,
              request.runId(),
              Outcome.REFUSED,
              "this request id was used for another operation",
              null);
    }
    return action.apply(operation, request);
  }

  private OperationResult retryOnce(String operation, OperationRequest request) {
    for (int i = 0; i < MAX_CONFLICTS; i++) {
      StoredRun before = runs.store().findRun(request.runId()).orElseThrow();
      if (before.status() != RunStatus.FAILED) {
        return refused(operation, request, "only a failed run can be retried, this one is");
      }
      RunState run = new RunState(before);
      reopen(run);
      StoredRun written = run.next();
      if (runs.store().replaceRun(before.version(), written)) {
        runs.cache(before, written);
        queue.signal();
        return new OperationResult(
            operation,
            request.runId(),
            Outcome.APPLIED,
            "the run continues from its failed step",
            null);
      }
    }
    throw new IllegalStateException(
        "run "
            + request.runId()
            + " changed under the engine "
            + MAX_CONFLICTS
            + " times in a row");
  }

  /**
   * Makes a failed run running again from its failed step. Only the last completed step is
   * forgotten, and only when it failed: a failure the workflow caught and went past stays part of
   * its history, while the step whose failure ended the run executes again. A run that failed
   * outside any step simply discovers again.
   */
  private void reopen(RunState run) {
    if (!run.stack.isEmpty()) {
      String last = run.stack.get(run.stack.size() - 1);
      JsonNode memo = run.memo.get(last);
      if (memo != null && memo.has("error")) {
        run.stack.remove(run.stack.size() - 1);
        run.memo.remove(last);
        StepRecord step = run.steps.get(last);
        if (step != null) {
          run.steps.put(last, step.changed("retrying", 0, step.error(), clock.instant()));
        }
      }
    }
    run.status = RunStatus.RUNNING;
    run.endedAt = null;
    run.output = null;
    run.error = null;
    run.disableImmediateExecution = false;
    run.scheduleCall(DueWork.Kind.DISCOVERY, clock.instant(), null, 0);
  }

  private OperationResult cancelOnce(String operation, OperationRequest request) {
    Optional<StoredRun> written =
        runs.change(
            request.runId(),
            (run, after) -> {
              transitions.cancelInPlace(run, "cancelled by an operator", after);
              return true;
            });
    if (written.isEmpty()) {
      return refused(operation, request, "only a running run can be cancelled, this one is");
    }
    return new OperationResult(
        operation, request.runId(), Outcome.APPLIED, "the run was cancelled", null);
  }

  private OperationResult replayOnce(String operation, OperationRequest request) {
    StoredRun run = runs.store().findRun(request.runId()).orElseThrow();
    ObjectNode event = run.trigger().deepCopy();
    String id = "replay:" + request.requestId();
    event.put("id", id);
    try {
      intake.accept(List.of(event));
    } catch (EventValidationException | IllegalStateException e) {
      return new OperationResult(
          operation,
          request.runId(),
          Outcome.REFUSED,
          "the event could not be published again: " + e.getMessage(),
          null);
    }
    return new OperationResult(
        operation, request.runId(), Outcome.APPLIED, "the event was published again", id);
  }

  private OperationResult refused(String operation, OperationRequest request, String prefix) {
    String status =
        runs.store()
            .findRun(request.runId())
            .map(r -> r.status().name().toLowerCase(Locale.ROOT))
            .orElse("gone");
    return new OperationResult(
        operation, request.runId(), Outcome.REFUSED, prefix + " " + status, null);
  }

  private static String auditActor(String actor) {
    return actor.indexOf('@') >= 0 ? String.valueOf(Masking.email(actor)) : actor;
  }
}
