package io.github.handymanworkflows.engine;

import java.util.List;
import java.util.Optional;

/** Queries over the runs an engine has seen. */
public interface RunHistory {

  /** One run. */
  Optional<RunRecord> run(String runId);

  /** Every run of a function, oldest first. */
  List<RunRecord> runs(String functionId);

  /** Runs of a function in a status, oldest first. */
  List<RunRecord> runs(String functionId, RunStatus status);

  /** Every run, oldest first. */
  List<RunRecord> all();
}
