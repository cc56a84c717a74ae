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
package io.github.handymanworkflows.internal.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.execution.Op;
import io.github.handymanworkflows.execution.OpCode;
import io.github.handymanworkflows.execution.RetryAfter;
import io.github.handymanworkflows.execution.StepIds;
import io.github.handymanworkflows.internal.time.TimeStrings;
import io.github.handymanworkflows.workflow.InngestEvents;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.StepAction;
import io.github.handymanworkflows.workflow.StepFailedException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The step API during one call: replays memoized steps and unwinds at the first new one, following
 * the SDK algorithm of the Inngest protocol (discovery, targeted execution, immediate execution,
 * parallel groups).
 */
public final class ReplayStep implements Step {

  /** Inngest's limit for one step's output. */
  static final int MAX_STEP_OUTPUT_BYTES = 4 * 1024 * 1024;

  /** Inngest's limit for sleeps and waits. */
  static final Duration MAX_PAUSE = Duration.ofDays(366);

  private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(30);

  private final ExecutionRequest request;
  private final EventCodec codec;
  private final EventPublisher publisher;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final StepIds ids;
  private final List<PendingStep> found = new ArrayList<>();
  private final Set<String> visited;
  private final Set<String> reached;
  private final List<String> warnings = new ArrayList<>();
  private final Map<Type, JavaType> types = new HashMap<>();
  private final Map<JavaType, ObjectReader> readers = new HashMap<>();
  private @Nullable String executing;
  private boolean unwound;

  /** Creates the step API for one call. */
  public ReplayStep(
      ExecutionRequest request,
      EventCodec codec,
      EventPublisher publisher,
      ObjectMapper mapper,
      Clock clock) {
    this.request = request;
    this.codec = codec;
    this.publisher = publisher;
    this.mapper = mapper;
    this.clock = clock;
    // A replay reaches about as many steps as are memoized: size the tables for them at once.
    int memoized = request.steps().size();
    this.ids = new StepIds(memoized);
    int capacity = Math.max(16, (int) Math.ceil((memoized + 1) / 0.75));
    this.visited = new HashSet<>(capacity);
    this.reached = new LinkedHashSet<>(capacity);
  }

  // ---- run ---------------------------------------------------------------------------------

  @Override
  public <T> T run(String id, Class<T> type, Callable<? extends T> body) {
    Objects.requireNonNull(type, "type must not be null");
    return runStep(id, javaType(type), body);
  }

  @Override
  public <T> T run(String id, TypeReference<T> type, Callable<? extends T> body) {
    Objects.requireNonNull(type, "type must not be null");
    return runStep(id, javaType(type.getType()), body);
  }

  @Override
  public void run(String id, StepAction body) {
    Objects.requireNonNull(body, "body must not be null");
    runStep(
        id,
        javaType(Object.class),
        () -> {
          body.run();
          return null;
        });
  }

  private <T> T runStep(String id, JavaType type, Callable<? extends T> body) {
    Objects.requireNonNull(body, "body must not be null");
    String hash = enter(id);
    Memo memo = memo(hash);
    if (memo != null) {
      return read(id, memoData(id, memo), type);
    }
    return pending(
        new PendingStep(hash, id, OpCode.StepPlanned, null, () -> toJson(id, body.call())));
  }

  // ---- sleep ---------------------------------------------------------------------------------

  @Override
  public void sleep(String id, Duration duration) {
    Objects.requireNonNull(duration, "duration must not be null");
    if (duration.isNegative() || duration.compareTo(MAX_PAUSE) > 0) {
      throw new IllegalArgumentException(
          "sleep '" + id + "' must be between 0 and 366 days, was " + duration);
    }
    pause(id, TimeStrings.format(duration));
  }

  @Override
  public void sleepUntil(String id, Instant until) {
    Objects.requireNonNull(until, "until must not be null");
    pause(id, TimeStrings.formatInstant(until));
  }

  private void pause(String id, String duration) {
    String hash = enter(id);
    if (memo(hash) != null) {
      return;
    }
    ObjectNode opts = JsonNodeFactory.instance.objectNode().put("duration", duration);
    pending(new PendingStep(hash, id, OpCode.Sleep, opts, null));
  }

