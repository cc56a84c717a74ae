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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the engine's state in memory: fast, and gone when the JVM stops. It survives closing one
 * engine and building another on the same store (a restart within the JVM), not a process crash.
 * Running runs are kept until they end; of the ended ones only the most recent {@code retainEnded}
 * stay for the history, so a long-running engine does not grow without bound.
 */
public final class InMemoryEngineStore implements EngineStore {

  /** How many ended runs the default store keeps for the history. */
  public static final int DEFAULT_RETAINED_ENDED_RUNS = 10_000;

  private static final Comparator<StoredRun> OLDEST_FIRST =
      Comparator.comparing(StoredRun::startedAt).thenComparing(StoredRun::runId);

  private final int retainEnded;
  private final TreeMap<String, AcceptedEvent> unrouted = new TreeMap<>();
  // No order needed: every listing sorts (oldest first), and a hash entry is smaller.
  private final Map<String, StoredRun> running = new HashMap<>();
  private final Map<String, StoredRun> ended = new HashMap<>();
  // Every kept run by id, for paging newest first without sorting the whole history each time.
  private final TreeMap<String, StoredRun> byId = new TreeMap<>();
  private final Deque<String> endedOrder = new ArrayDeque<>();
  private final LinkedHashMap<String, Claim> claims = new LinkedHashMap<>();
  private final Map<String, Instant> crons = new HashMap<>();
  private final Map<String, Set<String>> leases = new HashMap<>();

  private record Claim(String value, Instant expiresAt) {}

  /** A store keeping the default number of ended runs. */
  public InMemoryEngineStore() {
    this(DEFAULT_RETAINED_ENDED_RUNS);
  }

  /** A store keeping at most {@code retainEnded} ended runs (at least 1). */
  public InMemoryEngineStore(int retainEnded) {
    if (retainEnded < 1) {
      throw new IllegalArgumentException("retainEnded must be at least 1");
    }
    this.retainEnded = retainEnded;
  }

  @Override
  public synchronized void acceptEvents(List<AcceptedEvent> events) {
    for (AcceptedEvent event : events) {
      unrouted.put(event.key(), event);
    }
  }

  @Override
  public synchronized List<AcceptedEvent> unroutedEvents() {
    return new ArrayList<>(unrouted.values());
  }

  @Override
  public synchronized void markRouted(String eventKey) {
    unrouted.remove(eventKey);
  }

  @Override
  public synchronized boolean createRun(StoredRun run) {
    if (run.version() != 1) {
      throw new IllegalArgumentException("a new run has version 1, not " + run.version());
    }
    if (running.containsKey(run.runId()) || ended.containsKey(run.runId())) {
      return false;
    }
    put(run);
    return true;
  }

  @Override
  public synchronized boolean replaceRun(long expectedVersion, StoredRun run) {
    if (run.version() != expectedVersion + 1) {
      throw new IllegalArgumentException(
          "the replacement of version "
              + expectedVersion
              + " must have version "
              + (expectedVersion + 1)
              + ", not "
              + run.version());
    }
    StoredRun current = running.get(run.runId());
    if (current == null) {
      current = ended.get(run.runId());
    }
    if (current == null || current.version() != expectedVersion) {
      return false;
    }
    put(run);
    return true;
  }

  private void put(StoredRun run) {
    byId.put(run.runId(), run);
    if (!run.status().ended()) {
      if (ended.remove(run.runId()) != null) {
        // Reopened (a retry): it is no longer an ended run waiting for eviction.
        endedOrder.remove(run.runId());
      }
      running.put(run.runId(), run);
      return;
    }
    running.remove(run.runId());
    if (ended.put(run.runId(), run) == null) {
      endedOrder.addLast(run.runId());
      while (endedOrder.size() > retainEnded) {
        String evicted = endedOrder.removeFirst();
        ended.remove(evicted);
        byId.remove(evicted);
      }
    }
  }

