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
package io.github.handymanworkflows.test.faults;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.handymanworkflows.engine.RunHistory;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.RecordingMailer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a scenario run ended with, as canonical JSON: named sections such as the state of each port,
 * the emails delivered and the runs' results. Two outcomes are compared with {@link #diff}.
 *
 * <p>Map keys and record components are sorted, and sets are sorted by their JSON, so two runs that
 * end in the same state have equal outcomes whatever order they wrote in. Lists keep their order.
 */
public final class Outcome {

  private static final ObjectMapper MAPPER = canonicalMapper();
  private static final int MAX_DIFF_LINES = 20;

  private final ObjectNode json;

  private Outcome(ObjectNode json) {
    this.json = json;
  }

  /** Starts an outcome. */
  public static Builder builder() {
    return new Builder();
  }

  /** The outcome as one JSON object, a member per section. */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /**
   * How {@code other} differs from this outcome: one line per differing JSON path with both values,
   * at most 20 lines; empty when they are equal.
   */
  public List<String> diff(Outcome other) {
    return diff(other, List.of());
  }

  /**
   * Like {@link #diff(Outcome)}, leaving out the paths (such as {@code
   * /runs/3/output/tokensDeleted}) that match one of {@code ignored}.
   */
  public List<String> diff(Outcome other, List<Pattern> ignored) {
    List<String> lines = new ArrayList<>();
    diff("", json, other.json, ignored, lines);
    return lines;
  }

  private static void diff(
      String path, JsonNode expected, JsonNode actual, List<Pattern> ignored, List<String> lines) {
    if (lines.size() >= MAX_DIFF_LINES
        || expected.equals(actual)
        || ignored.stream().anyMatch(p -> p.matcher(path).matches())) {
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new java.util.TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        diff(
            path + "/" + name,
            missing(expected.get(name)),
            missing(actual.get(name)),
            ignored,
            lines);
      }
      return;
    }
    if (expected.isArray() && actual.isArray()) {
      int size = Math.max(expected.size(), actual.size());
      for (int i = 0; i < size; i++) {
        diff(path + "/" + i, missing(expected.get(i)), missing(actual.get(i)), ignored, lines);
      }
      return;
    }
    lines.add(
        (path.isEmpty() ? "/" : path)
            + ": expected "
            + shorten(expected)
            + " but was "
            + shorten(actual));
  }

  private static JsonNode missing(JsonNode node) {
    return node == null ? JsonNodeFactory.instance.missingNode() : node;
  }

  private static String shorten(JsonNode node) {
    String text = node.isMissingNode() ? "(absent)" : node.toString();
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Outcome other && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json.toString();
  }

  private static ObjectMapper canonicalMapper() {
    SimpleModule sortedSets = new SimpleModule("sorted-sets");
    sortedSets.addSerializer(new SortedSetSerializer());
    return ((JsonMapper) Json.newMapper())
        .rebuild()
        .addModule(sortedSets)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class SortedSetSerializer extends StdSerializer<Set> {
    private static final long serialVersionUID = 1L;

    SortedSetSerializer() {
      super(Set.class);
    }

    @Override
    public void serialize(Set value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      List<JsonNode> items = new ArrayList<>();
      for (Object item : (Set<Object>) value) {
        items.add(MAPPER.valueToTree(item));
      }
      items.sort(Comparator.comparing(JsonNode::toString));
      gen.writeStartArray();
      for (JsonNode item : items) {
        gen.writeTree(item);
      }
      gen.writeEndArray();
    }
  }

  /** Builds an {@link Outcome} section by section. */
  public static final class Builder {
    private final ObjectNode json = JsonNodeFactory.instance.objectNode();

    private Builder() {}

    /** Adds a section holding any value Jackson can write (records, maps, lists). */
    public Builder add(String section, Object value) {
      Objects.requireNonNull(section, "section must not be null");
      json.set(section, MAPPER.valueToTree(value));
      return this;
    }

    /**
     * Adds the state of an in-memory fake: every map and collection it holds in its fields (its
     * data), read by reflection; counters and settings are left out.
     */
    public Builder state(String section, Object fake) {
      Objects.requireNonNull(fake, "fake must not be null");
      ObjectNode state = JsonNodeFactory.instance.objectNode();
      for (Class<?> c = fake.getClass(); c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers())
              || !(Map.class.isAssignableFrom(field.getType())
                  || Collection.class.isAssignableFrom(field.getType()))) {
            continue;
          }
          field.setAccessible(true);
          try {
            Object value = field.get(fake);
            synchronized (fake) {
              state.set(field.getName(), MAPPER.valueToTree(value));
            }
          } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
          }
        }
      }
      json.set(section, state);
      return this;
    }

    /**
     * Adds the emails a {@link RecordingMailer} delivered (key, recipients, subject and text, by
     * key: the order in which independent runs mailed is not part of the outcome); repeated
     * attempts that were de-duplicated are not part of it either.
     */
    public Builder mail(RecordingMailer mailer) {
      ArrayNode mails = json.putArray("mail");
      List<MailMessage> sent = new ArrayList<>(mailer.sent());
      sent.sort(Comparator.comparing(MailMessage::idempotencyKey));
      for (MailMessage m : sent) {
        ObjectNode mail = mails.addObject();
        mail.put("key", m.idempotencyKey());
        ArrayNode to = mail.putArray("to");
        m.to().forEach(a -> to.add(a.email()));
        mail.put("subject", m.subject());
        mail.put("text", m.text());
      }
      return this;
    }

    /**
     * Adds every run: function, trigger, status, output and error, sorted, without run and event
     * ids (the engine draws those at random).
     */
    public Builder runs(RunHistory history) {
      List<ObjectNode> runs = new ArrayList<>();
      for (RunRecord run : history.all()) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("function", run.functionId());
        node.put("trigger", run.triggerName());
        node.put("status", run.status().name());
        if (run.output() != null) {
          node.set("output", run.output());
        }
        if (run.error() != null) {
          node.put("error", run.error().name() + ": " + run.error().message());
        }
        runs.add(node);
      }
      runs.sort(Comparator.comparing(JsonNode::toString));
      ArrayNode array = json.putArray("runs");
      runs.forEach(array::add);
      return this;
    }

    /** The outcome. */
    public Outcome build() {
      return new Outcome(json.deepCopy());
    }
  }
}
