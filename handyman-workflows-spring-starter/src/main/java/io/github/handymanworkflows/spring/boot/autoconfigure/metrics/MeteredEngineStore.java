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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Counts runs started, ended and step retries by watching the embedded engine write runs. Every run
 * change is a versioned write, so each transition is seen once: a run is counted as started when
 * created, ended when a write moves it out of RUNNING, and a step retry when a step's "retrying"
 * attempt count grows between the version replaced and the new one.
 */
public final class MeteredEngineStore implements EngineStore {

  private final EngineStore delegate;
  private final WorkflowMetrics metrics;

  /** Decorates a store. */
  public MeteredEngineStore(EngineStore delegate, WorkflowMetrics metrics) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    this.metrics = Objects.requireNonNull(metrics, "metrics must not be null");
  }

  @Override
  public boolean createRun(StoredRun run) {
    boolean created = delegate.createRun(run);
    if (created) {
      metrics.runStarted(run.functionId());
      observe(null, run);
    }
    return created;
  }

  @Override
  public boolean replaceRun(long expectedVersion, StoredRun run) {
    // The replaced version is read first; the engine writes each run from one thread at a time.
    StoredRun before = delegate.findRun(run.runId()).orElse(null);
    boolean replaced = delegate.replaceRun(expectedVersion, run);
    if (replaced) {
      observe(before, run);
    }
    return replaced;
  }

  private void observe(@Nullable StoredRun before, StoredRun after) {
    Map<String, StepRecord> previous =
        before == null
            ? Map.of()
            : before.steps().stream()
                .collect(Collectors.toMap(StepRecord::hashedId, s -> s, (a, b) -> b));
    for (StepRecord step : after.steps()) {
      StepRecord old = previous.get(step.hashedId());
      if ("retrying".equals(step.status())
          && (old == null
              || !"retrying".equals(old.status())
              || old.attempts() != step.attempts())) {
        metrics.stepRetried(after.functionId(), step.name());
      }
    }
    boolean wasRunning = before == null || before.status() == RunStatus.RUNNING;
    if (wasRunning && after.status() != RunStatus.RUNNING) {
      metrics.runEnded(after.functionId(), after.status());
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
