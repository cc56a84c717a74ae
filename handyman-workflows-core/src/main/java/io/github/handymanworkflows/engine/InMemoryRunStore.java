package io.github.handymanworkflows.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Keeps runs in memory: fast, and gone when the JVM stops. */
public final class InMemoryRunStore implements RunStore {

  private final Map<String, RunState> runs = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();

  @Override
  public void save(RunState run) {
    if (runs.put(run.runId(), run) == null) {
      order.add(run.runId());
    }
  }

  @Override
  public Optional<RunState> find(String runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  @Override
  public List<RunState> running() {
    List<RunState> result = new ArrayList<>();
    for (String id : order) {
      RunState run = runs.get(id);
      if (run != null && !run.status().ended()) {
        result.add(run);
      }
    }
    return result;
  }

  @Override
  public List<RunState> all() {
    List<RunState> result = new ArrayList<>();
    for (String id : order) {
      result.add(runs.get(id));
    }
    return result;
  }
}
