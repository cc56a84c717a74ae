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

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps wire names to payload types, so that incoming JSON becomes typed records.
 *
 * <p>Names the registry does not know (Inngest's own {@code inngest/*} events, a host's private
 * events) still decode, with the payload left as a Jackson {@code JsonNode}.
 */
public final class EventRegistry {

  private final Map<String, EventType<?>> types;

  private EventRegistry(Map<String, EventType<?>> types) {
    this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
  }

  /** An empty registry to add to. */
  public static Builder builder() {
    return new Builder();
  }

  /** The type registered for a name, if any. */
  public Optional<EventType<?>> find(String name) {
    return Optional.ofNullable(types.get(name));
  }

  /** Every registered type, in registration order. */
  public Collection<EventType<?>> types() {
    return types.values();
  }

  /** A registry with every type of this one plus the given ones. */
  public EventRegistry with(EventType<?>... more) {
    Builder builder = new Builder();
    types.values().forEach(builder::register);
    for (EventType<?> type : more) {
      builder.register(type);
    }
    return builder.build();
  }

  /** Builds a registry; a name may be registered once. */
  public static final class Builder {
    private final Map<String, EventType<?>> types = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers a type. Registering the same type twice is harmless, and an {@linkplain
     * EventType#untyped(String) untyped} view of a name gives way to a typed one; two payload
     * records for one name is an error.
     */
    public Builder register(EventType<?> type) {
      Objects.requireNonNull(type, "type must not be null");
      EventType<?> previous = types.putIfAbsent(type.name(), type);
      if (previous == null || previous.equals(type) || type.isUntyped()) {
        return this;
      }
      if (previous.isUntyped()) {
        types.put(type.name(), type);
        return this;
      }
      throw new IllegalArgumentException(
          "event name '"
              + type.name()
              + "' is already registered for "
              + previous.payloadType().getName());
    }

    /** The registry. */
    public EventRegistry build() {
      return new EventRegistry(types);
    }
  }
}
