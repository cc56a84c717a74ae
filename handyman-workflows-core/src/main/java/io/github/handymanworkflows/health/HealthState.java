package io.github.handymanworkflows.health;

import java.time.Instant;
import java.util.Objects;

/**
 * The last known status of a probe.
 *
 * @param probeName the probe
 * @param status its last status
 * @param since when it entered that status
 * @param checkedAt when it was last checked
 */
public record HealthState(String probeName, HealthStatus status, Instant since, Instant checkedAt) {

  /** Validates the fields. */
  public HealthState {
    Objects.requireNonNull(probeName, "probeName must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(since, "since must not be null");
    Objects.requireNonNull(checkedAt, "checkedAt must not be null");
    if (checkedAt.isBefore(since)) {
      throw new IllegalArgumentException("checkedAt must not be before since");
    }
  }
}
