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

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Pairs an event's wire name with the record that carries its payload.
 *
 * <p>Inngest routes on names, so the name is part of the public contract: every payload record of
 * the catalogue exposes its type as a {@code TYPE} constant. For a quick function where a record is
 * overkill, {@link #untyped(String)} carries the payload as a Jackson {@link JsonNode}.
 *
 * @param name the wire name, for example {@code auth/user.registered}
 * @param payloadType the record the {@code data} object maps to
 * @param <T> the payload type
 */
public record EventType<T>(String name, Class<T> payloadType) {

  /** Validates the name and type. */
  public EventType {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(payloadType, "payloadType must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("event name must not be blank");
    }
    if (name.length() > 255) {
      throw new IllegalArgumentException("event name must be at most 255 characters: " + name);
    }
  }

  /** Creates a type. */
  public static <T> EventType<T> of(String name, Class<T> payloadType) {
    return new EventType<>(name, payloadType);
  }

  /**
   * A type whose payload stays JSON: {@code data} is a {@link JsonNode} (an object), validated only
   * as being an object. Use it for quick functions; a record validates its fields.
   */
  public static EventType<JsonNode> untyped(String name) {
    return new EventType<>(name, JsonNode.class);
  }

  /** Whether the payload stays JSON ({@link #untyped(String)}). */
  public boolean isUntyped() {
    return JsonNode.class.isAssignableFrom(payloadType);
  }

  /** Wraps a payload in an envelope of this type, leaving id and timestamp to the sender. */
  public Event<T> event(T data) {
    return Event.of(this, data);
  }

  @Override
  public String toString() {
    return name;
  }
}
