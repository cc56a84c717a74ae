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
package io.github.handymanworkflows.test;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.Backoff;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Runs workflow functions on the embedded engine with a manual clock, so a test can send events and
 * advance days in a few lines with no real waiting.
 *
 * <pre>{@code
 * WorkflowTestDriver driver = WorkflowTestDriver.builder()
 *     .functions(myFunctions)
 *     .startingAt(Instant.parse("2026-01-05T09:00:00Z"))
 *     .build();
 * driver.send(UserRegistered.TYPE.event(new UserRegistered(...)));
 * driver.advance(Duration.ofDays(3));
 * assertThat(driver.lastRun("send-welcome-email").status()).isEqualTo(RunStatus.COMPLETED);
 * }</pre>
 */
public final class WorkflowTestDriver {

  private final ManualClock clock;
  private final EmbeddedEngine engine;

  private WorkflowTestDriver(Builder b) {
    this.clock = b.clock != null ? b.clock : new ManualClock(b.start);
    this.engine =
        EmbeddedEngine.builder()
            .appId(b.appId)
            .clock(clock)
            .registry(b.registry)
            .random(new Random(b.seed))
            .backoff(b.backoff)
            .functions(b.functions)
            .store(b.store)
            .build();
  }

  /** Starts building a driver. */
  public static Builder builder() {
    return new Builder();
  }

  /** The clock the engine reads; pass it to the ports and mailers under test too. */
  public ManualClock clock() {
    return clock;
  }

  /** The engine, for anything the driver does not wrap. */
  public EmbeddedEngine engine() {
    return engine;
  }

  /** Sends events and runs everything that becomes due at the current time. */
  public List<String> send(Event<?>... events) {
    List<String> ids = engine.publish(List.of(events)).toCompletableFuture().join().ids();
    engine.runDue();
    return ids;
  }

  /** Sends events in wire JSON (an object or an array), then runs what is due. */
  public List<String> sendJson(String json) {
    try {
      JsonNode body = Json.mapper().readTree(json);
      List<String> ids = engine.publishJson(body).ids();
      engine.runDue();
      return ids;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }

  /** Runs what is due now. */
  public int runDue() {
    return engine.runDue();
  }

  /** Advances the clock, running sleeps, timeouts and crons at their own instants. */
  public int advance(Duration duration) {
    return engine.advance(duration);
  }

  /** Advances the clock to an instant. */
  public int advanceTo(Instant instant) {
    Duration d = Duration.between(clock.instant(), instant);
    if (d.isNegative()) {
      throw new IllegalArgumentException("cannot go back to " + instant);
    }
    return engine.advance(d);
  }

  /** Every run of a function, oldest first. */
  public List<RunRecord> runs(String functionId) {
    return engine.runs(functionId);
  }

  /** Runs of a function in a status. */
  public List<RunRecord> runs(String functionId, RunStatus status) {
    return engine.runs(functionId, status);
  }

  /** The newest run of a function. */
  public RunRecord lastRun(String functionId) {
    List<RunRecord> runs = engine.runs(functionId);
    if (runs.isEmpty()) {
      throw new AssertionError("function '" + functionId + "' has not run");
    }
    return runs.get(runs.size() - 1);
  }

  /** Runs of every function still running, for "nothing is left waiting forever" checks. */
  public List<RunRecord> running() {
    List<RunRecord> result = new ArrayList<>();
    for (RunRecord run : engine.all()) {
      if (run.status() == RunStatus.RUNNING) {
        result.add(run);
      }
    }
    return result;
  }

  /** Builds a {@link WorkflowTestDriver}. */
  public static final class Builder {
    private final List<WorkflowFunction> functions = new ArrayList<>();
    private EventRegistry registry = EventRegistry.builder().build();
    private Instant start = Instant.parse("2026-01-05T09:00:00Z");
    private String appId = "handyman-app";
    private long seed = 42;
    private @Nullable ManualClock clock;
    private Backoff backoff = Backoff.DEFAULT;
    private EngineStore store = new InMemoryEngineStore();

    private Builder() {}

    /**
     * Where the engine keeps its state (in memory by default): a durable store's adapter, to run a
     * scenario over it.
     */
    public Builder store(EngineStore value) {
      this.store = Objects.requireNonNull(value, "store must not be null");
      return this;
    }

    /** The delay between a failed step and its retry (default {@link Backoff#DEFAULT}). */
    public Builder backoff(Backoff value) {
      this.backoff = Objects.requireNonNull(value, "backoff must not be null");
      return this;
    }

    /**
     * Retries a failed step at once, at the same instant, so a retried step reads the same time as
     * its first attempt: what a {@link io.github.handymanworkflows.test.faults.FaultSweep} needs.
     */
    public Builder retryImmediately() {
      return backoff(new Backoff(Duration.ZERO, 1, Duration.ZERO, 0));
    }

    /**
     * Uses a clock the test created first, so the ports and workflows under test can read the same
     * time as the engine. Overrides {@link #startingAt}.
     */
    public Builder clock(ManualClock value) {
      this.clock = Objects.requireNonNull(value, "clock must not be null");
      return this;
    }

    /** Adds functions. */
    public Builder functions(Collection<WorkflowFunction> values) {
      functions.addAll(values);
      return this;
    }

    /** Adds functions. */
    public Builder functions(WorkflowFunction... values) {
      return functions(List.of(values));
    }

    /** The registry that types payloads (the catalogue's, usually). */
    public Builder registry(EventRegistry value) {
      this.registry = Objects.requireNonNull(value, "registry must not be null");
      return this;
    }

    /** The clock's start (default 2026-01-05T09:00:00Z, a Monday). */
    public Builder startingAt(Instant value) {
      this.start = Objects.requireNonNull(value, "start must not be null");
      return this;
    }

    /** The app id (default {@code handyman-app}). */
    public Builder appId(String value) {
      this.appId = Objects.requireNonNull(value, "appId must not be null");
      return this;
    }

    /** The seed for jitter and ids (default 42). */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Builds the driver. */
    public WorkflowTestDriver build() {
      return new WorkflowTestDriver(this);
    }
  }
}
