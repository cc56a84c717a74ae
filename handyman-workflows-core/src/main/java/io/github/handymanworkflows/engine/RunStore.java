package io.github.handymanworkflows.engine;

import java.util.List;
import java.util.Optional;

/**
 * Where the embedded engine keeps run state. The in-memory store is the default; a durable store
 * can implement this to survive restarts.
 */
public interface RunStore {

  /** Saves a run's state after a change. */
  void save(RunState run);

  /** Finds a run. */
  Optional<RunState> find(String runId);

  /** Runs still running, oldest first. */
  List<RunState> running();

  /** Every run, oldest first. */
  List<RunState> all();
}
