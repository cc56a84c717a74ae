package io.github.handymanworkflows.engine.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A run's {@code waitForEvent} still open: what it matches on. Kept inside its {@link StoredRun};
 * the engine re-indexes open waits from the running runs at start.
 *
 * @param stepId the hashed id of the waitForEvent step
 * @param eventName the awaited event name
 * @param condition the CEL condition over {@code event} (the run's trigger) and {@code async} (the
 *     candidate), or null to accept any event of that name
 * @param expiresAt when the wait times out
 */
public record OpenWait(
    String stepId, String eventName, @Nullable String condition, Instant expiresAt) {

  /** Validates the fields. */
  public OpenWait {
    Objects.requireNonNull(stepId, "stepId must not be null");
    Objects.requireNonNull(eventName, "eventName must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
  }
}
