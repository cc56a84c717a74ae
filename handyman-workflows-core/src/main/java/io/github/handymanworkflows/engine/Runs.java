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

import io.github.handymanworkflows.engine.internal.Wait;
import io.github.handymanworkflows.engine.internal.WaitIndex;
import io.github.handymanworkflows.engine.internal.WorkItem;
import io.github.handymanworkflows.engine.internal.WorkQueue;
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.OpenWait;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.internal.expr.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes runs through the store and keeps the engine's caches (work queue, wait index)
 * equal to what was written. Every change is a compare-and-set on the run's version; on a conflict
 * the change is applied again to the fresh value. Called with the engine lock held.
 */
final class Runs {

  private static final int MAX_CONFLICTS = 100;

  /** A change to a run; returns false to write nothing. */
  @FunctionalInterface
  interface Change {
    boolean apply(RunState run, List<Runnable> afterCommit);
  }

  private final EngineStore store;
  private final WorkQueue queue;
  private final WaitIndex waits;
  private final BooleanSupplier executing;

  Runs(EngineStore store, WorkQueue queue, WaitIndex waits, BooleanSupplier executing) {
    this.store = store;
    this.queue = queue;
    this.waits = waits;
    this.executing = executing;
  }

  /** Whether this engine holds its lease, so it may route and write runs. */
  boolean executing() {
    return executing.getAsBoolean();
  }

  private void checkExecuting(String runId) {
    if (!executing.getAsBoolean()) {
      throw new LeaseLostException(runId);
    }
  }

  EngineStore store() {
    return store;
  }

  Optional<RunState> load(String runId) {
    return store.findRun(runId).map(RunState::new);
  }

  /** Stores a new run and caches its work; false when the id is taken. */
  boolean create(RunState run) {
    StoredRun stored = run.next();
    checkExecuting(stored.runId());
    if (!store.createRun(stored)) {
      return false;
    }
    cache(null, stored);
    return true;
  }

  /**
   * Applies a change to the current value of a running run and writes it; then runs what the change
   * asked to do after the write (follow-ups that touch other runs or emit events).
   *
   * @return the written run, or empty when the run is missing, ended or the change wrote nothing
   */
  Optional<StoredRun> change(String runId, Change change) {
    for (int i = 0; i < MAX_CONFLICTS; i++) {
      StoredRun before = store.findRun(runId).orElse(null);
      if (before == null || before.status().ended()) {
        return Optional.empty();
      }
      RunState run = new RunState(before);
      List<Runnable> after = new ArrayList<>();
      if (!change.apply(run, after)) {
        return Optional.empty();
      }
      StoredRun written = run.next();
      checkExecuting(runId);
      if (store.replaceRun(before.version(), written)) {
        cache(before, written);
        after.forEach(Runnable::run);
        return Optional.of(written);
      }
    }
    throw new IllegalStateException(
        "run " + runId + " changed under the engine " + MAX_CONFLICTS + " times in a row");
  }

  /** Makes the queue and the wait index match a written run. */
  void cache(@Nullable StoredRun before, StoredRun after) {
    // An unchanged collection is the same immutable instance in both versions: nothing to do.
    List<DueWork> oldWork = before == null ? List.of() : before.work();
    List<DueWork> newWork = after.work();
    if (oldWork != newWork) {
      for (int i = 0; i < oldWork.size(); i++) {
        DueWork old = oldWork.get(i);
        if (!containsId(newWork, old.id())) {
          queue.remove(WorkItem.key(after.runId(), old.id()));
        }
      }
      for (int i = 0; i < newWork.size(); i++) {
        DueWork work = newWork.get(i);
        if (!oldWork.contains(work)) {
          queue.put(after.runId(), work);
        }
      }
    }
    List<OpenWait> oldWaits = before == null ? List.of() : before.waits();
    List<OpenWait> newWaits = after.waits();
    if (oldWaits != newWaits) {
      for (int i = 0; i < oldWaits.size(); i++) {
        OpenWait wait = oldWaits.get(i);
        if (!newWaits.contains(wait)) {
          waits.remove(after.runId(), wait.stepId());
        }
      }
      for (int i = 0; i < newWaits.size(); i++) {
        OpenWait wait = newWaits.get(i);
        if (!oldWaits.contains(wait)) {
          waits.add(toWait(after, wait));
        }
      }
    }
  }

  private static boolean containsId(List<DueWork> work, String id) {
    for (int i = 0; i < work.size(); i++) {
      if (work.get(i).id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static Wait toWait(StoredRun run, OpenWait wait) {
    Expression condition = wait.condition() == null ? null : Expression.parse(wait.condition());
    return new Wait(
        run.runId(), wait.stepId(), wait.eventName(), condition, run.trigger(), wait.expiresAt());
  }
}
