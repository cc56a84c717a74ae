package io.github.handymanworkflows.engine;

import io.github.handymanworkflows.engine.store.EngineStore;
import java.util.List;
import java.util.Optional;

/** The run history, read straight from the store. */
final class History implements RunHistory {

  private final EngineStore store;

  History(EngineStore store) {
    this.store = store;
  }

  @Override
  public Optional<RunRecord> run(String runId) {
    return store.findRun(runId).map(RunState::record);
  }

  @Override
  public List<RunRecord> runs(String functionId) {
    return store.runs(functionId, null).stream().map(RunState::record).toList();
  }

  @Override
  public List<RunRecord> runs(String functionId, RunStatus status) {
    return store.runs(functionId, status).stream().map(RunState::record).toList();
  }

  @Override
  public List<RunRecord> all() {
    return store.runs(null, null).stream().map(RunState::record).toList();
  }
}
