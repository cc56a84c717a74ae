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

import io.github.handymanworkflows.engine.store.RunCount;
import io.github.handymanworkflows.engine.store.RunPage;
import io.github.handymanworkflows.engine.store.RunQuery;
import io.github.handymanworkflows.engine.store.StoredRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Read-only queries over the engine's state for dashboards: pages of runs, counts, a run with its
 * scheduled work and open waits, the next fire of each cron. Every answer comes from the store, so
 * it pages through many runs without loading them.
 */
public interface RunQueries {

  /** One page of runs, newest first; see {@link RunQuery}. */
  RunPage queryRuns(RunQuery query);

  /** Runs per function and status started in {@code [from, before)} (null for unbounded). */
  List<RunCount> countRuns(@Nullable Instant from, @Nullable Instant before);

  /**
   * Runs per function and status in each of {@code windows} adjacent windows of {@code width} from
   * {@code from}, in one store call; see {@code EngineStore.countRunsByWindow}.
   */
  List<List<RunCount>> countRunsByWindow(Instant from, Duration width, int windows);

  /** One run as stored, with its scheduled work and open waits. */
  Optional<StoredRun> storedRun(String runId);

  /**
   * The next fire of a function's cron trigger.
   *
   * @param triggerIndex the trigger's position in {@code WorkflowFunction.triggers()}
   * @return empty when the trigger is not a cron or no fire is recorded yet
   */
  Optional<Instant> nextCronFire(String functionId, int triggerIndex);
}
