package io.github.handymanworkflows.engine;

/** Where a run is in its life. */
public enum RunStatus {
  /** Executing, sleeping, or waiting for an event or a retry. */
  RUNNING,
  /** Returned a result. */
  COMPLETED,
  /** Failed permanently; its failure handler, if any, was triggered. */
  FAILED,
  /** Stopped by a cancellation rule or a timeout. */
  CANCELLED;

  /** Whether the run has ended. */
  public boolean ended() {
    return this != RUNNING;
  }
}
