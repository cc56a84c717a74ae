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
package io.github.handymanworkflows.engine.store;

import io.github.handymanworkflows.engine.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the embedded engine needs to resume after a crash: accepted events not yet routed,
 * runs with their step state, their due work and open waits, de-duplication and idempotency keys
 * with their expiry, the next fire of each cron, and concurrency leases. The engine keeps caches
 * built from this state, never truth of its own.
 *
 * <p>Values are plain data ({@link StoredRun}, {@link AcceptedEvent}, strings and instants); a
 * store must not rely on object identity and must not hand out objects it later changes. Every run
 * change is a versioned compare-and-set ({@link #replaceRun}), so two changes racing for one run
 * cannot overwrite each other. Every method is safe to call from several threads. Implementations
 * must pass {@code EngineStoreContract} from the {@code handyman-workflows-test} module.
 */
public interface EngineStore {

  // ---- events ---------------------------------------------------------------------------------

  /** Records accepted events, all or none; called before {@code publish} returns. */
  void acceptEvents(List<AcceptedEvent> events);

  /** Accepted events not yet marked routed, sorted by {@link AcceptedEvent#key()}. */
  List<AcceptedEvent> unroutedEvents();

  /** Marks an accepted event routed; unknown keys are ignored. */
  void markRouted(String eventKey);

  // ---- runs -----------------------------------------------------------------------------------

  /**
   * Stores a new run (its version must be 1).
   *
   * @return false, changing nothing, when a run with that id exists
   */
  boolean createRun(StoredRun run);

  /**
   * Replaces a run if the stored version is still {@code expectedVersion}; the replacement's
   * version must be {@code expectedVersion + 1}.
   *
   * @return false, changing nothing, when the run is missing or its version differs
   * @throws IllegalArgumentException when the replacement's version is not {@code expectedVersion +
   *     1}
   */
  boolean replaceRun(long expectedVersion, StoredRun run);

  /** A run, if the store holds it (a store may drop ended runs after a retention limit). */
  Optional<StoredRun> findRun(String runId);

  /** Every run still {@link RunStatus#RUNNING}, oldest first (by start, then id). */
  List<StoredRun> runningRuns();

  /**
   * Runs for the history, oldest first (by start, then id).
   *
   * @param functionId only this function's runs; null for all
   * @param status only runs in this status; null for all
   */
  List<StoredRun> runs(@Nullable String functionId, @Nullable RunStatus status);

  /**
   * One page of runs, newest first (by run id descending), filtered by function, status and an
   * exact run id, event id or user id; for dashboards over many runs.
   *
   * <p>The default reads every run of the function and status through {@link #runs} and filters
   * them in memory: correct, but a store holding many runs overrides it with an indexed query that
   * reads at most {@code limit + 1} of them.
   *
   * @since 0.1.0
   */
  default RunPage queryRuns(RunQuery query) {
    List<StoredRun> all = new ArrayList<>(runs(query.functionId(), query.status()));
    all.sort(Comparator.comparing(StoredRun::runId).reversed());
    List<StoredRun> page = new ArrayList<>();
    for (StoredRun run : all) {
      if (query.pastCursor(run) && query.matches(run)) {
        page.add(run);
        if (page.size() > query.limit()) {
          break;
        }
      }
    }
    return RunPage.of(page, query.limit());
  }

  /**
   * How many runs each function has in each status, counting runs started in {@code [from,
   * before)}; groups with no run are left out, and the order is unspecified.
   *
   * <p>The default counts what {@link #runs} returns; a store holding many runs overrides it with a
   * query that counts without reading the runs.
   *
   * @param from count only runs started at or after it; null for no lower bound
   * @param before count only runs started before it; null for no upper bound
   * @since 0.1.0
   */
  default List<RunCount> countRuns(@Nullable Instant from, @Nullable Instant before) {
    return RunCount.tally(runs(null, null), from, before);
  }

  /**
   * {@link #countRuns} over {@code windows} adjacent windows of {@code width} each, in one call:
   * element {@code i} counts the runs started in {@code [from + i * width, from + (i + 1) *
   * width)}, as {@code countRuns} would. For charts, which would otherwise ask once per window.
   *
   * <p>The default asks {@link #countRuns} once per window: correct, and as cheap per window as
   * that method is; a store overrides it to count every window in one grouped query.
   *
   * @param width a positive duration
   * @param windows 1 to {@value RunCount#MAX_WINDOWS}
   * @throws IllegalArgumentException when width or windows is out of range
   */
  default List<List<RunCount>> countRunsByWindow(Instant from, Duration width, int windows) {
    RunCount.checkWindows(width, windows);
    List<List<RunCount>> result = new ArrayList<>(windows);
    for (int i = 0; i < windows; i++) {
      Instant start = from.plus(width.multipliedBy(i));
      result.add(countRuns(start, start.plus(width)));
    }
    return result;
  }

  // ---- de-duplication and idempotency keys ------------------------------------------------------

  /**
   * Claims a key until {@code expiresAt}, unless a claim that has not expired at {@code now} holds
   * it.
   *
   * @param value what the claim records (the engine records the run the key started)
   * @return empty when this call claimed the key; otherwise the value of the claim holding it
   */
  Optional<String> claimKey(String key, String value, Instant now, Instant expiresAt);

  /** Forgets claims that expired at or before {@code now}. */
  void purgeExpiredKeys(Instant now);

  // ---- crons ----------------------------------------------------------------------------------

  /** The next fire recorded for a cron trigger (id chosen by the engine). */
  Optional<Instant> nextCronFire(String cronId);

  /** Records the next fire of a cron trigger, replacing the previous one. */
  void saveNextCronFire(String cronId, Instant next);

  // ---- concurrency leases -----------------------------------------------------------------------

  /**
   * Takes one of {@code limit} slots of a concurrency key for a holder. A holder that already has a
   * slot of the key keeps it and gets true.
   *
   * @return whether the holder now has a slot
   */
  boolean acquireLease(String key, String holder, int limit);

  /** Gives a holder's slot of a key back; unknown holders are ignored. */
  void releaseLease(String key, String holder);

  /** How many slots of a key are taken. */
  int leaseCount(String key);

  /**
   * Drops every lease: the engine calls it at start, when no call of an earlier engine can still be
   * running.
   */
  void clearLeases();
}
