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

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.internal.json.Json;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Converts events between the wire's JSON shape and typed envelopes, validating payloads both ways.
 *
 * <p>On the wire {@code ts} is epoch milliseconds and {@code user} is always an object.
 */
public final class EventCodec {

  private final EventRegistry registry;
  private final ObjectMapper mapper;

  /** A codec over the given registry with the library's JSON settings. */
  public EventCodec(EventRegistry registry) {
    this(registry, Json.mapper());
  }

  /** A codec over the given registry and mapper. */
  public EventCodec(EventRegistry registry, ObjectMapper mapper) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
    this.mapper = Objects.requireNonNull(mapper, "mapper must not be null");
  }

  /** The registry this codec decodes with. */
  public EventRegistry registry() {
    return registry;
  }

  /** A codec with the same JSON settings over another registry. */
  public EventCodec withRegistry(EventRegistry other) {
    return new EventCodec(other, mapper);
  }

  /**
   * Decodes one wire event.
   *
   * @throws EventValidationException naming the field when the envelope or payload is invalid
   */
  public Event<?> decode(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new EventValidationException("?", "event", "must be a JSON object");
    }
    JsonNode nameNode = json.get("name");
    if (nameNode == null || !nameNode.isTextual() || nameNode.asText().isBlank()) {
      throw new EventValidationException("?", "name", "is required");
    }
    String name = nameNode.asText();
    EventBounds.checkEnvelope("?", "name", name);
    JsonNode data = json.get("data");
    if (data == null || data.isNull()) {
      data = JsonNodeFactory.instance.objectNode();
    }
    if (!data.isObject()) {
      throw new EventValidationException(name, "data", "must be a JSON object");
    }
    String id = json.hasNonNull("id") ? json.get("id").asText() : null;
    if (id != null) {
      EventBounds.checkEnvelope(name, "id", id);
    }
    Instant ts = null;
    JsonNode tsNode = json.get("ts");
    if (tsNode != null && !tsNode.isNull()) {
      if (!tsNode.canConvertToLong()) {
        throw new EventValidationException(name, "ts", "must be epoch milliseconds");
      }
      ts = Instant.ofEpochMilli(tsNode.asLong());
    }
    Map<String, Object> user = Map.of();
    JsonNode userNode = json.get("user");
    // Most events carry an empty user object: converting it costs a serialiser round trip.
    if (userNode != null && userNode.isObject() && !userNode.isEmpty()) {
      user = mapper.convertValue(userNode, Json.MAP_TYPE);
      user =
          user.entrySet().stream()
              .filter(e -> e.getValue() != null)
              .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
    EventType<?> type = registry.find(name).orElse(null);
    Object payload = type != null ? readPayload(name, type, data) : data.deepCopy();
    return new Event<>(id, name, payload, user, ts);
  }

  /**
   * Decodes one wire event as the given type, whatever the registry holds for its name: a wait or
   * trigger reads the type it declares, never a JSON tree cast to a record.
   *
   * @throws EventValidationException naming the field when the payload does not fit the type, or
   *     naming {@code name} when the event has another name
   */
  public <T> Event<T> decode(JsonNode json, EventType<T> type) {
    return as(decode(json), type);
  }

  /**
   * The event with its payload read as the given type: returned as it is when the payload already
   * has that class, converted (and validated) otherwise, for example from a {@link JsonNode} or to
   * an {@linkplain EventType#untyped(String) untyped} view.
   *
   * @throws EventValidationException naming the field when the payload does not fit the type, or
   *     naming {@code name} when the event has another name
   */
  public <T> Event<T> as(Event<?> event, EventType<T> type) {
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(type, "type must not be null");
    if (!event.is(type)) {
      throw new EventValidationException(event.name(), "name", "is not '" + type.name() + "'");
    }
    Object data = event.data();
    if (type.payloadType().isInstance(data)) {
      return new Event<>(
          event.id(), event.name(), type.payloadType().cast(data), event.user(), event.ts());
    }
    JsonNode tree = data instanceof JsonNode node ? node : mapper.valueToTree(data);
    T payload = type.payloadType().cast(readPayload(event.name(), type, tree));
    return new Event<>(event.id(), event.name(), payload, event.user(), event.ts());
  }

  private Object readPayload(String name, EventType<?> type, JsonNode data) {
    try {
      return mapper.treeToValue(data, type.payloadType());
    } catch (EventValidationException e) {
      // Thrown by a compact constructor when the mapper does not wrap creator exceptions.
      throw e;
    } catch (JsonMappingException e) {
      EventValidationException invalid = validationCause(e);
      if (invalid != null) {
        throw invalid;
      }
      // Jackson's messages quote the offending value, so only the path and a fixed problem are
      // kept.
      throw new EventValidationException(name, field(e), problem(e));
    } catch (Exception e) {
      EventValidationException invalid = validationCause(e);
      throw invalid != null ? invalid : new EventValidationException(name, "data", "is invalid");
    }
  }

  private static @Nullable EventValidationException validationCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EventValidationException invalid) {
        return invalid;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String problem(JsonMappingException e) {
    // Jackson has no subtype for an absent required creator property, only this message.
    if (e instanceof InvalidNullException
        || (e instanceof MismatchedInputException
            && String.valueOf(e.getOriginalMessage()).startsWith("Missing required"))) {
      return "is required";
    }
    if (e instanceof InvalidFormatException) {
      return "has the wrong format";
    }
    if (e instanceof MismatchedInputException) {
      return "has the wrong type";
    }
    // A domain value (money, location, enum) rejected what it was given.
    return "is invalid";
  }

  private static String field(JsonMappingException e) {
    StringBuilder field = new StringBuilder("data");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        field.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  /** Encodes an event to its wire shape. Fields the envelope leaves empty are omitted. */
  public ObjectNode encode(Event<?> event) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (event.id() != null) {
      node.put("id", event.id());
    }
    node.put("name", event.name());
    node.set("data", mapper.valueToTree(event.data()));
    node.set(
        "user",
        event.user().isEmpty()
            ? JsonNodeFactory.instance.objectNode()
            : mapper.valueToTree(event.user()));
    if (event.ts() != null) {
      node.put("ts", event.ts().toEpochMilli());
    }
    return node;
  }
}
