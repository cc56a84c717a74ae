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
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.engine.internal.Ulid;
import io.github.handymanworkflows.engine.internal.Wait;
import io.github.handymanworkflows.engine.internal.WaitIndex;
import io.github.handymanworkflows.engine.store.AcceptedEvent;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.workflow.CancelOn;
import io.github.handymanworkflows.workflow.InngestEvents;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Intake and routing: validates events, records them in the store before the publisher gets an
 * answer, then routes each one to the runs it cancels, the waits it resumes and the functions it
 * triggers (with id de-duplication and idempotency keys). Routing takes the engine lock.
 */
final class Intake {

  private static final Logger LOGGER = LoggerFactory.getLogger(Intake.class);
  static final Duration DEDUPLICATION_WINDOW = Duration.ofHours(24);

  private final Clock clock;
  private final EventCodec codec;
  private final Random random;
  private final Map<String, WorkflowFunction> functions;
  private final Map<String, List<String>> cancellersByEvent;
  private final Expressions expressions;
  private final EngineStore store;
  private final Runs runs;
  private final WaitIndex waits;
  private final ReentrantLock lock;
  private RunTransitions transitions;
  private long sequence;
  private volatile boolean closed;

  Intake(
      Clock clock,
      EventCodec codec,
      Random random,
      Map<String, WorkflowFunction> functions,
      Expressions expressions,
      Runs runs,
      WaitIndex waits,
      ReentrantLock lock) {
    this.clock = clock;
    this.codec = codec;
    this.random = random;
    this.functions = functions;
    this.expressions = expressions;
    this.store = runs.store();
    this.runs = runs;
    this.waits = waits;
    this.lock = lock;
    Map<String, List<String>> cancellers = new LinkedHashMap<>();
    for (WorkflowFunction fn : functions.values()) {
      for (CancelOn rule : fn.cancelOn()) {
        cancellers.computeIfAbsent(rule.event(), k -> new ArrayList<>()).add(fn.id());
      }
    }
    this.cancellersByEvent = Map.copyOf(cancellers);
  }

  void transitions(RunTransitions value) {
    this.transitions = value;
  }

  /** Refuses every later event: the engine is closing. */
  void close() {
    closed = true;
  }

  boolean closed() {
    return closed;
  }

  /** Validates, records and routes events from outside; returns their ids. */
  List<String> accept(List<ObjectNode> events) {
    return accept(events, false);
  }

  /**
   * Validates, records and routes events; a step's {@code sendEvent} is accepted while the engine
   * closes, since it belongs to a call the shutdown lets finish.
   */
  List<String> accept(List<ObjectNode> events, boolean fromStep) {
    if (closed && !fromStep) {
      throw new IllegalStateException(
          "the embedded engine is closed: "
              + events.size()
              + " event(s) not accepted; publish before closing the engine");
    }
    List<ObjectNode> normalised = new ArrayList<>();
    for (ObjectNode json : events) {
      normalised.add(normalise(json, false));
    }
    return record(normalised);
  }

  /** Records and routes an event the engine makes (failed, cancelled, invoked, cron). */
  void emit(ObjectNode event) {
    record(List.of(normalise(event, true)));
  }

  private List<String> record(List<ObjectNode> normalised) {
    List<String> ids = new ArrayList<>();
    lock.lock();
    try {
      Instant now = clock.instant();
      List<AcceptedEvent> accepted = new ArrayList<>();
      for (ObjectNode json : normalised) {
        // Fixed-width hex sorts as numbers: acceptance order survives in the store's key order.
        String key = eventKey(now.toEpochMilli(), sequence++);
        accepted.add(new AcceptedEvent(key, json, now));
        ids.add(json.get("id").asText());
      }
      store.acceptEvents(accepted);
      // Without the lease the events stay recorded, unrouted: the holder routes them.
      routeAll(accepted, false, Instant.MAX);
    } finally {
      lock.unlock();
    }
    return ids;
  }

  /** {@code %016x-%08x} of the time and the sequence's low 32 bits, without a formatter. */
  static String eventKey(long epochMilli, long sequence) {
    char[] key = new char[25];
    hex(epochMilli, key, 0, 16);
    key[16] = '-';
    hex(sequence & 0xffffffffL, key, 17, 8);
    return new String(key);
  }

  private static void hex(long value, char[] into, int from, int digits) {
    for (int i = from + digits - 1; i >= from; i--) {
      into[i] = Character.forDigit((int) (value & 0xf), 16);
      value >>>= 4;
    }
  }

  /**
   * Routes events accepted before a restart, or by engines without the lease, and not routed yet;
   * stops at {@code until} (the lease keeper's budget), leaving the rest for the next call.
   *
   * @return how many events were routed
   */
  int recover(Instant until) {
    lock.lock();
    try {
      if (!runs.executing()) {
        return 0;
      }
      return routeAll(store.unroutedEvents(), true, until);
    } finally {
      lock.unlock();
    }
  }

  private int routeAll(List<AcceptedEvent> events, boolean recovering, Instant until) {
    int routed = 0;
    try {
      for (AcceptedEvent event : events) {
        if (!runs.executing() || !clock.instant().isBefore(until)) {
          break;
        }
        route(event, recovering);
        routed++;
      }
    } catch (LeaseLostException e) {
      LOGGER.info("lease lost while routing; the next holder routes the rest: {}", e.getMessage());
    }
    return routed;
  }

