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

import java.time.Duration;

/**
 * Which of several engines sharing one durable store executes. Every engine accepts and records
 * events; only the engine holding the lease routes them, runs calls, fires timers and crons. The
 * holder renews the lease every third of its {@link #ttl()}; when it stops (crash, pause,
 * partition) another engine takes the lease over once it expired, rebuilds its caches from the
 * store and resumes every run.
 *
 * <p>An engine treats its lease as lost two thirds of a {@code ttl} after its last successful
 * renewal began, so it stops executing a third of a {@code ttl} before a successor may take over;
 * that margin covers clock drift between instances and calls in progress. Implementations should
 * also fence writes (see the MongoDB adapter's token), so a holder paused past that margin cannot
 * overwrite what its successor wrote.
 *
 * <p>The default, {@link #alwaysHeld()}, is for a store only one engine uses (the in-memory store):
 * the engine executes from the start and never checks.
 */
public interface EngineLease {

  /**
   * Takes the lease if it is free or expired, or renews it if this engine holds it.
   *
   * @return whether this engine holds the lease for another {@link #ttl()}
   * @throws RuntimeException when the lease's store cannot be reached; the engine keeps executing
   *     until its current term runs out and tries again
   */
  boolean tryAcquire();

  /** Gives the lease up at once, so another engine need not wait for it to expire. */
  void release();

  /** How long the lease lasts unless renewed. */
  Duration ttl();

  /** The lease of an engine that has its store to itself: always held, never renewed. */
  static EngineLease alwaysHeld() {
    return AlwaysHeldLease.INSTANCE;
  }
}
