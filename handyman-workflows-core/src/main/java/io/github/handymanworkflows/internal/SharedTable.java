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
package io.github.handymanworkflows.internal;

import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A bounded table of immutable values shared by every run, so that equal values a long-lived run
 * keeps (step hashes, timer ids, JSON field-name lists) are one object instead of a copy per run.
 * When it is full it starts afresh: keys made from data keep coming, and the common ones come back
 * at once. Losing an entry only costs a copy, never a wrong value, so races need no lock.
 *
 * @param <K> the key
 * @param <V> the shared value, equal for equal keys
 */
public final class SharedTable<K, V> {

  private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();
  private final int capacity;

  /** A table of at most {@code capacity} entries (at least 1). */
  public SharedTable(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    }
    this.capacity = capacity;
  }

  /** The value shared under {@code key}, if any. */
  public @Nullable V get(K key) {
    return values.get(key);
  }

  /**
   * The value already shared under {@code key}, else {@code value}, which becomes the shared one.
   */
  public V share(K key, V value) {
    V shared = values.get(key);
    if (shared != null) {
      return shared;
    }
    if (values.size() >= capacity) {
      values.clear();
    }
    V known = values.putIfAbsent(key, value);
    return known != null ? known : value;
  }

  /** How many entries it holds. */
  public int size() {
    return values.size();
  }
}
