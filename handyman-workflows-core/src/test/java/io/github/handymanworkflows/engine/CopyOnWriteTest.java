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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CopyOnWriteTest {

  record Item(String id, int value) {}

  static CopyOnWrite.KeyedList<String, Item> keyed(List<Item> stored) {
    return new CopyOnWrite.KeyedList<>(stored, Item::id);
  }

  @Test
  void unchangedCollectionsHandBackTheStoredInstances() {
    List<Item> items = List.of(new Item("a", 1));
    List<String> strings = List.of("x");
    Map<String, Integer> map = Map.of("k", 1);
    CopyOnWrite.KeyedList<String, Item> list = keyed(items);
    CopyOnWrite.CowList<String> cowList = new CopyOnWrite.CowList<>(strings);
    CopyOnWrite.CowSet<String> set = new CopyOnWrite.CowSet<>(strings);
    CopyOnWrite.CowMap<String, Integer> cowMap = new CopyOnWrite.CowMap<>(map);

    list.get("a");
    list.remove("missing");
    list.removeIf(i -> i.value() > 5);
    cowList.addAll(List.of());
    set.remove("missing");
    set.add("x");
    cowMap.remove("missing");

    assertThat(list.frozen()).isSameAs(items);
    assertThat(cowList.frozen()).isSameAs(strings);
    assertThat(set.frozen()).isSameAs(strings);
    assertThat(cowMap.frozen()).isSameAs(map);
  }

  @Test
  void changesGoToACopyAndNeverToTheStoredValue() {
    List<Item> items = List.of(new Item("a", 1), new Item("b", 2), new Item("c", 3));
    CopyOnWrite.KeyedList<String, Item> list = keyed(items);

    assertThat(list.put("b", new Item("b", 20))).isEqualTo(new Item("b", 2));
    assertThat(list.put("d", new Item("d", 4))).isNull();
    assertThat(list.remove("a")).isEqualTo(new Item("a", 1));
    assertThat(list.removeIf(i -> i.value() == 3)).isTrue();

    // Replacing keeps the first position, as a LinkedHashMap does.
    assertThat(list.frozen()).containsExactly(new Item("b", 20), new Item("d", 4));
    assertThat(list.get("b")).isEqualTo(new Item("b", 20));
    assertThat(list.containsKey("a")).isFalse();
    assertThat(items).hasSize(3).first().isEqualTo(new Item("a", 1));
  }

  @Test
  void removingThroughTheViewsChangesTheCopy() {
    List<Item> items = List.of(new Item("a", 1), new Item("b", 2), new Item("c", 3));
    CopyOnWrite.KeyedList<String, Item> list = keyed(items);

    list.values().removeIf(i -> i.value() == 1);
    list.entrySet().removeIf(e -> e.getKey().equals("c"));

    assertThat(list.frozen()).containsExactly(new Item("b", 2));
    assertThat(items).hasSize(3);
  }

  @Test
  void aSetKeepsInsertionOrderAndRefusesDuplicates() {
    CopyOnWrite.CowSet<String> set = new CopyOnWrite.CowSet<>(List.of("a", "b"));

    assertThat(set.add("a")).isFalse();
    assertThat(set.add("c")).isTrue();
    assertThat(set.remove("a")).isTrue();

    assertThat(set.frozen()).containsExactly("b", "c");
  }

  @Test
  void aKeyedListRefusesAValueFiledUnderAnotherKey() {
    CopyOnWrite.KeyedList<String, Item> list = keyed(List.of());

    assertThatThrownBy(() -> list.put("x", new Item("y", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x");
  }

  @Test
  void frozenValuesAreImmutable() {
    CopyOnWrite.CowMap<String, Integer> map = new CopyOnWrite.CowMap<>(Map.of());
    map.put("k", 1);
    Function<Map<String, Integer>, Integer> write = m -> m.put("j", 2);

    assertThatThrownBy(() -> write.apply(map.frozen()))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
