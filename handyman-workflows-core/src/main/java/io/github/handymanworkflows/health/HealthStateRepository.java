package io.github.handymanworkflows.health;

import java.time.Instant;
import java.util.Optional;

/**
 * The last known status per probe, so the health workflow alerts on a change of state instead of on
 * every run. Implementations are thread-safe and record atomically: of two concurrent recordings at
 * different instants, only one reports a change.
 *
 * <p>A check is identified by its probe and instant. Recording at the instant of the stored check
 * again (a step retried after its write succeeded but its answer was lost) changes nothing and
 * returns what the first recording returned, so the retried step still sees the change it made.
 */
public interface HealthStateRepository {

  /** The last known state of a probe. */
  Optional<HealthState> find(String probeName);

  /**
   * Stores a probe's status and reports what it was before. A recording at the stored {@code
   * checkedAt} returns the transition that instant's first recording returned, whatever {@code
   * status} it carries; a recording older than the stored {@code checkedAt} changes nothing and
   * reports no change.
   */
  HealthTransition record(String probeName, HealthStatus status, Instant at);
}
