package io.github.handymanworkflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.engine.internal.Ulid;
import io.github.handymanworkflows.engine.internal.Wait;
import io.github.handymanworkflows.engine.internal.WaitIndex;
import io.github.handymanworkflows.engine.internal.WorkItem;
import io.github.handymanworkflows.engine.internal.WorkQueue;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.execution.ExecutionCore;
import io.github.handymanworkflows.execution.ExecutionOutcome;
import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.execution.ExecutionResult;
import io.github.handymanworkflows.execution.Op;
import io.github.handymanworkflows.execution.RetryAfter;
import io.github.handymanworkflows.execution.SerializedError;
import io.github.handymanworkflows.execution.WireFormat;
import io.github.handymanworkflows.internal.expr.Expression;
import io.github.handymanworkflows.internal.time.CronSchedule;
import io.github.handymanworkflows.internal.time.TimeStrings;
import io.github.handymanworkflows.workflow.CancelOn;
import io.github.handymanworkflows.workflow.InngestEvents;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs workflow functions in-process, playing the Inngest server's part: event ingestion with id
 * de-duplication, trigger routing, run state, sleeps, waits with timeouts, {@code sendEvent} and
 * {@code invoke} fan-out, retries with exponential backoff and jitter, failure handlers,
 * cancellation, concurrency limits, cron schedules and a queryable run history.
 *
 * <p>Two ways to drive it. In tests, build it with a {@link ManualClock} and call {@link #runDue()}
 * or {@link #advance(Duration)}: everything runs on the calling thread, no real waiting. In
 * production, call {@link #start(int)}: a scheduler thread hands due work to a small worker pool,
 * and {@link #close()} lets work in progress finish.
 *
 * <p>The same execution core as the Inngest serve handler runs every call, so a workflow behaves
 * the same on both.
 */
public final class EmbeddedEngine implements EventPublisher, RunHistory, AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(EmbeddedEngine.class);
  private static final Duration DEDUPLICATION_WINDOW = Duration.ofHours(24);
  private static final int MAX_ITEMS_PER_RUN_DUE = 1_000_000;
  private static final int MAX_STEPS_PER_RUN = 1_000;

  private final String appId;
  private final Clock clock;
  private final Map<String, WorkflowFunction> functions;
  private final Map<String, List<String>> cancellersByEvent;
  private final EventCodec codec;
  private final ExecutionCore core;
  private final CallExecutor executor;
  private final RunStore store;
  private final Backoff backoff;
  private final Random random;
  private final ReentrantLock lock = new ReentrantLock();
  private final WorkQueue queue;
  private final WaitIndex waits = new WaitIndex();
  private final LinkedHashMap<String, Instant> seenEvents = new LinkedHashMap<>();
  private final Map<String, Integer> activeByConcurrencyKey = new LinkedHashMap<>();
  private @Nullable Worker worker;

  EmbeddedEngine(EmbeddedEngineBuilder b) {
    this.appId = b.appId;
    this.clock = b.clock;
    this.codec = b.codec;
    this.store = b.store;
    this.backoff = b.backoff;
    this.random = b.random;
    this.queue = new WorkQueue(lock);
    Map<String, WorkflowFunction> byId = new LinkedHashMap<>();
    for (WorkflowFunction fn : b.functions) {
      register(byId, fn);
      fn.failureFunction(appId).ifPresent(failure -> register(byId, failure));
    }
    this.functions = Map.copyOf(byId);
    Map<String, List<String>> cancellers = new LinkedHashMap<>();
    for (WorkflowFunction fn : byId.values()) {
      for (CancelOn rule : fn.cancelOn()) {
        cancellers.computeIfAbsent(rule.event(), k -> new ArrayList<>()).add(fn.id());
      }
    }
    this.cancellersByEvent = Map.copyOf(cancellers);
    this.core = new ExecutionCore(codec, this::publishFromStep, clock);
    this.executor = b.executor != null ? b.executor : core::execute;
    scheduleCrons(clock.instant());
    LOGGER.info("embedded engine '{}' ready with {} functions", appId, functions.size());
  }

  private static void register(Map<String, WorkflowFunction> byId, WorkflowFunction fn) {
    if (byId.putIfAbsent(fn.id(), fn) != null) {
      throw new IllegalArgumentException("two functions have the id '" + fn.id() + "'");
    }
  }

  /** Starts building an engine. */
  public static EmbeddedEngineBuilder builder() {
    return new EmbeddedEngineBuilder();
  }

  /** The app id that prefixes composite function ids. */
  public String appId() {
    return appId;
  }

  /** The registered functions, failure handlers included, by id. */
  public Map<String, WorkflowFunction> functions() {
    return functions;
  }

  /** The engine's clock. */
  public Clock clock() {
    return clock;
  }

  // ---- ingestion -----------------------------------------------------------------------------

  @Override
  public CompletionStage<PublishResult> publish(List<? extends Event<?>> events) {
    List<ObjectNode> wire = new ArrayList<>();
    for (Event<?> event : events) {
      wire.add(codec.encode(event));
    }
    return CompletableFuture.completedFuture(new PublishResult(ingestAll(wire, false)));
  }

  /**
   * Ingests events in wire JSON (one object or an array), as posted to the serve endpoint in
   * embedded mode.
   *
   * @throws EventValidationException naming the field when an event is invalid; nothing of the
   *     request is ingested then
   */
  public PublishResult publishJson(JsonNode body) {
    List<ObjectNode> wire = new ArrayList<>();
    if (body.isArray()) {
      body.forEach(node -> wire.add(asObject(node)));
    } else {
      wire.add(asObject(body));
    }
    return new PublishResult(ingestAll(wire, false));
  }

  private static ObjectNode asObject(JsonNode node) {
    if (!(node instanceof ObjectNode object)) {
      throw new EventValidationException("?", "event", "must be a JSON object");
    }
    return object.deepCopy();
  }

  private CompletionStage<PublishResult> publishFromStep(List<? extends Event<?>> events) {
    return publish(events);
  }

  private List<String> ingestAll(List<ObjectNode> events, boolean internal) {
    // Validate the whole batch first, so a bad event rejects the request without half-ingesting it.
    List<ObjectNode> normalised = new ArrayList<>();
    for (ObjectNode json : events) {
      normalised.add(normalise(json, internal));
    }
    List<String> ids = new ArrayList<>();
    lock.lock();
    try {
      for (ObjectNode json : normalised) {
        ids.add(ingest(json));
      }
    } finally {
      lock.unlock();
    }
    queue.signal();
    return ids;
  }

  private ObjectNode normalise(ObjectNode json, boolean internal) {
    Event<?> event = codec.decode(json);
    if (!internal && event.name().startsWith(InngestEvents.RESERVED_PREFIX)) {
      throw new EventValidationException(
          event.name(), "name", "uses the reserved prefix 'inngest/'");
    }
    ObjectNode wire = json.deepCopy();
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
    return wire;
  }

  /** Routes one normalised event; the lock is held. */
  private String ingest(ObjectNode event) {
    String name = event.get("name").asText();
    String id = event.get("id").asText();
    Instant now = clock.instant();
    purgeSeen(now);
    cancelMatching(event, now);
    resumeWaits(event);
    for (WorkflowFunction fn : functions.values()) {
      if (triggeredBy(fn, event, name)) {
        String key = fn.id() + "\u0000" + id;
        if (seenEvents.containsKey(key)) {
          LOGGER.debug("event {} already started a run of {}; skipped", id, fn.id());
          continue;
        }
        seenEvents.put(key, now);
        if (fn.idempotency().isPresent()) {
          // Inngest implements idempotency as one run per key value in 24 hours.
          String idempotencyKey = fn.id() + "\u0001" + keyValue(fn.idempotency().get(), event);
          if (seenEvents.containsKey(idempotencyKey)) {
            LOGGER.debug("idempotency key of {} already used; event {} skipped", fn.id(), id);
            continue;
          }
          seenEvents.put(idempotencyKey, now);
        }
        startRun(fn, event, now);
      }
    }
    return id;
  }

  private boolean triggeredBy(WorkflowFunction fn, JsonNode event, String name) {
    for (Trigger trigger : fn.triggers()) {
      if (trigger instanceof Trigger.OnEvent on && on.event().equals(name)) {
        if (on.expression() == null || test(on.expression(), Map.of("event", event))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean test(String expression, Map<String, JsonNode> variables) {
    try {
      return Expression.parse(expression).test(variables);
    } catch (RuntimeException e) {
      LOGGER.warn("expression '{}' could not be evaluated: {}", expression, e.getMessage());
      return false;
    }
  }

  private void purgeSeen(Instant now) {
    Iterator<Map.Entry<String, Instant>> it = seenEvents.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Instant> entry = it.next();
      if (entry.getValue().plus(DEDUPLICATION_WINDOW).isAfter(now)) {
        break;
      }
      it.remove();
    }
  }

  private RunState startRun(WorkflowFunction fn, JsonNode event, Instant now) {
    RunState run = new RunState(Ulid.next(now, random), fn.id(), List.of(event), now);
    store.save(run);
    queue.add(now, WorkItem.Kind.DISCOVERY, run.runId(), null, 0, null, 0);
    fn.timeouts()
        .flatMap(t -> Optional.ofNullable(t.finish()))
        .ifPresent(
            finish ->
                queue.add(
                    now.plus(finish), WorkItem.Kind.FINISH_TIMEOUT, run.runId(), null, 0, null, 0));
    LOGGER.debug("run {} of {} started by {}", run.runId(), fn.id(), event.path("name").asText());
    return run;
  }

  // ---- cancellation and waits ----------------------------------------------------------------

  private void cancelMatching(JsonNode event, Instant now) {
    String name = event.get("name").asText();
    List<String> cancellers = cancellersByEvent.get(name);
    if (cancellers == null) {
      // Most events cancel nothing: skip the scan of running runs.
      return;
    }
    for (RunState run : store.running()) {
      WorkflowFunction fn = functions.get(run.functionId());
      if (fn == null || !cancellers.contains(fn.id())) {
        continue;
      }
      for (CancelOn rule : fn.cancelOn()) {
        if (!rule.event().equals(name)) {
          continue;
        }
        if (rule.timeout() != null && run.startedAt().plus(rule.timeout()).isBefore(now)) {
          continue;
        }
        Map<String, JsonNode> vars = Map.of("event", run.events().get(0), "async", event);
        if (rule.ifExpression() == null || test(rule.ifExpression(), vars)) {
          cancel(run, now, "cancelled by event " + name);
          break;
        }
      }
    }
  }

  private void cancel(RunState run, Instant now, String reason) {
    run.end(RunStatus.CANCELLED, now, null, new SerializedError("Cancelled", reason, null));
    removeWaits(run.runId(), null);
    store.save(run);
    LOGGER.info("run {} of {} {}", run.runId(), run.functionId(), reason);
  }

  private void resumeWaits(JsonNode event) {
    String name = event.get("name").asText();
    List<Wait> matched =
        waits.takeMatching(
            name,
            event,
            wait ->
                wait.condition() == null
                    || safeTest(wait.condition(), Map.of("event", wait.trigger(), "async", event)));
    for (Wait wait : matched) {
      store
          .find(wait.runId())
          .filter(r -> !r.status().ended())
          .ifPresent(run -> resolve(run, wait.stepId(), event.deepCopy(), "completed"));
    }
  }

  private static boolean safeTest(Expression condition, Map<String, JsonNode> vars) {
    try {
      return condition.test(vars);
    } catch (RuntimeException e) {
      LOGGER.warn(
          "wait condition '{}' could not be evaluated: {}", condition.source(), e.getMessage());
      return false;
    }
  }

  /** Completes a pending step from outside (timer, event, child run) and discovers on. */
  private void resolve(RunState run, String stepId, JsonNode value, String status) {
    if (!run.pending().contains(stepId)) {
      return;
    }
    run.complete(stepId, value);
    StepRecord step = run.steps().get(stepId);
    if (step != null) {
      run.steps()
          .put(
              stepId,
              new StepRecord(
                  step.hashedId(),
                  step.name(),
                  step.kind(),
                  status,
                  step.attempts(),
                  WireFormat.bytes(value).length,
                  step.error()));
    }
    discoverIfIdle(run);
    store.save(run);
  }

  private void discoverIfIdle(RunState run) {
    if (run.pending().isEmpty() && !run.status().ended()) {
      run.disableImmediateExecution(false);
      queue.add(clock.instant(), WorkItem.Kind.DISCOVERY, run.runId(), null, 0, null, 0);
    }
  }

  private void removeWaits(String runId, @Nullable String stepId) {
    waits.remove(runId, stepId);
  }

  // ---- crons ---------------------------------------------------------------------------------

  private void scheduleCrons(Instant after) {
    for (WorkflowFunction fn : functions.values()) {
      List<Trigger> triggers = fn.triggers();
      for (int i = 0; i < triggers.size(); i++) {
        if (triggers.get(i) instanceof Trigger.OnCron cron) {
          scheduleCron(fn.id(), i, cron.cron(), after);
        }
      }
    }
  }

  private void scheduleCron(String functionId, int index, String cron, Instant after) {
    CronSchedule.parse(cron)
        .nextAfter(after)
        .ifPresent(next -> queue.add(next, WorkItem.Kind.CRON, null, null, 0, functionId, index));
  }

  private void fireCron(WorkItem item) {
    WorkflowFunction fn = functions.get(item.functionId());
    if (fn == null) {
      return;
    }
    Trigger.OnCron cron = (Trigger.OnCron) fn.triggers().get(item.cronIndex());
    Instant scheduled = item.due();
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    // One id per schedule and instant: a second engine or a replayed timer starts no second run.
    event.put("id", "cron:" + fn.id() + ":" + scheduled);
    event.put("name", InngestEvents.SCHEDULED_TIMER);
    ObjectNode data = event.putObject("data");
    data.put("cron", cron.cron());
    data.put("scheduledAt", TimeStrings.formatInstant(scheduled));
    event.putObject("user");
    event.put("ts", scheduled.toEpochMilli());
    String key = fn.id() + "\u0000" + event.get("id").asText();
    if (!seenEvents.containsKey(key)) {
      seenEvents.put(key, clock.instant());
      startRun(fn, event, clock.instant());
    }
    scheduleCron(fn.id(), item.cronIndex(), cron.cron(), scheduled);
  }

  // ---- driving -------------------------------------------------------------------------------

  /**
   * Runs, on the calling thread, everything due at the clock's current time, including work that
   * becomes due as a result, until nothing is due.
   *
   * @return how many work items ran
   */
  public int runDue() {
    int count = 0;
    while (true) {
      Optional<WorkItem> item = queue.pollDue(clock.instant());
      if (item.isEmpty()) {
        return count;
      }
      process(item.get());
      if (++count > MAX_ITEMS_PER_RUN_DUE) {
        throw new IllegalStateException(
            "more than "
                + MAX_ITEMS_PER_RUN_DUE
                + " work items were due at once; a workflow may loop");
      }
    }
  }

  /**
   * Moves a {@link ManualClock} forward, stopping at every instant where work is due and running it
   * there, so sleeps end, waits time out and crons fire at their own times.
   *
   * @return how many work items ran
   */
  public int advance(Duration duration) {
    if (!(clock instanceof ManualClock manual)) {
      throw new IllegalStateException("advance needs an engine built with a ManualClock");
    }
    Instant target = manual.instant().plus(duration);
    int count = runDue();
    while (true) {
      Optional<Instant> next = queue.nextDue();
      if (next.isEmpty() || next.get().isAfter(target)) {
        break;
      }
      if (next.get().isAfter(manual.instant())) {
        manual.set(next.get());
      }
      count += runDue();
    }
    manual.set(target);
    return count + runDue();
  }

  /** When the next work is due, if any. */
  public Optional<Instant> nextDue() {
    return queue.nextDue();
  }

  /**
   * Starts the scheduler thread and a pool of workers that run due work as the system clock reaches
   * it.
   *
   * @param workers how many calls may run at once
   */
  public synchronized void start(int workers) {
    if (worker != null) {
      throw new IllegalStateException("engine already started");
    }
    worker = new Worker(this, queue, workers);
    worker.start();
  }

  /**
   * Waits until no work is due or running, for hosts and tests that drive a started engine.
   *
   * @return whether the engine became idle within the timeout
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    Worker w = worker;
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      // Read both under the lock: dispatching takes an item and counts it in flight under it too.
      boolean idle;
      lock.lock();
      try {
        idle =
            (w == null || w.inFlight() == 0)
                && queue.nextDue().map(due -> due.isAfter(clock.instant())).orElse(true);
      } finally {
        lock.unlock();
      }
      if (idle) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }

  /** Stops the scheduler and lets calls in progress finish (up to 30 seconds). */
  @Override
  public synchronized void close() {
    if (worker != null) {
      worker.shutdown(Duration.ofSeconds(30));
      worker = null;
    }
  }

  /** Processes one work item; the lock is not held on entry. */
  void process(WorkItem item) {
    switch (item.kind()) {
      case DISCOVERY, TARGETED -> call(item);
      default -> {
        lock.lock();
        try {
          timer(item);
        } finally {
          lock.unlock();
        }
      }
    }
  }

  private void timer(WorkItem item) {
    if (item.kind() == WorkItem.Kind.CRON) {
      fireCron(item);
      return;
    }
    RunState run = store.find(Objects.requireNonNull(item.runId())).orElse(null);
    if (run == null || run.status().ended()) {
      return;
    }
    String stepId = item.stepId();
    switch (item.kind()) {
      case SLEEP_DONE ->
          resolve(run, Objects.requireNonNull(stepId), NullNode.getInstance(), "completed");
      case WAIT_TIMEOUT -> {
        removeWaits(run.runId(), stepId);
        resolve(run, Objects.requireNonNull(stepId), NullNode.getInstance(), "timed out");
      }
      case INVOKE_TIMEOUT ->
          resolve(
              run,
              Objects.requireNonNull(stepId),
              errorMemo(
                  new SerializedError(
                      "InngestInvokeTimeoutError",
                      "Timed out waiting for invoked function to complete",
                      null)),
              "failed");
      case FINISH_TIMEOUT -> cancel(run, clock.instant(), "cancelled: finish timeout passed");
      default -> throw new IllegalStateException("not a timer: " + item.kind());
    }
  }

  // ---- calls ---------------------------------------------------------------------------------

  private void call(WorkItem item) {
    ExecutionRequest request;
    WorkflowFunction fn;
    RunState run;
    lock.lock();
    try {
      run = store.find(Objects.requireNonNull(item.runId())).orElse(null);
      if (run == null || run.status().ended()) {
        return;
      }
      fn = functions.get(run.functionId());
      if (fn == null) {
        return;
      }
      request =
          new ExecutionRequest(
              fn,
              appId,
              run.runId(),
              run.events(),
              new LinkedHashMap<>(run.memo()),
              List.copyOf(run.stack()),
              item.stepId(),
              run.disableImmediateExecution(),
              item.attempt(),
              fn.maxAttempts());
    } finally {
      lock.unlock();
    }
    ExecutionResult result = executor.execute(request);
    lock.lock();
    try {
      if (!run.status().ended()) {
        apply(run, fn, item, result);
        store.save(run);
      }
    } finally {
      lock.unlock();
    }
    queue.signal();
  }

  private void apply(RunState run, WorkflowFunction fn, WorkItem item, ExecutionResult result) {
    run.warnings().addAll(result.warnings());
    Instant now = clock.instant();
    ExecutionOutcome outcome = result.outcome();
    if (outcome instanceof ExecutionOutcome.Completed done) {
      run.end(RunStatus.COMPLETED, now, done.result(), null);
      LOGGER.debug("run {} of {} completed", run.runId(), fn.id());
      finishChild(run, done.result(), null);
    } else if (outcome instanceof ExecutionOutcome.Steps steps) {
      applySteps(run, fn, item, steps, now);
    } else if (outcome instanceof ExecutionOutcome.Failed failed) {
      if (failed.retriable() && item.attempt() + 1 < fn.maxAttempts()) {
        retry(item, failed.retryAfter(), now);
      } else {
        fail(run, fn, failed.error(), now);
      }
    } else if (outcome instanceof ExecutionOutcome.StepNotFound notFound) {
      SerializedError error =
          new SerializedError(
              "StepNotFound",
              "step " + notFound.requestedStep() + " was not reached; the workflow's code changed",
              null);
      if (item.attempt() + 1 < fn.maxAttempts()) {
        retry(item, null, now);
      } else {
        fail(run, fn, error, now);
      }
    }
  }

  private void applySteps(
      RunState run, WorkflowFunction fn, WorkItem item, ExecutionOutcome.Steps steps, Instant now) {
    if (steps.ops().size() > 1) {
      run.disableImmediateExecution(true);
    }
    boolean completedOne = false;
    for (Op op : steps.ops()) {
      switch (op.op()) {
        case StepRun -> {
          JsonNode data = op.data() == null ? NullNode.getInstance() : op.data();
          ObjectNode memo = JsonNodeFactory.instance.objectNode();
          memo.set("data", data);
          run.complete(op.id(), memo);
          record(run, op, "run", "completed", 1, WireFormat.bytes(data).length, null);
          completedOne = true;
        }
        case StepFailed -> {
          run.complete(op.id(), errorMemo(Objects.requireNonNull(op.error())));
          record(run, op, "run", "failed", 1, 0, op.error());
          completedOne = true;
        }
        case StepError -> {
          record(run, op, "run", "retrying", 1, 0, op.error());
          retry(item, steps.retryAfter(), now);
        }
        case StepPlanned -> {
          if (run.pending().add(op.id())) {
            record(run, op, "run", "planned", 0, 0, null);
            queue.add(now, WorkItem.Kind.TARGETED, run.runId(), op.id(), 0, null, 0);
          }
        }
        case Sleep -> {
          run.pending().add(op.id());
          record(run, op, "sleep", "sleeping", 0, 0, null);
          queue.add(wakeAt(op, now), WorkItem.Kind.SLEEP_DONE, run.runId(), op.id(), 0, null, 0);
        }
        case WaitForEvent -> startWait(run, op, now);
        case InvokeFunction -> startInvoke(run, op, now);
        default -> throw new IllegalStateException("unexpected op " + op.op());
      }
    }
    if (run.steps().size() > MAX_STEPS_PER_RUN) {
      fail(
          run,
          fn,
          new SerializedError(
              "NonRetriableError",
              "run exceeded Inngest's limit of "
                  + MAX_STEPS_PER_RUN
                  + " steps: fan out with events instead of one step per item",
              null),
          now);
      return;
    }
    if (completedOne) {
      discoverIfIdle(run);
    }
  }

  private void record(
      RunState run,
      Op op,
      String kind,
      String status,
      int attemptsDelta,
      int bytes,
      @Nullable SerializedError error) {
    StepRecord previous = run.steps().get(op.id());
    int attempts = (previous == null ? 0 : previous.attempts()) + attemptsDelta;
    run.steps()
        .put(op.id(), new StepRecord(op.id(), op.name(), kind, status, attempts, bytes, error));
  }

  private void retry(WorkItem item, @Nullable RetryAfter retryAfter, Instant now) {
    Duration delay =
        retryAfter != null ? retryAfter.delayFrom(now) : backoff.delay(item.attempt(), random);
    queue.addRetry(item, now.plus(delay));
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
    Expression condition = opts.hasNonNull("if") ? Expression.parse(opts.get("if").asText()) : null;
    if (run.pending().add(op.id())) {
      Wait wait =
          new Wait(
              run.runId(),
              op.id(),
              opts.path("event").asText(),
              condition,
              run.events().get(0),
              expires);
      waits.add(wait);
      record(run, op, "waitForEvent", "waiting", 0, 0, null);
      queue.add(expires, WorkItem.Kind.WAIT_TIMEOUT, run.runId(), op.id(), 0, null, 0);
    }
  }

  private void startInvoke(RunState run, Op op, Instant now) {
    JsonNode opts = Objects.requireNonNull(op.opts());
    String composite = opts.path("function_id").asText();
    String prefix = appId + "-";
    String target = composite.startsWith(prefix) ? composite.substring(prefix.length()) : composite;
    if (!run.pending().add(op.id())) {
      return;
    }
    record(run, op, "invoke", "waiting", 0, 0, null);
    WorkflowFunction fn = functions.get(target);
    if (fn == null) {
      resolve(
          run,
          op.id(),
          errorMemo(
              new SerializedError("Error", "no function '" + composite + "' to invoke", null)),
          "failed");
      return;
    }
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    event.put("id", Ulid.next(now, random));
    event.put("name", InngestEvents.FUNCTION_INVOKED);
    ObjectNode data =
        opts.path("payload").path("data").isObject()
            ? ((ObjectNode) opts.path("payload").path("data")).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    ObjectNode meta = data.putObject("_inngest");
    meta.put("source_app_id", appId);
    meta.put("source_fn_id", appId + "-" + run.functionId());
    meta.put("source_run_id", run.runId());
    event.set("data", data);
    event.putObject("user");
    event.put("ts", now.toEpochMilli());
    RunState child = startRun(fn, event, now);
    child.parent(run.runId(), op.id());
    store.save(child);
    Duration timeout = TimeStrings.parse(opts.path("timeout").asText("366d"));
    queue.add(now.plus(timeout), WorkItem.Kind.INVOKE_TIMEOUT, run.runId(), op.id(), 0, null, 0);
  }

  private void finishChild(
      RunState child, @Nullable JsonNode output, @Nullable SerializedError error) {
    if (child.parentRunId() == null || child.parentStepId() == null) {
      return;
    }
    store
        .find(child.parentRunId())
        .filter(p -> !p.status().ended())
        .ifPresent(
            parent -> {
              JsonNode memo;
              if (error != null) {
                memo = errorMemo(error);
              } else {
                ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
                wrapped.set("data", output == null ? NullNode.getInstance() : output);
                memo = wrapped;
              }
              resolve(parent, child.parentStepId(), memo, error == null ? "completed" : "failed");
            });
  }

  private void fail(RunState run, WorkflowFunction fn, SerializedError error, Instant now) {
    run.end(RunStatus.FAILED, now, null, error);
    removeWaits(run.runId(), null);
    LOGGER.warn("run {} of {} failed: {}", run.runId(), fn.id(), error.name());
    finishChild(run, null, error);
    ObjectNode failed = JsonNodeFactory.instance.objectNode();
    failed.put("id", run.runId());
    failed.put("name", InngestEvents.FUNCTION_FAILED);
    ObjectNode data = failed.putObject("data");
    data.put("function_id", appId + "-" + fn.id());
    data.put("run_id", run.runId());
    data.set("error", WireFormat.error(error));
    data.set("event", run.events().get(0));
    data.putArray("events").addAll(run.events());
    failed.putObject("user");
    failed.put("ts", now.toEpochMilli());
    store.save(run);
    ingest(normalise(failed, true));
  }

  private static ObjectNode errorMemo(SerializedError error) {
    ObjectNode memo = JsonNodeFactory.instance.objectNode();
    memo.set("error", WireFormat.error(error));
    return memo;
  }

  // ---- concurrency (used by the worker pool) ------------------------------------------------

  /** Tries to take a concurrency slot for a call; false when the function is at its limit. */
  boolean acquire(WorkItem item) {
    String key = concurrencyKey(item);
    if (key == null) {
      return true;
    }
    int limit = limitFor(item);
    int active = activeByConcurrencyKey.getOrDefault(key, 0);
    if (active >= limit) {
      return false;
    }
    activeByConcurrencyKey.put(key, active + 1);
    return true;
  }

  /** Gives a slot back. */
  void release(WorkItem item) {
    String key = concurrencyKey(item);
    if (key != null) {
      activeByConcurrencyKey.computeIfPresent(key, (k, v) -> v <= 1 ? null : v - 1);
    }
  }

  private @Nullable String concurrencyKey(WorkItem item) {
    if (item.runId() == null
        || (item.kind() != WorkItem.Kind.DISCOVERY && item.kind() != WorkItem.Kind.TARGETED)) {
      return null;
    }
    RunState run = store.find(item.runId()).orElse(null);
    WorkflowFunction fn = run == null ? null : functions.get(run.functionId());
    if (fn == null || fn.concurrency().isEmpty()) {
      return null;
    }
    String key = fn.concurrency().get(0).key();
    String value = key == null ? "" : keyValue(key, run.events().get(0));
    return fn.id() + "\u0000" + value;
  }

  private static String keyValue(String expression, JsonNode event) {
    try {
      Object value = Expression.parse(expression).evaluate(Map.of("event", event));
      return String.valueOf(value);
    } catch (RuntimeException e) {
      LOGGER.warn("key expression '{}' could not be evaluated: {}", expression, e.getMessage());
      return "";
    }
  }

  private int limitFor(WorkItem item) {
    RunState run = store.find(Objects.requireNonNull(item.runId())).orElseThrow();
    return functions.get(run.functionId()).concurrency().get(0).limit();
  }

  ReentrantLock lock() {
    return lock;
  }

  // ---- history -------------------------------------------------------------------------------

  @Override
  public Optional<RunRecord> run(String runId) {
    lock.lock();
    try {
      return store.find(runId).map(RunState::toRecord);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<RunRecord> runs(String functionId) {
    return select(functionId, null);
  }

  @Override
  public List<RunRecord> runs(String functionId, RunStatus status) {
    return select(functionId, status);
  }

  @Override
  public List<RunRecord> all() {
    lock.lock();
    try {
      return store.all().stream().map(RunState::toRecord).toList();
    } finally {
      lock.unlock();
    }
  }

  private List<RunRecord> select(String functionId, @Nullable RunStatus status) {
    lock.lock();
    try {
      return store.all().stream()
          .filter(r -> r.functionId().equals(functionId))
          .filter(r -> status == null || r.status() == status)
          .map(RunState::toRecord)
          .toList();
    } finally {
      lock.unlock();
    }
  }
}
