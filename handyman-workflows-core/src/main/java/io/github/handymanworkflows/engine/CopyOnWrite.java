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

import java.util.AbstractCollection;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Collections of a run's working copy that read the stored run's immutable collections and copy
 * them only when first changed. Most changes touch two or three of a run's collections, so the
 * others are handed to the next version as the same immutable instances (which {@code StoredRun}
 * keeps without copying) instead of being copied twice per change. Reads of an unchanged keyed list
 * scan it: the lists a change reads by key (work, waits) hold a handful of entries.
 */
final class CopyOnWrite {

  private CopyOnWrite() {}

  /** A list read from an immutable list until first changed. */
  static final class CowList<E> extends AbstractList<E> {
    private List<E> items;
    private boolean copied;

    CowList(List<E> stored) {
      this.items = stored;
    }

    private List<E> write() {
      if (!copied) {
        items = new ArrayList<>(items);
        copied = true;
      }
      return items;
    }

    @Override
    public E get(int index) {
      return items.get(index);
    }

    @Override
    public int size() {
      return items.size();
    }

    @Override
    public boolean contains(@Nullable Object o) {
      return items.contains(o);
    }

    @Override
    public void add(int index, E element) {
      write().add(index, element);
    }

    @Override
    public boolean addAll(java.util.Collection<? extends E> c) {
      return !c.isEmpty() && write().addAll(c);
    }

    @Override
    public E set(int index, E element) {
      return write().set(index, element);
    }

    @Override
    public E remove(int index) {
      return write().remove(index);
    }

    /** The immutable list to store: the stored one if nothing changed. */
    List<E> frozen() {
      return copied ? List.copyOf(items) : items;
    }
  }

  /** An insertion-ordered set read from an immutable list until first changed. */
  static final class CowSet<E> extends AbstractSet<E> {
    private final List<E> stored;
    private @Nullable Set<E> copy;

    CowSet(List<E> stored) {
      this.stored = stored;
    }

    private Set<E> write() {
      if (copy == null) {
        copy = new LinkedHashSet<>(stored);
      }
      return copy;
    }

    @Override
    public boolean contains(@Nullable Object o) {
      return copy != null ? copy.contains(o) : stored.contains(o);
    }

    @Override
    public int size() {
      return copy != null ? copy.size() : stored.size();
    }

    @Override
    public boolean add(E e) {
      return !contains(e) && write().add(e);
    }

    @Override
    public boolean remove(@Nullable Object o) {
      return contains(o) && write().remove(o);
    }

    @Override
    public void clear() {
      if (!isEmpty()) {
        write().clear();
      }
    }

    @Override
    public Iterator<E> iterator() {
      // Iteration may remove: it works on the copy.
      return write().iterator();
    }

    /** The immutable list to store: the stored one if nothing changed. */
    List<E> frozen() {
      return copy != null ? List.copyOf(copy) : stored;
    }
  }

  /**
   * An insertion-ordered map of values by a key taken from each value, kept as a list of the
   * values: read from an immutable list until first changed, then from a copy. Lookups scan the
   * list; the engine looks up by key in short lists (a run's work and waits), and in its step
   * records once per reported step, next to a replay that costs more per step.
   */
  static final class KeyedList<K, V> extends AbstractMap<K, V> {
    private final List<V> stored;
    private final Function<V, K> key;
    private @Nullable List<V> copy;

    KeyedList(List<V> stored, Function<V, K> key) {
      this.stored = stored;
      this.key = key;
    }

    private List<V> read() {
      return copy != null ? copy : stored;
    }

    private List<V> write() {
      if (copy == null) {
        copy = new ArrayList<>(stored);
      }
      return copy;
    }

    private int indexOf(@Nullable Object k) {
      List<V> values = read();
      for (int i = 0; i < values.size(); i++) {
        if (key.apply(values.get(i)).equals(k)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public @Nullable V get(@Nullable Object k) {
      int i = indexOf(k);
      return i < 0 ? null : read().get(i);
    }

    @Override
    public boolean containsKey(@Nullable Object k) {
      return indexOf(k) >= 0;
    }

    @Override
    public int size() {
      return read().size();
    }

    @Override
    public boolean isEmpty() {
      return read().isEmpty();
    }

    @Override
    public @Nullable V put(K k, V v) {
      if (!key.apply(v).equals(k)) {
        throw new IllegalArgumentException("key " + k + " is not the value's key");
      }
      int i = indexOf(k);
      if (i < 0) {
        write().add(v);
        return null;
      }
      // Replacing keeps the first position, as a LinkedHashMap does.
      return write().set(i, v);
    }

    @Override
    public @Nullable V remove(@Nullable Object k) {
      int i = indexOf(k);
      return i < 0 ? null : write().remove(i);
    }

    @Override
    public void clear() {
      if (!isEmpty()) {
        write().clear();
      }
    }

    /** Removes the values a predicate accepts; copies only if one does. */
    boolean removeIf(Predicate<? super V> filter) {
      for (V value : read()) {
        if (filter.test(value)) {
          return write().removeIf(filter);
        }
      }
      return false;
    }

    @Override
    public Collection<V> values() {
      // A live view (removing through it changes the map), so it works on the copy.
      List<V> values = write();
      return new AbstractCollection<>() {
        @Override
        public Iterator<V> iterator() {
          return values.iterator();
        }

        @Override
        public int size() {
          return values.size();
        }
      };
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      List<V> values = write();
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<K, V>> iterator() {
          Iterator<V> it = values.iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Entry<K, V> next() {
              V value = it.next();
              return new SimpleImmutableEntry<>(key.apply(value), value);
            }

            @Override
            public void remove() {
              it.remove();
            }
          };
        }

        @Override
        public int size() {
          return values.size();
        }
      };
    }

    /** The immutable list to store: the stored one if nothing changed. */
    List<V> frozen() {
      return copy != null ? List.copyOf(copy) : stored;
    }
  }

  /** A map read from an immutable map until first changed. */
  static final class CowMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> stored;
    private @Nullable Map<K, V> copy;

    CowMap(Map<K, V> stored) {
      this.stored = stored;
    }

    private Map<K, V> write() {
      if (copy == null) {
        copy = new HashMap<>(stored);
      }
      return copy;
    }

    private Map<K, V> read() {
      return copy != null ? copy : stored;
    }

    @Override
    public @Nullable V get(@Nullable Object k) {
      return read().get(k);
    }

    @Override
    public boolean containsKey(@Nullable Object k) {
      return read().containsKey(k);
    }

    @Override
    public int size() {
      return read().size();
    }

    @Override
    public @Nullable V put(K k, V v) {
      return write().put(k, v);
    }

    @Override
    public @Nullable V remove(@Nullable Object k) {
      return read().containsKey(k) ? write().remove(k) : null;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return write().entrySet();
    }

    /** The immutable map to store: the stored one if nothing changed. */
    Map<K, V> frozen() {
      return copy != null ? Map.copyOf(copy) : stored;
    }
  }
}
