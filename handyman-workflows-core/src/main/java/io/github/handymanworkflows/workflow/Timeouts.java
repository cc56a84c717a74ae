package io.github.handymanworkflows.workflow;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Limits on how long a run may wait to start and to finish; a run past either is cancelled.
 *
 * @param start the longest time from trigger to first execution, or null
 * @param finish the longest time from first execution to completion, or null
 */
public record Timeouts(@Nullable Duration start, @Nullable Duration finish) {

  /** Validates the durations. */
  public Timeouts {
    if (start != null && (start.isNegative() || start.isZero())) {
      throw new IllegalArgumentException("start timeout must be positive");
    }
    if (finish != null && (finish.isNegative() || finish.isZero())) {
      throw new IllegalArgumentException("finish timeout must be positive");
    }
  }
}
