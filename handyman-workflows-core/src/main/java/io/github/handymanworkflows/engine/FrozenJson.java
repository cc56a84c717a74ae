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
package io.github.handymanworkflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.internal.SharedTable;
import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Read-only copies of the JSON trees a run keeps for its whole life (its trigger events and step
 * results). Jackson's {@link ObjectNode} keeps its fields in a {@code LinkedHashMap}: a hash table
 * and a 40-byte entry per field, about twice what the fields need. A frozen object keeps its values
 * (in fields of its own up to three, else in one array) and its field names in an array shared by
 * every frozen object with the same names in the same order (every run of a function gets events
 * and step results of the same few shapes), so a sleeping run pays four bytes per field instead of
 * an entry. Empty objects are one shared instance. The trees are the same JSON to every reader
 * (Jackson serialises and reads them as usual); changing one throws, which is what the store's
 * contract asks of them anyway.
 */
final class FrozenJson {

  /** Objects with more fields than this keep a hash map: lookups by name stay O(1). */
  private static final int MAX_SCANNED_FIELDS = 16;

  /**
   * How many distinct shapes (field-name lists) are shared. Objects keyed by data (ids as field
   * names) make new shapes all the time; past this many the table starts afresh, so it stays small
   * and the common shapes come back at once.
   */
  private static final int MAX_SHAPES = 1_024;

  private static final SharedTable<List<String>, String[]> SHAPES = new SharedTable<>(MAX_SHAPES);

  /** The frozen {@code {}}; read-only like every frozen object, so one instance serves all. */
  static final ObjectNode EMPTY_OBJECT =
      new ObjectNode(JsonNodeFactory.instance, Fields.of(new String[0], new JsonNode[0]));

  private FrozenJson() {}

  /** A read-only copy of a tree; scalar nodes are immutable and shared. */
  static JsonNode freeze(JsonNode node) {
    if (node instanceof ObjectNode object) {
      return freezeObject(object);
    }
    if (node instanceof ArrayNode array) {
      List<JsonNode> elements = new ArrayList<>(array.size());
      for (JsonNode element : array) {
        elements.add(freeze(element));
      }
      return new ArrayNode(JsonNodeFactory.instance, List.copyOf(elements));
    }
    return node;
  }

