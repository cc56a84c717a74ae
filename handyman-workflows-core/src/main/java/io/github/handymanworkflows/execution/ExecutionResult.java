package io.github.handymanworkflows.execution;

import java.util.List;
import java.util.Objects;

/**
 * An outcome plus what the core noticed on the way.
 *
 * @param outcome what to answer
 * @param warnings nondeterminism the core detected (memoized steps the replay never reached, a
 *     memoized value of the wrong kind); the drivers log them and keep them in run history
 */
public record ExecutionResult(ExecutionOutcome outcome, List<String> warnings) {

  /** Copies the warnings. */
  public ExecutionResult {
    Objects.requireNonNull(outcome, "outcome must not be null");
    warnings = List.copyOf(warnings);
  }
}
