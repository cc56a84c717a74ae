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

import io.github.handymanworkflows.engine.internal.WorkItem;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.workflow.Concurrency;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Concurrency limits of calls in started mode, as leases in the store: a call takes a slot of every
 * limit of its function (each in its scope), all or none, and gives back exactly the slots it took,
 * whatever happened to its run meanwhile.
 */
final class ConcurrencyLeases {

  /** One slot a call needs. */
  record Slot(String key, int limit) {}

  private final Map<String, WorkflowFunction> functions;
  private final EngineStore store;
  private final Intake intake;
  private final boolean anyLimited;

  ConcurrencyLeases(Map<String, WorkflowFunction> functions, EngineStore store, Intake intake) {
    this.functions = functions;
    this.store = store;
    this.intake = intake;
    this.anyLimited = functions.values().stream().anyMatch(fn -> !fn.concurrency().isEmpty());
  }

  /** The slots a queued item needs; none for timers, crons and unlimited functions. */
  List<Slot> slotsFor(WorkItem item) {
    // Without any limit, no store read under the engine lock for each dispatched call.
    if (!anyLimited || !item.isCall() || item.runId() == null) {
      return List.of();
    }
    StoredRun run = store.findRun(item.runId()).orElse(null);
    WorkflowFunction fn = run == null ? null : functions.get(run.functionId());
    if (fn == null || fn.concurrency().isEmpty()) {
      return List.of();
    }
    List<Slot> slots = new ArrayList<>();
    for (Concurrency limit : fn.concurrency()) {
      // A missing key value shares the empty key: it limits more, and never drops work.
      String value =
          limit.key() == null ? "" : intake.keyValue(limit.key(), run.trigger()).orElse("");
      String scope = limit.scope().name().toLowerCase(Locale.ROOT);
      String key =
          limit.scope() == Concurrency.Scope.FN
              ? "fn:" + fn.id() + ":" + limit.key() + "=" + value
              : scope + ":" + limit.key() + "=" + value;
      slots.add(new Slot(key, limit.limit()));
    }
    return slots;
  }

  /** Takes every slot for the holder, or none of them. */
  boolean acquire(List<Slot> slots, String holder) {
    List<Slot> taken = new ArrayList<>();
    for (Slot slot : slots) {
      if (!store.acquireLease(slot.key(), holder, slot.limit())) {
        release(taken, holder);
        return false;
      }
      taken.add(slot);
    }
    return true;
  }

  void release(List<Slot> slots, String holder) {
    for (Slot slot : slots) {
      store.releaseLease(slot.key(), holder);
    }
  }
}
