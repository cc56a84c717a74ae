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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.internal.execution.Errors;
import io.github.handymanworkflows.internal.execution.Interrupt;
import io.github.handymanworkflows.internal.execution.PendingStep;
import io.github.handymanworkflows.internal.execution.ReplayStep;
import io.github.handymanworkflows.internal.execution.RunContext;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.StepFailedException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call of a workflow function: the SDK side of the Inngest protocol, written once for both
 * drivers.
 *
 * <p>The function is replayed from the top. Memoized steps return their recorded results; the first
 * new step (one per branch in a parallel group) ends the call. A discovery request that finds
 * exactly one new run step executes it at once unless immediate execution is disabled; otherwise
 * new steps are reported as ops. A targeted request executes only its target.
 */
public final class ExecutionCore {

  private static final Logger LOGGER = LoggerFactory.getLogger(ExecutionCore.class);
  private static final int MAX_WARNINGS = 20;

  private final EventCodec codec;
  private final EventPublisher publisher;
  private final ObjectMapper mapper;
  private final Clock clock;

  /**
   * Creates the core.
   *
   * @param codec decodes trigger events and matched events into typed envelopes
   * @param publisher sends the events of {@code step.sendEvent}
   * @param clock stamps events sent without a timestamp
   */
  @Inject
  public ExecutionCore(EventCodec codec, EventPublisher publisher, Clock clock) {
    this.codec = Objects.requireNonNull(codec, "codec must not be null");
    this.publisher = Objects.requireNonNull(publisher, "publisher must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.mapper = Json.mapper();
  }

  /** Runs one call. Never throws for anything the workflow does; errors become outcomes. */
  public ExecutionResult execute(ExecutionRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    List<Event<?>> events = new ArrayList<>();
    try {
      for (JsonNode json : request.events()) {
        events.add(codec.decode(json));
      }
    } catch (RuntimeException e) {
      return new ExecutionResult(failure(e), List.of());
    }
    RunContext ctx =
        new RunContext(
            events, request.runId(), request.function().id(), request.attempt(), mapper, codec);
    ReplayStep step = new ReplayStep(request, codec, publisher, mapper, clock);
    ExecutionOutcome outcome;
    try {
      Object result = request.function().handler().handle(ctx, step);
      if (step.unwound()) {
        outcome = swallowed();
      } else if (!request.discovery()) {
        outcome = notFound(request, step);
      } else {
        outcome = completed(result);
      }
    } catch (Interrupt interrupt) {
      outcome = interrupted(request, step, interrupt);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      outcome = failure(t);
    }
    List<String> warnings = capped(new LinkedHashSet<>(step.warnings()));
    if (request.discovery() && !(outcome instanceof ExecutionOutcome.Failed)) {
      warnings.addAll(unreached(request, step, Math.max(1, MAX_WARNINGS - warnings.size())));
    }
    for (String warning : warnings) {
      LOGGER.warn("run {} of {}: {}", request.runId(), request.function().id(), warning);
    }
    return new ExecutionResult(outcome, warnings);
  }

  private ExecutionOutcome interrupted(
      ExecutionRequest request, ReplayStep step, Interrupt interrupt) {
    switch (interrupt.kind()) {
      case EXECUTED:
        return new ExecutionOutcome.Steps(
            List.of(Objects.requireNonNull(interrupt.op())), interrupt.retryAfter());
      case BLOCKED:
        return notFound(request, step);
      case FOUND:
      default:
        List<PendingStep> found = step.found();
        if (found.size() == 1 && found.get(0).runnable() && !request.disableImmediateExecution()) {
          ReplayStep.Executed done = step.execute(found.get(0));
          return new ExecutionOutcome.Steps(List.of(done.op()), done.retryAfter());
        }
        List<Op> ops = new ArrayList<>();
        for (PendingStep pending : found) {
          ops.add(
              new Op(
                  pending.hash(),
                  pending.op(),
                  pending.userId(),
                  pending.userId(),
                  pending.opts(),
                  null,
                  null));
        }
        return new ExecutionOutcome.Steps(ops, null);
    }
  }

  private static ExecutionOutcome notFound(ExecutionRequest request, ReplayStep step) {
    return new ExecutionOutcome.StepNotFound(
        Objects.requireNonNull(request.targetStepId()), step.reached());
  }

  private static ExecutionOutcome swallowed() {
    return new ExecutionOutcome.Failed(
        new SerializedError(
            "NonRetriableError",
            "the workflow caught the engine's step signal (an Error) and returned; "
                + "do not catch Throwable or Error around step calls",
            null),
        false,
        null);
  }

  /**
   * At most {@value #MAX_WARNINGS} warnings per call, the rest counted: a request's stack can
   * repeat one hash a million times, and each warning is a log line and part of the run's record.
   */
  private static List<String> capped(Set<String> distinct) {
    List<String> warnings = new ArrayList<>(Math.min(distinct.size(), MAX_WARNINGS + 1));
    for (String warning : distinct) {
      if (warnings.size() == MAX_WARNINGS) {
        warnings.add((distinct.size() - MAX_WARNINGS) + " more warnings of this call not listed");
        break;
      }
      warnings.add(warning);
    }
    return warnings;
  }

  /** Memoized steps the replay never reached: at most {@code limit} listed, the rest counted. */
  private static List<String> unreached(ExecutionRequest request, ReplayStep step, int limit) {
    Set<String> visited = step.visited();
    if (visited.size() == request.steps().size()) {
      // Only memoized steps are visited, so every memoized step was reached: the common case,
      // answered without walking a stack that can hold thousands of hashes.
      return List.of();
    }
    List<String> warnings = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    long more = 0;
    for (String hash : request.stack()) {
      if (!request.steps().containsKey(hash) || visited.contains(hash) || listed.contains(hash)) {
        continue;
      }
      if (listed.size() == limit) {
        more++;
        continue;
      }
      listed.add(hash);
      warnings.add(
          "memoized step "
              + hash
              + " was not reached while replaying: the code before it changed or is"
              + " nondeterministic (clock reads, randomness or I/O outside steps)");
    }
    if (more > 0) {
      warnings.add(more + " more unreached memoized step entries not listed");
    }
    return warnings;
  }

  private ExecutionOutcome.Failed failure(Throwable thrown) {
    Throwable t = unwrap(thrown);
    if (t instanceof StepFailedException failed) {
      return new ExecutionOutcome.Failed(
          new SerializedError(failed.errorName(), failed.errorMessage(), failed.errorStack()),
          false,
          null);
    }
    SerializedError error = errorOf(t);
    if (t instanceof NonRetriableException) {
      return new ExecutionOutcome.Failed(error, false, null);
    }
    return new ExecutionOutcome.Failed(error, true, Errors.retryAfter(t));
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while (current instanceof ReplayStep.ParallelBranchException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static SerializedError errorOf(Throwable t) {
    return Errors.serialize(t);
  }

  private ExecutionOutcome completed(@Nullable Object result) {
    if (result == null) {
      return new ExecutionOutcome.Completed(NullNode.getInstance());
    }
    try {
      return new ExecutionOutcome.Completed(mapper.valueToTree(result));
    } catch (IllegalArgumentException e) {
      return failure(
          new NonRetriableException(
              "the function's result cannot be serialised to JSON: " + e.getMessage(), e));
    }
  }
}
