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
import io.github.handymanworkflows.engine.internal.WaitIndex;
import io.github.handymanworkflows.engine.internal.WorkItem;
import io.github.handymanworkflows.engine.internal.WorkQueue;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.engine.store.RunCount;
import io.github.handymanworkflows.engine.store.RunPage;
import io.github.handymanworkflows.engine.store.RunQuery;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.execution.ExecutionCore;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>All of its state lives in an {@link EngineStore}; the engine keeps only caches built from it.
 * An engine built on a store an earlier engine used resumes that engine's work (see {@link
 * EmbeddedEngineBuilder#store(EngineStore)}).
 *
 * <p>Two ways to drive it. In tests, build it with a {@link ManualClock} and call {@link #runDue()}
 * or {@link #advance(Duration)}: everything runs on the calling thread, no real waiting, and
 * concurrency limits do not apply. In production, call {@link #start(int)}: a scheduler thread
 * hands due work to a small worker pool, and {@link #close()} stops intake and lets work in
 * progress finish.
 *
 * <p>The parts, each in its own file: {@code Intake} (validation, recording, routing), {@code
 * Timers} (sleeps, timeouts, crons), {@code Calls} (call execution and results), {@code
 * RunTransitions} (start, resolve, end), {@code Runs} (compare-and-set writes and the caches),
 * {@code ConcurrencyLeases} and {@code Worker} (started mode), {@code History}. One lock guards the
 * caches and every store write; calls execute outside it.
 */
public final class EmbeddedEngine
    implements EventPublisher, RunHistory, RunQueries, RunOperations, AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(EmbeddedEngine.class);
  private static final int MAX_ITEMS_PER_RUN_DUE = 1_000_000;

  private final String appId;
  private final Clock clock;
  private final Map<String, WorkflowFunction> functions;
  private final EngineStore store;
  private final EventCodec codec;
  private final Duration shutdownGrace;
  private final ReentrantLock lock = new ReentrantLock();
  private final WorkQueue queue;
  private final WaitIndex waits = new WaitIndex();
  private final Intake intake;
  private final Timers timers;
  private final Calls calls;
  private final ConcurrencyLeases leases;
  private final History history;
  private final LeaseKeeper keeper;
  private final Operations operations;
  private @Nullable Worker worker;
  private boolean closed;

  EmbeddedEngine(EmbeddedEngineBuilder b) {
    this.appId = b.appId;
    this.clock = b.clock;
    this.store = b.store;
    this.shutdownGrace = b.shutdownGrace;
    this.queue = new WorkQueue(lock);
    Map<String, WorkflowFunction> byId = new LinkedHashMap<>();
    for (WorkflowFunction fn : b.functions) {
      register(byId, fn);
      fn.failureFunction(appId).ifPresent(failure -> register(byId, failure));
    }
    this.functions = Map.copyOf(byId);
    Expressions expressions = new Expressions();
    this.codec = b.codec;
    this.keeper = new LeaseKeeper(b.lease, clock);
    Runs runs = new Runs(store, queue, waits, keeper::held);
    this.intake = new Intake(clock, codec, b.random, functions, expressions, runs, waits, lock);
    RunTransitions transitions = new RunTransitions(appId, clock, b.random, runs, intake::emit);
    intake.transitions(transitions);
    ExecutionCore core = new ExecutionCore(codec, this::publishFromStep, clock);
    CallExecutor executor = b.executor != null ? b.executor : core::execute;
    this.calls =
        new Calls(appId, clock, b.random, functions, executor, b.backoff, runs, transitions, lock);
    this.timers = new Timers(clock, functions, queue, runs, transitions);
    this.leases = new ConcurrencyLeases(functions, store, intake);
    this.history = new History(store);
    this.operations = new Operations(clock, runs, transitions, intake, queue, lock, keeper::held);
    if (keeper.always()) {
      recover(runs, Instant.MAX);
    } else {
      keeper.listener(new LeaseListener(runs));
    }
    LOGGER.info("embedded engine '{}' ready with {} functions", appId, functions.size());
  }

  /** Resumes from the store when this engine gains the lease; drops its caches when it loses it. */
  private final class LeaseListener implements LeaseKeeper.Listener {
    private final Runs runs;

    LeaseListener(Runs runs) {
      this.runs = runs;
    }

    @Override
    public void acquired(Instant routeUntil) {
      lock.lock();
      try {
        // Whatever an earlier term cached may have changed under another engine since.
        dropCaches();
        recover(runs, routeUntil);
      } finally {
        lock.unlock();
      }
      queue.signal();
    }

    @Override
    public void lost() {
      lock.lock();
      try {
        dropCaches();
      } finally {
        lock.unlock();
      }
    }

    @Override
    public void renewed(Instant routeUntil) {
      // Events other engines recorded (they do not route) are routed here.
      intake.recover(routeUntil);
      queue.signal();
    }
  }

  private void dropCaches() {
    queue.clear();
    waits.clear();
    Worker w = worker;
    if (w != null) {
      w.dropBlocked();
    }
  }

  private static void register(Map<String, WorkflowFunction> byId, WorkflowFunction fn) {
    if (byId.putIfAbsent(fn.id(), fn) != null) {
      throw new IllegalArgumentException("two functions have the id '" + fn.id() + "'");
    }
  }

  /** Rebuilds the caches from the store and routes events an earlier engine left unrouted. */
  private void recover(Runs runs, Instant routeUntil) {
    lock.lock();
    try {
      // Calls of an earlier engine in this store are not running any more: their slots are free.
      store.clearLeases();
      List<StoredRun> running = store.runningRuns();
      for (StoredRun run : running) {
        runs.cache(null, run);
      }
      timers.scheduleCrons();
      int unrouted = intake.recover(routeUntil);
      if (!running.isEmpty() || unrouted > 0) {
        LOGGER.info(
            "embedded engine '{}' resumed {} running runs and routed {} events accepted before"
                + " the restart",
            appId,
            running.size(),
            unrouted);
      }
    } finally {
      lock.unlock();
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

  /**
   * Records events in the store and routes them before answering.
   *
   * @throws IllegalStateException when the engine is closed
   */
  @Override
  public CompletionStage<PublishResult> publish(List<? extends Event<?>> events) {
    return publish(events, false);
  }

  /**
   * Ingests events in wire JSON (one object or an array), as posted to the serve endpoint in
   * embedded mode.
   *
   * @throws EventValidationException naming the field when an event is invalid; nothing of the
   *     request is ingested then
   * @throws IllegalStateException when the engine is closed
   */
  public PublishResult publishJson(JsonNode body) {
    List<ObjectNode> wire = new ArrayList<>();
    if (body.isArray()) {
      body.forEach(node -> wire.add(asObject(node)));
    } else {
      wire.add(asObject(body));
    }
    return accept(wire, false);
  }

  /**
   * The publisher for {@code step.sendEvent} when a host builds its own {@link ExecutionCore} for a
   * {@link CallExecutor}: unlike {@link #publish}, it still accepts events while the engine closes,
   * because they belong to calls the shutdown lets finish.
   */
  public EventPublisher stepPublisher() {
    return this::publishFromStep;
  }

  private CompletionStage<PublishResult> publishFromStep(List<? extends Event<?>> events) {
    return publish(events, true);
  }

  private CompletionStage<PublishResult> publish(
      List<? extends Event<?>> events, boolean fromStep) {
    List<ObjectNode> wire = new ArrayList<>();
    for (Event<?> event : events) {
      wire.add(codec.encode(event));
    }
    return CompletableFuture.completedFuture(accept(wire, fromStep));
  }

  /** Records and routes the events, then wakes the scheduler for the work they made due. */
  private PublishResult accept(List<ObjectNode> wire, boolean fromStep) {
    List<String> ids = intake.accept(wire, fromStep);
    queue.signal();
    return new PublishResult(ids);
  }

  private static ObjectNode asObject(JsonNode node) {
    if (!(node instanceof ObjectNode object)) {
      throw new EventValidationException("?", "event", "must be a JSON object");
    }
    return object.deepCopy();
  }

  /** Whether {@link #close()} was called: events are refused from then on. */
  public boolean isClosed() {
    return intake.closed();
  }

  // ---- driving -------------------------------------------------------------------------------

  /** Processes one work item; the lock is not held on entry. */
  private void process(WorkItem item) {
    if (!keeper.held()) {
      // Lost the lease after this item was taken: the next holder resumes it from the store.
      return;
    }
    try {
      if (item.isCall()) {
        calls.call(item);
        return;
      }
      lock.lock();
      try {
        timers.fire(item);
      } finally {
        lock.unlock();
      }
    } catch (LeaseLostException e) {
      // Expected when the lease ends mid-call: the stored run still holds this work.
      LOGGER.info("{}", e.getMessage());
    }
  }

  /**
   * Runs, on the calling thread, everything due at the clock's current time, including work that
   * becomes due as a result, until nothing is due.
   *
   * @return how many work items ran
   */
  public int runDue() {
    keeper.tick();
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
   * Starts the scheduler thread and a pool of workers that run due work as the clock reaches it;
   * concurrency limits apply from then on.
   *
   * @param workers how many calls may run at once
   */
  public synchronized void start(int workers) {
    if (closed) {
      throw new IllegalStateException("engine is closed");
    }
    if (worker != null) {
      throw new IllegalStateException("engine already started");
    }
    worker = new Worker(lock, clock, queue, leases, this::process, workers);
    worker.start();
    keeper.start();
  }

  /**
   * Whether this engine executes now: always with the default lease; with a shared lease, while it
   * holds it (see {@link EmbeddedEngineBuilder#lease(EngineLease)}).
   */
  public boolean holdsLease() {
    return keeper.held();
  }

  /**
   * Waits until no work is due, parked or running, for hosts and tests that drive a started engine.
   *
   * @return whether the engine became idle within the timeout
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (idle()) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }

  /** Calls parked at a concurrency limit (started mode), for tests. */
  int parkedCalls() {
    lock.lock();
    try {
      Worker w = worker;
      return w == null ? 0 : w.blocked();
    } finally {
      lock.unlock();
    }
  }

  private boolean idle() {
    // One lock for all three reads: dispatching takes an item and counts it in flight under it.
    lock.lock();
    try {
      Worker w = worker;
      return (w == null || (w.inFlight() == 0 && w.blocked() == 0))
          && queue.nextDue().map(due -> due.isAfter(clock.instant())).orElse(true);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops intake (later events are refused with an {@link IllegalStateException}), stops the
   * scheduler, lets calls in progress finish up to the shutdown grace, then logs what is left and
   * whether the store keeps it.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    intake.close();
    int stillRunning = 0;
    if (worker != null) {
      stillRunning = worker.shutdown(shutdownGrace);
      worker = null;
    }
    // Renewed until the calls above finished, so their writes still count; then given up.
    keeper.stop(true);
    lock.lock();
    try {
      int running = store.runningRuns().size();
      int unrouted = store.unroutedEvents().size();
      int due = queue.size();
      boolean volatileStore = store instanceof InMemoryEngineStore;
      if (running == 0 && unrouted == 0 && stillRunning == 0) {
        LOGGER.info("embedded engine '{}' closed with no work left", appId);
      } else if (volatileStore) {
        LOGGER.warn(
            "embedded engine '{}' closed with {} runs unfinished ({} work items queued, {} calls"
                + " cut off) and {} events not routed; the in-memory store keeps them only while"
                + " this JVM lives: they are lost when it exits",
            appId,
            running,
            due,
            stillRunning,
            unrouted);
      } else {
        LOGGER.info(
            "embedded engine '{}' closed with {} runs unfinished ({} work items queued, {} calls"
                + " cut off) and {} events not routed; {} keeps them and the next engine on it"
                + " resumes them",
            appId,
            running,
            due,
            stillRunning,
            unrouted,
            store.getClass().getSimpleName());
      }
    } finally {
      lock.unlock();
    }
  }

  // ---- history -------------------------------------------------------------------------------

  @Override
  public Optional<RunRecord> run(String runId) {
    return history.run(runId);
  }

  @Override
  public List<RunRecord> runs(String functionId) {
    return history.runs(functionId);
  }

  @Override
  public List<RunRecord> runs(String functionId, RunStatus status) {
    return history.runs(functionId, status);
  }

  @Override
  public List<RunRecord> all() {
    return history.all();
  }

  // ---- dashboard queries and operator requests ------------------------------------------------

  @Override
  public RunPage queryRuns(RunQuery query) {
    return store.queryRuns(query);
  }

  @Override
  public List<RunCount> countRuns(@Nullable Instant from, @Nullable Instant before) {
    return store.countRuns(from, before);
  }

  @Override
  public List<List<RunCount>> countRunsByWindow(Instant from, Duration width, int windows) {
    return store.countRunsByWindow(from, width, windows);
  }

  @Override
  public Optional<StoredRun> storedRun(String runId) {
    return store.findRun(runId);
  }

  @Override
  public Optional<Instant> nextCronFire(String functionId, int triggerIndex) {
    return store.nextCronFire(Timers.cronId(functionId, triggerIndex));
  }

  @Override
  public OperationResult retry(OperationRequest request) {
    return operations.retry(request);
  }

  @Override
  public OperationResult cancel(OperationRequest request) {
    return operations.cancel(request);
  }

  @Override
  public OperationResult replay(OperationRequest request) {
    return operations.replay(request);
  }
}
