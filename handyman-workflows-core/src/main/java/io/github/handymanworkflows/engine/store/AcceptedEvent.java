/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
