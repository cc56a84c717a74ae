package io.github.handymanworkflows.engine;

import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.execution.ExecutionResult;

/**
 * How the engine makes a call of a run. In-process by default, through the execution core; a test
 * harness can instead send each call over HTTP to an Inngest serve endpoint, so the engine plays
 * the Inngest server against a real app.
 */
@FunctionalInterface
public interface CallExecutor {

  /** Makes one call. */
  ExecutionResult execute(ExecutionRequest request);
}
