package io.github.handymanworkflows.benchmarks;

import io.github.handymanworkflows.engine.InMemoryRunStore;
import io.github.handymanworkflows.engine.RunState;
import io.github.handymanworkflows.engine.RunStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A diagnostic store, not a proposal for core: the in-memory store plus an index of running runs,
 * so {@link #running()} costs what is running rather than every run ever kept. Comparing the two
 * stores isolates how much of ingestion is the full scan in {@code InMemoryRunStore.running()}. It
 * relies on the engine saving a run after every status change, which it does.
 */
final class RunningIndexRunStore implements RunStore {

  private final InMemoryRunStore all = new InMemoryRunStore();
  private final Map<String, RunState> running = new LinkedHashMap<>();

  @Override
  public synchronized void save(RunState run) {
    all.save(run);
    if (run.status().ended()) {
      running.remove(run.runId());
    } else {
      running.putIfAbsent(run.runId(), run);
    }
  }

  @Override
  public Optional<RunState> find(String runId) {
    return all.find(runId);
  }

  @Override
  public synchronized List<RunState> running() {
    return new ArrayList<>(running.values());
  }

  @Override
  public List<RunState> all() {
    return all.all();
  }

  /** A store by name: {@code memory} (the engine's default) or {@code indexed} (this one). */
  static RunStore named(String name) {
    return switch (name) {
      case "memory" -> new InMemoryRunStore();
      case "indexed" -> new RunningIndexRunStore();
      default -> throw new IllegalArgumentException("store must be memory or indexed, was " + name);
    };
  }
}
