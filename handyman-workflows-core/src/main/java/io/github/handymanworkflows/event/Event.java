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
package io.github.handymanworkflows.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The event envelope, in Inngest's shape: {@code {id, name, data, user, ts}}.
 *
 * <p>{@code id} doubles as the idempotency key: a second event with the same id starts no second
 * run of a function within 24 hours. An event that is about to be sent may leave {@code id} and
 * {@code ts} empty; the publisher fills them in. Events that arrive at a workflow always have both.
 *
 * @param id the event id, or {@code null} to let the sender assign one
 * @param name the wire name
 * @param data the payload: a catalogue record, or a Jackson {@code JsonNode} for names the registry
 *     does not know
 * @param user optional user context (never contains secrets)
 * @param ts when the event happened, or {@code null} to use the time of sending
 * @param <T> the payload type
 */
public record Event<T>(
    @Nullable String id, String name, T data, Map<String, Object> user, @Nullable Instant ts) {

  /** Validates and copies the envelope. */
  public Event {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(data, "data must not be null");
    user = Map.copyOf(Objects.requireNonNull(user, "user must not be null"));
    if (name.isBlank()) {
      throw new IllegalArgumentException("event name must not be blank");
    }
  }

  /** An event of a catalogue type with no id and no timestamp yet. */
  public static <T> Event<T> of(EventType<T> type, T data) {
    return new Event<>(null, type.name(), data, Map.of(), null);
  }

  /** A copy with the given id, used for de-duplication. */
  public Event<T> withId(String newId) {
    return new Event<>(Objects.requireNonNull(newId, "id must not be null"), name, data, user, ts);
  }

  /** A copy with the given timestamp. */
  public Event<T> withTs(Instant newTs) {
    return new Event<>(id, name, data, user, Objects.requireNonNull(newTs, "ts must not be null"));
  }

  /** Whether this envelope carries an event of the given type. */
  public boolean is(EventType<?> type) {
    return name.equals(type.name());
  }

  /**
   * Returns the payload as the given type.
   *
   * @throws IllegalStateException when this event has another name or payload class
   */
  public <P> P data(EventType<P> type) {
    if (!is(type) || !type.payloadType().isInstance(data)) {
      throw new IllegalStateException(
          "event '"
              + name
              + "' is not of type '"
              + type.name()
              + "' ("
              + type.payloadType().getSimpleName()
              + ")");
    }
    return type.payloadType().cast(data);
  }
}