  private ObjectNode normalise(ObjectNode json, boolean internal) {
    Event<?> event = codec.decode(json);
    if (!internal && event.name().startsWith(InngestEvents.RESERVED_PREFIX)) {
      throw new EventValidationException(
          event.name(), "name", "uses the reserved prefix 'inngest/'");
    }
    // A shallow copy to complete; freezing it below copies the nested trees.
    ObjectNode wire = JsonNodeFactory.instance.objectNode();
    wire.setAll(json);
    if (!wire.hasNonNull("id") || wire.get("id").asText().isBlank()) {
      wire.put("id", Ulid.next(clock.instant(), random));
    }
    if (!wire.hasNonNull("ts")) {
      wire.put("ts", clock.millis());
    }
    if (!wire.has("data") || wire.get("data").isNull()) {
      wire.putObject("data");
    }
    if (!wire.has("user") || !wire.get("user").isObject()) {
      wire.putObject("user");
    }
    // Kept for the run's whole life: read-only and compact.
    return FrozenJson.freezeObject(wire);
  }

  /** Routes one recorded event; the lock is held. */
  private void route(AcceptedEvent accepted, boolean recovering) {
    JsonNode event = accepted.event();
    String name = event.get("name").asText();
    String id = event.get("id").asText();
    Instant now = clock.instant();
    store.purgeExpiredKeys(now);
    cancelMatching(event, now);
    resumeWaits(event);
    for (WorkflowFunction fn : functions.values()) {
      if (triggeredBy(fn, event, name)) {
        trigger(fn, event, id, now, recovering);
      }
    }
    store.markRouted(accepted.key());
  }

  private void trigger(
      WorkflowFunction fn, JsonNode event, String id, Instant now, boolean recovering) {
    Instant expires = now.plus(DEDUPLICATION_WINDOW);
    String runId = transitions.newRunId(now);
    Optional<String> earlier = store.claimKey(fn.id() + "\u0000" + id, runId, now, expires);
    if (earlier.isPresent()) {
      if (recovering && store.findRun(earlier.get()).isEmpty()) {
        // Claimed before a crash, run not written yet: start the run the claim names.
        transitions.start(earlier.get(), fn, event, now, null, null);
      } else {
        LOGGER.debug("event {} already started a run of {}; skipped", id, fn.id());
      }
      return;
    }
    if (fn.idempotency().isPresent()) {
      String expression = fn.idempotency().get();
      Optional<String> value = keyValue(expression, event);
      if (value.isEmpty()) {
        // A missing key must not make unrelated events share one key: run without the check.
        LOGGER.warn(
            "idempotency key '{}' of {} has no value for event {}; run started without it",
            expression,
            fn.id(),
            id);
      } else if (store
          .claimKey(fn.id() + "\u0001" + value.get(), runId, now, expires)
          .isPresent()) {
        LOGGER.debug("idempotency key of {} already used; event {} skipped", fn.id(), id);
        return;
      }
    }
    transitions.start(runId, fn, event, now, null, null);
  }

  private boolean triggeredBy(WorkflowFunction fn, JsonNode event, String name) {
    for (Trigger trigger : fn.triggers()) {
      if (trigger instanceof Trigger.OnEvent on && on.event().equals(name)) {
        if (on.expression() == null || expressions.test(on.expression(), Map.of("event", event))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The value of a key expression as a string, or empty when it is missing, null or cannot be
   * evaluated.
   */
  Optional<String> keyValue(String expression, JsonNode event) {
    try {
      Object value = expressions.get(expression).evaluate(Map.of("event", event));
      return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    } catch (RuntimeException e) {
      LOGGER.warn("key expression '{}' could not be evaluated: {}", expression, e.getMessage());
      return Optional.empty();
    }
  }

  private void cancelMatching(JsonNode event, Instant now) {
    String name = event.get("name").asText();
    List<String> cancellers = cancellersByEvent.get(name);
    if (cancellers == null) {
      // Most events cancel nothing: skip the scan of running runs.
      return;
    }
    for (String functionId : cancellers) {
      WorkflowFunction fn = functions.get(functionId);
      for (StoredRun run : store.runs(functionId, RunStatus.RUNNING)) {
        for (CancelOn rule : fn.cancelOn()) {
          if (!rule.event().equals(name)) {
            continue;
          }
          if (rule.timeout() != null && run.startedAt().plus(rule.timeout()).isBefore(now)) {
            continue;
          }
          Map<String, JsonNode> vars = Map.of("event", run.trigger(), "async", event);
          if (rule.ifExpression() == null || expressions.test(rule.ifExpression(), vars)) {
            transitions.cancel(run.runId(), "cancelled by event " + name);
            break;
          }
        }
      }
    }
  }

  private void resumeWaits(JsonNode event) {
    String name = event.get("name").asText();
    List<Wait> matched =
        waits.takeMatching(
            name,
            event,
            wait ->
                wait.condition() == null
                    || Expressions.safeTest(
                        wait.condition(), Map.of("event", wait.trigger(), "async", event)));
    for (Wait wait : matched) {
      runs.change(
          wait.runId(),
          (run, after) -> {
            if (!run.waits.containsKey(wait.stepId())) {
              return false;
            }
            transitions.resolve(run, wait.stepId(), event, "completed");
            return true;
          });
    }
  }
}
