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

import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.workflow.DerivedRegistry;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Builds an {@link EmbeddedEngine}. Only the functions are required. */
public final class EmbeddedEngineBuilder {

  String appId = "handyman-app";
  Clock clock = Clock.systemUTC();
  EventRegistry registry = EventRegistry.builder().build();
  EventCodec codec = new EventCodec(registry);
  EngineStore store = new InMemoryEngineStore();
  EngineLease lease = EngineLease.alwaysHeld();
  Duration shutdownGrace = Duration.ofSeconds(30);
  Backoff backoff = Backoff.DEFAULT;
  Random random = new Random();
  final List<WorkflowFunction> functions = new ArrayList<>();
  @Nullable CallExecutor executor;

  EmbeddedEngineBuilder() {}

  /** The app id (default {@code handyman-app}), prefix of composite function ids. */
  public EmbeddedEngineBuilder appId(String value) {
    Objects.requireNonNull(value, "appId must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("appId must not be blank");
    }
    this.appId = value;
    return this;
  }

  /** The clock; a {@link ManualClock} for tests. */
  public EmbeddedEngineBuilder clock(Clock value) {
    this.clock = Objects.requireNonNull(value, "clock must not be null");
    return this;
  }

  /**
   * Event types beyond those the functions declare (for example the whole catalogue, so events no
   * function consumes are still validated). The engine's registry is this plus every type the
   * functions declare; see {@link DerivedRegistry}.
   */
  public EmbeddedEngineBuilder registry(EventRegistry value) {
    this.registry = Objects.requireNonNull(value, "registry must not be null");
    return this;
  }

  /**
   * Where the engine keeps its state (in memory by default). An engine built on a store that holds
   * state from an earlier engine resumes it: runs continue, due work and waits come back, and
   * events accepted but not routed are routed.
   */
  public EmbeddedEngineBuilder store(EngineStore value) {
    this.store = Objects.requireNonNull(value, "store must not be null");
    return this;
  }

  /**
   * The lease that decides which of several engines sharing a durable store executes (default
   * {@link EngineLease#alwaysHeld()}: this engine has the store to itself). With a shared lease the
   * engine accepts and records events at once but routes and executes only while it holds the
   * lease: from {@link EmbeddedEngine#start(int)} (or each {@link EmbeddedEngine#runDue()}) it
   * tries to acquire it, resumes every stored run when it does, and stops executing when it loses
   * it.
   */
  public EmbeddedEngineBuilder lease(EngineLease value) {
    this.lease = Objects.requireNonNull(value, "lease must not be null");
    return this;
  }

  /** How long {@link EmbeddedEngine#close()} lets calls in progress finish (default 30 s). */
  public EmbeddedEngineBuilder shutdownGrace(Duration value) {
    Objects.requireNonNull(value, "shutdownGrace must not be null");
    if (value.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must not be negative");
    }
    this.shutdownGrace = value;
    return this;
  }

  /** Retry delays. */
  public EmbeddedEngineBuilder backoff(Backoff value) {
    this.backoff = Objects.requireNonNull(value, "backoff must not be null");
    return this;
  }

  /** The source of jitter and ids; seed it for reproducible tests. */
  public EmbeddedEngineBuilder random(Random value) {
    this.random = Objects.requireNonNull(value, "random must not be null");
    return this;
  }

  /** Adds functions. */
  public EmbeddedEngineBuilder functions(Collection<WorkflowFunction> values) {
    values.forEach(this::function);
    return this;
  }

  /** Adds a function. */
  public EmbeddedEngineBuilder function(WorkflowFunction value) {
    functions.add(Objects.requireNonNull(value, "function must not be null"));
    return this;
  }

  /**
   * Makes calls some other way than in-process, for example over HTTP to an Inngest serve endpoint;
   * the engine then plays the Inngest server.
   */
  public EmbeddedEngineBuilder callExecutor(CallExecutor value) {
    this.executor = Objects.requireNonNull(value, "executor must not be null");
    return this;
  }

  /**
   * Builds the engine; in manual mode until {@link EmbeddedEngine#start(int)} is called.
   *
   * @throws IllegalArgumentException naming the function and the event when a function declares an
   *     event name with another payload record than the registry or another function
   */
  public EmbeddedEngine build() {
    this.codec = new EventCodec(DerivedRegistry.of(registry, functions));
    return new EmbeddedEngine(this);
  }
}
