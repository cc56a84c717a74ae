package io.github.handymanworkflows.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * An event the engine accepted and has not yet routed to its functions, waits and cancellations.
 * Recorded before {@code publish} returns, so an accepted event survives a crash.
 *
 * @param key unique, and ordered as the events were accepted (the engine makes keys that sort in
 *     acceptance order; stores return unrouted events sorted by key)
 * @param event the normalised event in wire JSON (id, name, data, user, ts); never mutated
 * @param acceptedAt when it was accepted
 */
public record AcceptedEvent(String key, JsonNode event, Instant acceptedAt) {

  /** Validates the fields. */
  public AcceptedEvent {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(acceptedAt, "acceptedAt must not be null");
  }
}
