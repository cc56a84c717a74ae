package io.github.handymanworkflows.spring.boot.autoconfigure.metrics;

import io.github.handymanworkflows.engine.RunState;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.RunStore;
import io.github.handymanworkflows.engine.StepRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts runs started, ended and step retries by watching the embedded engine save run state. The
 * engine saves after every change, so each transition is seen once; only runs still in progress are
 * remembered.
 */
public final class MeteredRunStore implements RunStore {

  private final RunStore delegate;
  private final WorkflowMetrics metrics;
  private final Map<String, Map<String, Integer>> retriesByRun = new HashMap<>();

  /** Decorates a store. */
  public MeteredRunStore(RunStore delegate, WorkflowMetrics metrics) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    this.metrics = Objects.requireNonNull(metrics, "metrics must not be null");
  }

  @Override
  public void save(RunState run) {
    delegate.save(run);
    observe(run);
  }

  private synchronized void observe(RunState run) {
    Map<String, Integer> retries = retriesByRun.get(run.runId());
    if (retries == null) {
      if (run.status() != RunStatus.RUNNING) {
        // Already counted: an ended run is saved more than once.
        return;
      }
      retries = new HashMap<>();
      retriesByRun.put(run.runId(), retries);
      metrics.runStarted(run.functionId());
    }
    for (Map.Entry<String, StepRecord> entry : run.steps().entrySet()) {
      StepRecord step = entry.getValue();
      if ("retrying".equals(step.status())) {
        Integer seen = retries.put(entry.getKey(), step.attempts());
        if (seen == null || seen != step.attempts()) {
          metrics.stepRetried(run.functionId(), step.name());
        }
      }
    }
    if (run.status() != RunStatus.RUNNING) {
      retriesByRun.remove(run.runId());
      metrics.runEnded(run.functionId(), run.status());
    }
  }

  @Override
  public Optional<RunState> find(String runId) {
    return delegate.find(runId);
  }

  @Override
  public List<RunState> running() {
    return delegate.running();
  }

  @Override
  public List<RunState> all() {
    return delegate.all();
  }
}
