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
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Read-only copies of the JSON trees a run keeps for its whole life (its trigger events and step
 * results). Jackson's {@link ObjectNode} keeps its fields in a {@code LinkedHashMap}: a hash table
 * and a 40-byte entry per field, about twice what the fields need. A frozen object keeps immutable
 * entries in one array in insertion order, so a sleeping run holds less heap. The trees are the
 * same JSON to every reader (Jackson serialises and reads them as usual); changing one throws,
 * which is what the store's contract asks of them anyway.
 */
final class FrozenJson {

  /** Objects with more fields than this keep a hash map: lookups by name stay O(1). */
  private static final int MAX_SCANNED_FIELDS = 16;

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
    @SuppressWarnings("unchecked")
    Map.Entry<String, JsonNode>[] entries = new Map.Entry[object.size()];
    int i = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); i++) {
      Map.Entry<String, JsonNode> field = it.next();
      entries[i] = Map.entry(field.getKey(), freeze(field.getValue()));
    }
    Map<String, JsonNode> fields = new Fields(entries);
    if (entries.length > MAX_SCANNED_FIELDS) {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
    return new ObjectNode(JsonNodeFactory.instance, fields);
  }

  /**
   * Fields in insertion order in one array of immutable entries; read-only. Iterating hands out the
   * stored entries, so a reader walking the tree (Jackson's parser over a tree) allocates nothing
   * per field.
   */
  private static final class Fields extends AbstractMap<String, JsonNode> {
    private final Map.Entry<String, JsonNode>[] entries;

    Fields(Map.Entry<String, JsonNode>[] entries) {
      this.entries = entries;
    }

    private int indexOf(@Nullable Object name) {
      for (int i = 0; i < entries.length; i++) {
        if (entries[i].getKey().equals(name)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public @Nullable JsonNode get(@Nullable Object name) {
      int i = indexOf(name);
      return i < 0 ? null : entries[i].getValue();
    }

    @Override
    public boolean containsKey(@Nullable Object name) {
      return indexOf(name) >= 0;
    }

    @Override
    public int size() {
      return entries.length;
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
              return next < entries.length;
            }

            @Override
            public Entry<String, JsonNode> next() {
              if (next >= entries.length) {
                throw new NoSuchElementException();
              }
              return entries[next++];
            }
          };
        }

        @Override
        public int size() {
          return entries.length;
        }
      };
    }
  }
}
