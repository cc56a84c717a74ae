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
package io.github.handymanworkflows.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The open waits of an engine, indexed so that an incoming event is tested only against the waits
 * it can match. Waits made with {@code Match.field} ({@code event.p == async.p}) are looked up by
 * the trigger's value of {@code p}; other conditions are tested one by one. Not thread-safe: the
 * engine holds its lock.
 */
public final class WaitIndex {

  private static final Pattern SAME_FIELD =
      Pattern.compile("\\s*event\\.([A-Za-z_][A-Za-z0-9_.]*)\\s*==\\s*async\\.\\1\\s*");

  private final Map<String, Bucket> byEvent = new HashMap<>();
  private final Map<String, List<Entry>> byRun = new HashMap<>();
  private long seq;

  private record Entry(long seq, Wait pending, @Nullable String path, @Nullable String key) {}

  /** The waits of one event name. */
  private static final class Bucket {
    final Map<String, Map<String, Set<Entry>>> keyed = new LinkedHashMap<>();
    final Set<Entry> other = new LinkedHashSet<>();

    boolean isEmpty() {
      return keyed.isEmpty() && other.isEmpty();
    }
  }

  /** Adds a wait. */
  public void add(Wait wait) {
    String path = null;
    String key = null;
    if (wait.condition() != null) {
      Matcher m = SAME_FIELD.matcher(wait.condition().source());
      if (m.matches()) {
        String candidate = key(at(wait.trigger(), m.group(1)));
        if (candidate != null) {
          path = m.group(1);
          key = candidate;
        }
      }
    }
    Entry entry = new Entry(seq++, wait, path, key);
    Bucket bucket = byEvent.computeIfAbsent(wait.eventName(), k -> new Bucket());
    if (path != null && key != null) {
      bucket
          .keyed
          .computeIfAbsent(path, k -> new HashMap<>())
          .computeIfAbsent(key, k -> new LinkedHashSet<>())
          .add(entry);
    } else {
      bucket.other.add(entry);
    }
    byRun.computeIfAbsent(wait.runId(), k -> new ArrayList<>()).add(entry);
  }

  /**
   * Removes and returns, in the order they were added, the waits for this event's name that the
   * predicate accepts; candidates the index rules out are never tested.
   */
  public List<Wait> takeMatching(String eventName, JsonNode event, Predicate<Wait> matches) {
    Bucket bucket = byEvent.get(eventName);
    if (bucket == null) {
      return List.of();
    }
    List<Entry> candidates = new ArrayList<>(bucket.other);
    for (Map.Entry<String, Map<String, Set<Entry>>> byPath : bucket.keyed.entrySet()) {
      String key = key(at(event, byPath.getKey()));
      if (key != null) {
        candidates.addAll(byPath.getValue().getOrDefault(key, Set.of()));
      }
    }
    candidates.sort(Comparator.comparingLong(Entry::seq));
    List<Wait> taken = new ArrayList<>();
    for (Entry entry : candidates) {
      if (matches.test(entry.pending())) {
        remove(entry);
        taken.add(entry.pending());
      }
    }
    return taken;
  }

  /** Removes a run's waits: one step's, or all of them when {@code stepId} is null. */
  public void remove(String runId, @Nullable String stepId) {
    List<Entry> entries = byRun.get(runId);
    if (entries == null) {
      return;
    }
    for (Entry entry : List.copyOf(entries)) {
      if (stepId == null || entry.pending().stepId().equals(stepId)) {
        remove(entry);
      }
    }
  }

  /** Forgets every wait (the engine lost its lease, or rebuilds the index from the store). */
  public void clear() {
    byEvent.clear();
    byRun.clear();
  }

  /** How many waits are open. */
  public int size() {
    return byRun.values().stream().mapToInt(List::size).sum();
  }

  private void remove(Entry entry) {
    Bucket bucket = byEvent.get(entry.pending().eventName());
    if (bucket != null) {
      if (entry.path() == null) {
        bucket.other.remove(entry);
      } else {
        Map<String, Set<Entry>> values = bucket.keyed.get(entry.path());
        Set<Entry> set = values == null ? null : values.get(entry.key());
        if (set != null) {
          set.remove(entry);
          if (set.isEmpty()) {
            values.remove(entry.key());
            if (values.isEmpty()) {
              bucket.keyed.remove(entry.path());
            }
          }
        }
      }
      if (bucket.isEmpty()) {
        byEvent.remove(entry.pending().eventName());
      }
    }
    List<Entry> runEntries = byRun.get(entry.pending().runId());
    if (runEntries != null) {
      runEntries.remove(entry);
      if (runEntries.isEmpty()) {
        byRun.remove(entry.pending().runId());
      }
    }
  }

  private static @Nullable JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    return node.isMissingNode() || node.isNull() ? null : node;
  }

  /**
   * An index key that equal values share, as the expression's {@code ==} sees them (1 and 1.0 are
   * equal); null for values the index leaves to a full evaluation.
   */
  private static @Nullable String key(@Nullable JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isTextual()) {
      return "s:" + value.asText();
    }
    if (value.isNumber()) {
      return "n:" + value.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (value.isBoolean()) {
      return "b:" + value.asBoolean();
    }
    return null;
  }
}
