package io.github.handymanworkflows.health;

import java.time.Instant;
import java.util.Optional;

/**
 * The last known status per probe, so the health workflow alerts on a change of state instead of on
 * every run. Implementations are thread-safe and record atomically: of two concurrent recordings of
 * the same change, only one reports it.
 */
public interface HealthStateRepository {

  /** The last known state of a probe. */
  Optional<HealthState> find(String probeName);

  /**
   * Stores a probe's status and reports what it was before. A recording older than the stored
   * {@code checkedAt} changes nothing and reports no change.
   */
  HealthTransition record(String probeName, HealthStatus status, Instant at);
}