  @Override
  public synchronized Optional<StoredRun> findRun(String runId) {
    StoredRun run = running.get(runId);
    return Optional.ofNullable(run != null ? run : ended.get(runId));
  }

  @Override
  public synchronized List<StoredRun> runningRuns() {
    List<StoredRun> result = new ArrayList<>(running.values());
    result.sort(OLDEST_FIRST);
    return result;
  }

  @Override
  public synchronized List<StoredRun> runs(
      @Nullable String functionId, @Nullable RunStatus status) {
    List<StoredRun> result = new ArrayList<>();
    if (status == null || status.ended()) {
      select(ended.values(), functionId, status, result);
    }
    if (status == null || !status.ended()) {
      select(running.values(), functionId, status, result);
    }
    result.sort(OLDEST_FIRST);
    return result;
  }

  @Override
  public synchronized RunPage queryRuns(RunQuery query) {
    NavigableMap<String, StoredRun> newestFirst =
        query.after() == null
            ? byId.descendingMap()
            : byId.headMap(query.after(), false).descendingMap();
    List<StoredRun> page = new ArrayList<>();
    for (StoredRun run : newestFirst.values()) {
      if (query.matches(run)) {
        page.add(run);
        if (page.size() > query.limit()) {
          break;
        }
      }
    }
    return RunPage.of(page, query.limit());
  }

  @Override
  public synchronized List<RunCount> countRuns(@Nullable Instant from, @Nullable Instant before) {
    return RunCount.tally(byId.values(), from, before);
  }

  @Override
  public synchronized List<List<RunCount>> countRunsByWindow(
      Instant from, Duration width, int windows) {
    return RunCount.tallyByWindow(byId.values(), from, width, windows);
  }

  private static void select(
      Iterable<StoredRun> runs,
      @Nullable String functionId,
      @Nullable RunStatus status,
      List<StoredRun> into) {
    for (StoredRun run : runs) {
      if ((functionId == null || run.functionId().equals(functionId))
          && (status == null || run.status() == status)) {
        into.add(run);
      }
    }
  }

  @Override
  public synchronized Optional<String> claimKey(
      String key, String value, Instant now, Instant expiresAt) {
    Claim existing = claims.get(key);
    if (existing != null && existing.expiresAt().isAfter(now)) {
      return Optional.of(existing.value());
    }
    // Re-inserted at the end: the map stays roughly in expiry order for the purge.
    claims.remove(key);
    claims.put(key, new Claim(value, expiresAt));
    return Optional.empty();
  }

  @Override
  public synchronized void purgeExpiredKeys(Instant now) {
    Iterator<Claim> it = claims.values().iterator();
    while (it.hasNext()) {
      if (it.next().expiresAt().isAfter(now)) {
        // The engine claims every key for the same window, so insertion order is expiry order.
        break;
      }
      it.remove();
    }
  }

  @Override
  public synchronized Optional<Instant> nextCronFire(String cronId) {
    return Optional.ofNullable(crons.get(cronId));
  }

  @Override
  public synchronized void saveNextCronFire(String cronId, Instant next) {
    crons.put(cronId, next);
  }

  @Override
  public synchronized boolean acquireLease(String key, String holder, int limit) {
    Set<String> holders = leases.computeIfAbsent(key, k -> new LinkedHashSet<>());
    if (holders.contains(holder)) {
      return true;
    }
    if (holders.size() >= limit) {
      return false;
    }
    holders.add(holder);
    return true;
  }

  @Override
  public synchronized void releaseLease(String key, String holder) {
    Set<String> holders = leases.get(key);
    if (holders != null && holders.remove(holder) && holders.isEmpty()) {
      leases.remove(key);
    }
  }

  @Override
  public synchronized int leaseCount(String key) {
    Set<String> holders = leases.get(key);
    return holders == null ? 0 : holders.size();
  }

  @Override
  public synchronized void clearLeases() {
    leases.clear();
  }
}
