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
package io.github.handymanworkflows.spring.boot.autoconfigure.metrics;

import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.StepRecord;
import io.github.handymanworkflows.engine.store.AcceptedEvent;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.RunCount;
import io.github.handymanworkflows.engine.store.RunPage;
import io.github.handymanworkflows.engine.store.RunQuery;
import io.github.handymanworkflows.engine.store.StoredRun;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Counts runs started, ended and step retries by watching the embedded engine write runs. Every run
 * change is a versioned write, so each transition is seen once: a run is counted as started when
 * created, ended when a write moves it out of RUNNING, and a step retry when a step's "retrying"
 * attempt count grows between the version replaced and the new one.
 *
 * <p>The version replaced is known without reading it back in the common case: for each running run
 * this decorator wrote, it remembers the little the comparison needs (the version, and the attempts
 * of steps that are retrying). A store version is written once, by one compare-and-set, so what was
 * remembered of version {@code v} is what the store holds as {@code v}. Only when the remembered
 * version is not the one being replaced (after a restart, a takeover by another engine, a write by
 * another path, or once the run was forgotten) is the run read from the store first, as before.
 * Memory is bounded: a run is forgotten when it ends or a write does not take the remembered
 * version, and beyond 10,000 remembered runs the least recently written one is dropped, which costs
 * it one read at its next write.
 */
public final class MeteredEngineStore implements EngineStore {

  /** How many running runs are remembered at most by default. */
  static final int DEFAULT_REMEMBERED_RUNS = 10_000;

  private final EngineStore delegate;
  private final WorkflowMetrics metrics;
  // Run id to the summary of the version last written through this decorator, least recently
  // written first; guarded by itself, held only for one map operation (never across a store call).
  private final LinkedHashMap<String, Written> remembered;

  /**
   * What {@link #observe} needs of a version being replaced.
   *
   * @param version the version
   * @param running whether the run was RUNNING in it
   * @param retrying attempts by hashed step id of the steps "retrying" in it; {@link #NONE} when no
   *     step is
   */
  private record Written(long version, boolean running, Map<String, Integer> retrying) {

    // Shared by every version without retrying steps, so a sleeping run costs one small record.
    private static final Map<String, Integer> NONE = Map.of();

    /** A version not in the store (a run being created, or missing when read). */
    private static final Written ABSENT = new Written(0, true, NONE);

    static Written of(StoredRun run) {
      Map<String, Integer> retrying = null;
      for (StepRecord step : run.steps()) {
        // The last record of a hashed id counts, as a lookup by id into all the steps would find.
        if ("retrying".equals(step.status())) {
          if (retrying == null) {
            retrying = new HashMap<>();
          }
          retrying.put(step.hashedId(), step.attempts());
        } else if (retrying != null) {
          retrying.remove(step.hashedId());
        }
      }
      return new Written(
          run.version(),
          run.status() == RunStatus.RUNNING,
          retrying == null || retrying.isEmpty() ? NONE : Map.copyOf(retrying));
    }
  }

  /** Decorates a store. */
  public MeteredEngineStore(EngineStore delegate, WorkflowMetrics metrics) {
    this(delegate, metrics, DEFAULT_REMEMBERED_RUNS);
  }

  /** Decorates a store, remembering at most {@code maxRemembered} running runs (at least 1). */
  MeteredEngineStore(EngineStore delegate, WorkflowMetrics metrics, int maxRemembered) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    this.metrics = Objects.requireNonNull(metrics, "metrics must not be null");
    if (maxRemembered < 1) {
      throw new IllegalArgumentException("maxRemembered must be at least 1");
    }
    this.remembered =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Written> eldest) {
            return size() > maxRemembered;
          }
        };
  }

  @Override
  public boolean createRun(StoredRun run) {
    boolean created = delegate.createRun(run);
    if (created) {
      metrics.runStarted(run.functionId());
      observe(Written.ABSENT, run);
    }
    return created;
  }

  @Override
  public boolean replaceRun(long expectedVersion, StoredRun run) {
    // Taken out rather than looked up: whatever the write's outcome, the entry is stale after it
    // (a failed write means another writer moved the run on), and a successful one puts the new
    // version back as the most recently written.
    Written before = forget(run.runId());
    if (before == null || before.version() != expectedVersion) {
      // Not the version this decorator last wrote: read it first, as the engine writes each run
      // from one thread at a time.
      before = delegate.findRun(run.runId()).map(Written::of).orElse(Written.ABSENT);
    }
    boolean replaced = delegate.replaceRun(expectedVersion, run);
    if (replaced) {
      observe(before, run);
    }
    return replaced;
  }

  /** How many runs are remembered; for tests of the memory bound. */
  int rememberedRuns() {
    synchronized (remembered) {
      return remembered.size();
    }
  }

  private @Nullable Written forget(String runId) {
    synchronized (remembered) {
      return remembered.remove(runId);
    }
  }

  private void observe(Written before, StoredRun after) {
    for (StepRecord step : after.steps()) {
      if ("retrying".equals(step.status())) {
        Integer old = before.retrying().get(step.hashedId());
        if (old == null || old != step.attempts()) {
          metrics.stepRetried(after.functionId(), step.name());
        }
      }
    }
    if (before.running() && after.status() != RunStatus.RUNNING) {
      metrics.runEnded(after.functionId(), after.status());
    }
    if (after.status() == RunStatus.RUNNING) {
      Written written = Written.of(after);
      synchronized (remembered) {
        remembered.put(after.runId(), written);
      }
    }
  }

  @Override
  public void acceptEvents(List<AcceptedEvent> events) {
    delegate.acceptEvents(events);
  }

  @Override
  public List<AcceptedEvent> unroutedEvents() {
    return delegate.unroutedEvents();
  }

  @Override
  public void markRouted(String eventKey) {
    delegate.markRouted(eventKey);
  }

  @Override
  public Optional<StoredRun> findRun(String runId) {
    return delegate.findRun(runId);
  }

  @Override
  public List<StoredRun> runningRuns() {
    return delegate.runningRuns();
  }

  @Override
  public List<StoredRun> runs(@Nullable String functionId, @Nullable RunStatus status) {
    return delegate.runs(functionId, status);
  }

  @Override
  public RunPage queryRuns(RunQuery query) {
    return delegate.queryRuns(query);
  }

  @Override
  public List<RunCount> countRuns(@Nullable Instant from, @Nullable Instant before) {
    return delegate.countRuns(from, before);
  }

  @Override
  public List<List<RunCount>> countRunsByWindow(Instant from, Duration width, int windows) {
    return delegate.countRunsByWindow(from, width, windows);
  }

  @Override
  public Optional<String> claimKey(String key, String value, Instant now, Instant expiresAt) {
    return delegate.claimKey(key, value, now, expiresAt);
  }

  @Override
  public void purgeExpiredKeys(Instant now) {
    delegate.purgeExpiredKeys(now);
  }

  @Override
  public Optional<Instant> nextCronFire(String cronId) {
    return delegate.nextCronFire(cronId);
  }

  @Override
  public void saveNextCronFire(String cronId, Instant next) {
    delegate.saveNextCronFire(cronId, next);
  }

  @Override
  public boolean acquireLease(String key, String holder, int limit) {
    return delegate.acquireLease(key, holder, limit);
  }

  @Override
  public void releaseLease(String key, String holder) {
    delegate.releaseLease(key, holder);
  }

  @Override
  public int leaseCount(String key) {
    return delegate.leaseCount(key);
  }

  @Override
  public void clearLeases() {
    delegate.clearLeases();
  }
}
