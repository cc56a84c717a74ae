package io.github.handymanworkflows.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps runs in memory: fast, and gone when the JVM stops. Running runs are kept until they end; of
 * the ended ones only the most recent {@code retainEnded} stay for the history, so a long-running
 * engine does not grow without bound.
 */
public final class InMemoryRunStore implements RunStore {

  /** How many ended runs the default store keeps for the history. */
  public static final int DEFAULT_RETAINED_ENDED_RUNS = 10_000;

  private final int retainEnded;
  private final Map<String, RunState> running = new LinkedHashMap<>();
  private final Map<String, RunState> ended = new LinkedHashMap<>();
  private final Deque<String> endedOrder = new ArrayDeque<>();

  /** A store keeping the default number of ended runs. */
  public InMemoryRunStore() {
    this(DEFAULT_RETAINED_ENDED_RUNS);
  }

  /** A store keeping at most {@code retainEnded} ended runs (at least 1). */
  public InMemoryRunStore(int retainEnded) {
    if (retainEnded < 1) {
      throw new IllegalArgumentException("retainEnded must be at least 1");
    }
    this.retainEnded = retainEnded;
  }

  @Override
  public synchronized void save(RunState run) {
    if (!run.status().ended()) {
      running.put(run.runId(), run);
      return;
    }
    running.remove(run.runId());
    if (ended.put(run.runId(), run) == null) {
      endedOrder.addLast(run.runId());
      while (endedOrder.size() > retainEnded) {
        ended.remove(endedOrder.removeFirst());
      }
    }
  }

  @Override
  public synchronized Optional<RunState> find(String runId) {
    RunState run = running.get(runId);
    return Optional.ofNullable(run != null ? run : ended.get(runId));
  }

  @Override
  public synchronized List<RunState> running() {
    return new ArrayList<>(running.values());
  }

  @Override
  public synchronized List<RunState> all() {
    List<RunState> all = new ArrayList<>(ended.size() + running.size());
    all.addAll(ended.values());
    all.addAll(running.values());
    all.sort(java.util.Comparator.comparing(RunState::startedAt));
    return all;
  }
}
