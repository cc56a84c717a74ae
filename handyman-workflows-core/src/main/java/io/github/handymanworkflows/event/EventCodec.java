package io.github.handymanworkflows.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.internal.json.Json;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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
    JsonNode data = json.get("data");
    if (data == null || data.isNull()) {
      data = JsonNodeFactory.instance.objectNode();
    }
    if (!data.isObject()) {
      throw new EventValidationException(name, "data", "must be a JSON object");
    }
    String id = json.hasNonNull("id") ? json.get("id").asText() : null;
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
    if (userNode != null && userNode.isObject()) {
      user = mapper.convertValue(userNode, Json.MAP_TYPE);
      user = user.entrySet().stream()
          .filter(e -> e.getValue() != null)
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
    EventType<?> type = registry.find(name).orElse(null);
    Object payload = type != null ? readPayload(name, type, data) : data.deepCopy();
    return new Event<>(id, name, payload, user, ts);
  }

  private Object readPayload(String name, EventType<?> type, JsonNode data) {
    try {
      return mapper.treeToValue(data, type.payloadType());
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof EventValidationException invalid) {
        throw invalid;
      }
      if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
        throw new EventValidationException(name, "data", "is invalid: " + cause.getMessage());
      }
      throw new EventValidationException(name, "data", "is invalid");
    } catch (InvalidFormatException e) {
      throw new EventValidationException(name, "data." + path(e), "has the wrong format");
    } catch (MismatchedInputException e) {
      throw new EventValidationException(name, "data." + path(e), "has the wrong type");
    } catch (Exception e) {
      throw new EventValidationException(name, "data", "is invalid");
    }
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  /** Encodes an event to its wire shape. Fields the envelope leaves empty are omitted. */
  public ObjectNode encode(Event<?> event) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (event.id() != null) {
      node.put("id", event.id());
    }
    node.put("name", event.name());
    node.set("data", mapper.valueToTree(event.data()));
    node.set("user", mapper.valueToTree(event.user()));
    if (event.ts() != null) {
      node.put("ts", event.ts().toEpochMilli());
    }
    return node;
  }
}