  // ---- waitForEvent --------------------------------------------------------------------------

  @Override
  public <T> Optional<Event<T>> waitForEvent(String id, EventType<T> type, Duration timeout) {
    return await(id, type, null, timeout);
  }

  @Override
  public <T> Optional<Event<T>> waitForEvent(
      String id, EventType<T> type, Match match, Duration timeout) {
    return await(id, type, Objects.requireNonNull(match, "match must not be null"), timeout);
  }

  private <T> Optional<Event<T>> await(
      String id, EventType<T> type, @Nullable Match match, Duration timeout) {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative() || timeout.compareTo(MAX_PAUSE) > 0) {
      throw new IllegalArgumentException(
          "waitForEvent '" + id + "' timeout must be between 0 and 366 days, was " + timeout);
    }
    String hash = enter(id);
    checkRegistered(id, "waits for", type, null);
    Memo memo = memo(hash);
    if (memo != null) {
      JsonNode value =
          memo instanceof Memo.Data d ? d.value() : ((Memo.Value) orValue(id, memo)).value();
      if (value.isNull()) {
        return Optional.empty();
      }
      Event<?> event = codec.decode(value);
      if (!event.is(type)) {
        throw new NonRetriableException(
            "waitForEvent '"
                + id
                + "' expected '"
                + type.name()
                + "' but got '"
                + event.name()
                + "'");
      }
      // Read as the step's own type, so an event the registry does not type is never a JSON tree
      // behind Event<T>.
      return Optional.of(codec.as(event, type));
    }
    ObjectNode opts = JsonNodeFactory.instance.objectNode();
    opts.put("event", type.name());
    opts.put("timeout", TimeStrings.format(timeout));
    if (match != null) {
      opts.put("if", match.expression());
    }
    return pending(new PendingStep(hash, id, OpCode.WaitForEvent, opts, null));
  }

  private Memo orValue(String id, Memo memo) {
    if (memo instanceof Memo.Failure f) {
      throw new StepFailedException(id, f.error().name(), f.error().message(), f.error().stack());
    }
    return memo;
  }

  // ---- sendEvent -----------------------------------------------------------------------------

  @Override
  public List<String> sendEvent(String id, List<? extends Event<?>> events) {
    Objects.requireNonNull(events, "events must not be null");
    List<Event<?>> copy = List.copyOf(events);
    return sendEvents(id, () -> copy);
  }

  @Override
  public List<String> sendEvent(String id, Callable<? extends List<? extends Event<?>>> events) {
    Objects.requireNonNull(events, "events must not be null");
    return sendEvents(id, events);
  }

  private List<String> sendEvents(String id, Callable<? extends List<? extends Event<?>>> events) {
    String hash = enter(id);
    Memo memo = memo(hash);
    if (memo != null) {
      JsonNode data = memoData(id, memo);
      List<String> result = new ArrayList<>();
      data.path("ids").forEach(n -> result.add(n.asText()));
      return List.copyOf(result);
    }
    return pending(
        new PendingStep(
            hash,
            id,
            OpCode.StepPlanned,
            null,
            () -> publish(id, hash, List.copyOf(Objects.requireNonNull(events.call(), "events")))));
  }

  private JsonNode publish(String id, String hash, List<Event<?>> events) throws Exception {
    List<Event<?>> prepared = new ArrayList<>();
    Instant now = clock.instant();
    for (int i = 0; i < events.size(); i++) {
      Event<?> event = events.get(i);
      if (event.name().startsWith(InngestEvents.RESERVED_PREFIX)) {
        throw new EventValidationException(
            event.name(), "name", "uses the reserved prefix 'inngest/'");
      }
      EventType<?> registered = codec.registry().find(event.name()).orElse(null);
      if (registered != null && !registered.isUntyped()) {
        if (event.data() instanceof JsonNode) {
          // Untyped data for a typed name is validated against its record before it leaves.
          codec.as(event, registered);
        } else {
          checkRegistered(id, "sends", registered, event.data().getClass());
        }
      }
      if (event.id() == null) {
        // Derived from run and step, so a retried send reuses the ids and Inngest de-duplicates.
        event = event.withId(StepIds.hash(request.runId() + ":" + hash + ":" + i));
      }
      if (event.ts() == null) {
        event = event.withTs(now);
      }
      codec.encode(event);
      prepared.add(event);
    }
    PublishResult result;
    try {
      result =
          publisher
              .publish(prepared)
              .toCompletableFuture()
              .get(PUBLISH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      throw e;
    } catch (TimeoutException e) {
      throw new TimeoutException("publishing events timed out after " + PUBLISH_TIMEOUT);
    }
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    ArrayNode idArray = data.putArray("ids");
    result.ids().forEach(idArray::add);
    return data;
  }

  /**
   * Fails clearly, naming function, step and event, when a step uses an event name with another
   * payload record than the app's registry; otherwise the run would fail later with a cast.
   */
  private void checkRegistered(
      String id, String verb, EventType<?> type, @Nullable Class<?> payloadClass) {
    if (type.isUntyped()) {
      return;
    }
    EventType<?> registered = codec.registry().find(type.name()).orElse(null);
    Class<?> used = payloadClass != null ? payloadClass : type.payloadType();
    if (registered == null
        || registered.isUntyped()
        || registered.payloadType().isAssignableFrom(used)) {
      return;
    }
    throw new NonRetriableException(
        "function '"
            + request.function().id()
            + "' step '"
            + id
            + "' "
            + verb
            + " event '"
            + type.name()
            + "' as "
            + used.getName()
            + ", but the app registers it as "
            + registered.payloadType().getName());
  }

  // ---- invoke --------------------------------------------------------------------------------

  @Override
  public <T> T invoke(
      String id, String functionId, Object data, Class<T> resultType, Duration timeout) {
    Objects.requireNonNull(functionId, "functionId must not be null");
    Objects.requireNonNull(data, "data must not be null");
    Objects.requireNonNull(resultType, "resultType must not be null");
    Objects.requireNonNull(timeout, "timeout must not be null");
    String hash = enter(id);
    Memo memo = memo(hash);
    if (memo != null) {
      return read(id, memoData(id, memo), javaType(resultType));
    }
    JsonNode payloadData = mapper.valueToTree(data);
    if (!payloadData.isObject()) {
      throw new IllegalArgumentException(
          "invoke '" + id + "' data must serialise to a JSON object");
    }
    ObjectNode opts = JsonNodeFactory.instance.objectNode();
    opts.put("function_id", request.appId() + "-" + functionId);
    opts.putObject("payload").set("data", payloadData);
    opts.put("timeout", TimeStrings.format(timeout));
    return pending(new PendingStep(hash, id, OpCode.InvokeFunction, opts, null));
  }

  // ---- parallel ------------------------------------------------------------------------------

  @Override
  public <T> List<T> parallel(List<? extends Callable<? extends T>> branches) {
    Objects.requireNonNull(branches, "branches must not be null");
    if (executing != null) {
      throw nested("parallel");
    }
    List<T> results = new ArrayList<>(branches.size());
    boolean pending = false;
    Interrupt last = null;
    for (Callable<? extends T> branch : branches) {
      try {
        results.add(branch.call());
      } catch (Interrupt interrupt) {
        if (interrupt.kind() == Interrupt.Kind.EXECUTED) {
          throw interrupt;
        }
        // A branch that reached a new step stops there; its siblings still get their turn.
        unwound = false;
        pending = true;
        last = interrupt;
        results.add(null);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new ParallelBranchException(e);
      }
    }
    if (pending) {
      unwound = true;
      throw Objects.requireNonNull(last);
    }
    return results;
  }

  // ---- machinery -----------------------------------------------------------------------------

  private String enter(String id) {
    Objects.requireNonNull(id, "step id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("step id must not be blank");
    }
    if (executing != null) {
      throw nested(id);
    }
    String hash = ids.next(id);
    reached.add(hash);
    return hash;
  }

  private NonRetriableException nested(String id) {
    return new NonRetriableException(
        "step '" + id + "' was called inside step '" + executing + "'; steps cannot be nested");
  }

  private @Nullable Memo memo(String hash) {
    // The request's steps map holds no nulls (a JSON null is a NullNode): one lookup suffices.
    JsonNode raw = request.steps().get(hash);
    Memo memo = Memo.parse(raw, raw != null);
    if (memo != null) {
      visited.add(hash);
    }
    return memo;
  }

  private JsonNode memoData(String id, Memo memo) {
    if (memo instanceof Memo.Failure f) {
      throw new StepFailedException(id, f.error().name(), f.error().message(), f.error().stack());
    }
    if (memo instanceof Memo.Data d) {
      return d.value();
    }
    warnings.add(
        "step '"
            + id
            + "' has a memoized value of another kind than its step type; "
            + "the workflow's code may have changed between calls");
    return ((Memo.Value) memo).value();
  }

  /** The Jackson type of a step's result type, resolved once per call and type. */
  private JavaType javaType(Type type) {
    return types.computeIfAbsent(type, mapper::constructType);
  }

  private <T> T read(String id, JsonNode data, JavaType type) {
    try {
      if (type.isTypeOrSubTypeOf(TreeNode.class) || data instanceof POJONode) {
        return mapper.treeToValue(data, type);
      }
      // One reader per type and call: its deserializer is found once, not once per step.
      return readers.computeIfAbsent(type, mapper::readerFor).readValue(data);
    } catch (IOException | IllegalArgumentException e) {
      throw new NonRetriableException(
          "memoized result of step '" + id + "' cannot be read as " + type.toCanonical(), e);
    }
  }

  private JsonNode toJson(String id, @Nullable Object value) {
    JsonNode json;
    byte[] bytes;
    try {
      json = mapper.valueToTree(value);
      bytes = mapper.writeValueAsBytes(json);
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw new NonRetriableException(
          "result of step '" + id + "' cannot be serialised to JSON: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_STEP_OUTPUT_BYTES) {
      throw new NonRetriableException(
          "step '"
              + id
              + "' returned "
              + bytes.length
              + " bytes of JSON; the limit is 4 MiB: return ids and counts, not documents");
    }
    return json;
  }

  private <T> T pending(PendingStep step) {
    unwound = true;
    if (!request.discovery()) {
      if (step.hash().equals(request.targetStepId()) && step.runnable()) {
        Executed done = execute(step);
        throw Interrupt.executed(done.op(), done.retryAfter());
      }
      throw Interrupt.blocked();
    }
    found.add(step);
    throw Interrupt.found();
  }

  /** Executes a run step's body and turns its outcome into an op. */
  public Executed execute(PendingStep step) {
    Callable<JsonNode> body = Objects.requireNonNull(step.body(), "only run steps execute");
    executing = step.userId();
    try {
      JsonNode data = body.call();
      return new Executed(
          new Op(step.hash(), OpCode.StepRun, step.userId(), step.userId(), null, data, null),
          null);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Interrupt e) {
      return failed(step, nested(step.userId()));
    } catch (Throwable t) {
      return failed(step, t);
    } finally {
      executing = null;
    }
  }

  private Executed failed(PendingStep step, Throwable t) {
    boolean permanent = Errors.nonRetriable(t) || request.finalAttempt();
    OpCode code = permanent ? OpCode.StepFailed : OpCode.StepError;
    RetryAfter retryAfter = permanent ? null : Errors.retryAfter(t);
    return new Executed(
        new Op(step.hash(), code, step.userId(), step.userId(), null, null, Errors.serialize(t)),
        retryAfter);
  }

  /** New steps found by a discovery request, in code order. */
  public List<PendingStep> found() {
    return List.copyOf(found);
  }

  /** Hashes of every step reached in this call, in code order. */
  public List<String> reached() {
    return List.copyOf(reached);
  }

  /** Hashes of memoized steps the replay returned (a read-only view). */
  public Set<String> visited() {
    return Collections.unmodifiableSet(visited);
  }

  /**
   * Whether the last step call unwound the workflow (so a normal return means it was swallowed).
   */
  public boolean unwound() {
    return unwound;
  }

  /** Warnings collected while replaying. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** An executed step's op and retry hint. */
  public record Executed(Op op, @Nullable RetryAfter retryAfter) {}

  /** Wraps a checked exception thrown by a parallel branch; the core reports the cause. */
  public static final class ParallelBranchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParallelBranchException(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }
}