  /** {@link #freeze} of an object. */
  static ObjectNode freezeObject(ObjectNode object) {
    int size = object.size();
    if (size == 0) {
      return EMPTY_OBJECT;
    }
    String[] names = new String[size];
    JsonNode[] values = new JsonNode[size];
    int i = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); i++) {
      Map.Entry<String, JsonNode> field = it.next();
      names[i] = field.getKey();
      values[i] = freeze(field.getValue());
    }
    Map<String, JsonNode> fields;
    if (size > MAX_SCANNED_FIELDS) {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(Fields.of(names, values)));
    } else {
      fields = Fields.of(shared(names), values);
    }
    return new ObjectNode(JsonNodeFactory.instance, fields);
  }

  /** The shared array equal to {@code names}, which becomes the shared one if there is none. */
  private static String[] shared(String[] names) {
    return SHAPES.share(Arrays.asList(names), names);
  }

  /**
   * Fields in insertion order: the names (an array shared, never changed) and the values;
   * read-only. Objects of one to three fields (a step's {@code {"data": …}}, a point, an amount)
   * keep their values in fields of their own, larger ones in an array. Iterating hands out a small
   * entry per field, garbage at once. A {@code Map} written out rather than an {@code AbstractMap},
   * whose two cached views would add a field each to every frozen object.
   */
  private abstract static class Fields implements Map<String, JsonNode> {
    final String[] names;

    Fields(String[] names) {
      this.names = names;
    }

    static Fields of(String[] names, JsonNode[] values) {
      return switch (values.length) {
        case 1 -> new One(names, values[0]);
        case 2 -> new Two(names, values[0], values[1]);
        case 3 -> new Three(names, values[0], values[1], values[2]);
        default -> new Many(names, values);
      };
    }

    /** The value of the {@code i}-th field. */
    abstract JsonNode valueAt(int i);

    private int indexOf(@Nullable Object name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public @Nullable JsonNode get(@Nullable Object name) {
      int i = indexOf(name);
      return i < 0 ? null : valueAt(i);
    }

    @Override
    public boolean containsKey(@Nullable Object name) {
      return indexOf(name) >= 0;
    }

    @Override
    public boolean containsValue(@Nullable Object value) {
      for (int i = 0; i < names.length; i++) {
        if (valueAt(i).equals(value)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public int size() {
      return names.length;
    }

    @Override
    public boolean isEmpty() {
      return names.length == 0;
    }

    @Override
    public JsonNode put(String name, JsonNode value) {
      throw new UnsupportedOperationException("a frozen JSON object is read-only");
    }

    /** Like {@code AbstractMap}: removing a field that is not there changes nothing. */
    @Override
    public @Nullable JsonNode remove(@Nullable Object name) {
      if (indexOf(name) < 0) {
        return null;
      }
      throw new UnsupportedOperationException("a frozen JSON object is read-only");
    }

    @Override
    public void putAll(Map<? extends String, ? extends JsonNode> fields) {
      throw new UnsupportedOperationException("a frozen JSON object is read-only");
    }

    @Override
    public void clear() {
      if (names.length > 0) {
        throw new UnsupportedOperationException("a frozen JSON object is read-only");
      }
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super JsonNode> action) {
      for (int i = 0; i < names.length; i++) {
        action.accept(names[i], valueAt(i));
      }
    }

    @Override
    public Set<String> keySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<String> iterator() {
          return Collections.unmodifiableList(Arrays.asList(names)).iterator();
        }

        @Override
        public int size() {
          return names.length;
        }

        @Override
        public boolean contains(@Nullable Object name) {
          return indexOf(name) >= 0;
        }
      };
    }

    @Override
    public Collection<JsonNode> values() {
      return new AbstractList<>() {
        @Override
        public JsonNode get(int i) {
          return valueAt(i);
        }

        @Override
        public int size() {
          return names.length;
        }
      };
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, JsonNode>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < names.length;
            }

            @Override
            public Entry<String, JsonNode> next() {
              if (next >= names.length) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return Map.entry(names[i], valueAt(i));
            }
          };
        }

        @Override
        public int size() {
          return names.length;
        }
      };
    }

    /** Map equality, as {@code AbstractMap} has it: the same names with equal values. */
    @Override
    public boolean equals(@Nullable Object other) {
      if (other == this) {
        return true;
      }
      if (!(other instanceof Map<?, ?> map) || map.size() != names.length) {
        return false;
      }
      for (int i = 0; i < names.length; i++) {
        if (!valueAt(i).equals(map.get(names[i]))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      int hash = 0;
      for (int i = 0; i < names.length; i++) {
        hash += names[i].hashCode() ^ valueAt(i).hashCode();
      }
      return hash;
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("{");
      for (int i = 0; i < names.length; i++) {
        text.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(valueAt(i));
      }
      return text.append('}').toString();
    }
  }

  private static final class One extends Fields {
    private final JsonNode value0;

    One(String[] names, JsonNode value0) {
      super(names);
      this.value0 = value0;
    }

    @Override
    JsonNode valueAt(int i) {
      if (i != 0) {
        throw new IndexOutOfBoundsException(i);
      }
      return value0;
    }
  }

  private static final class Two extends Fields {
    private final JsonNode value0;
    private final JsonNode value1;

    Two(String[] names, JsonNode value0, JsonNode value1) {
      super(names);
      this.value0 = value0;
      this.value1 = value1;
    }

    @Override
    JsonNode valueAt(int i) {
      return switch (i) {
        case 0 -> value0;
        case 1 -> value1;
        default -> throw new IndexOutOfBoundsException(i);
      };
    }
  }

  private static final class Three extends Fields {
    private final JsonNode value0;
    private final JsonNode value1;
    private final JsonNode value2;

    Three(String[] names, JsonNode value0, JsonNode value1, JsonNode value2) {
      super(names);
      this.value0 = value0;
      this.value1 = value1;
      this.value2 = value2;
    }

    @Override
    JsonNode valueAt(int i) {
      return switch (i) {
        case 0 -> value0;
        case 1 -> value1;
        case 2 -> value2;
        default -> throw new IndexOutOfBoundsException(i);
      };
    }
  }

  private static final class Many extends Fields {
    private final JsonNode[] values;

    Many(String[] names, JsonNode[] values) {
      super(names);
      this.values = values;
    }

    @Override
    JsonNode valueAt(int i) {
      return values[i];
    }
  }
}
