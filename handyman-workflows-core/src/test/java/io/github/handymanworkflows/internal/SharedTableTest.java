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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SharedTableTest {

  @Test
  void anEqualValueSharedLaterGetsTheFirstOne() {
    SharedTable<String, String> table = new SharedTable<>(4);
    String first = new String("sleep:abc");
    String second = new String("sleep:abc");

    assertThat(table.share("abc", first)).isSameAs(first);
    assertThat(table.share("abc", second)).isSameAs(first);
    assertThat(table.get("abc")).isSameAs(first);
  }

  @Test
  void startsAfreshWhenFullButNeverForAKeyItHolds() {
    SharedTable<Integer, String> table = new SharedTable<>(2);
    table.share(1, "one");
    table.share(2, "two");

    table.share(2, "two again");
    assertThat(table.size()).isEqualTo(2);

    table.share(3, "three");
    assertThat(table.size()).isEqualTo(1);
    assertThat(table.get(1)).isNull();
    assertThat(table.get(3)).isEqualTo("three");
  }

  @Test
  void refusesACapacityBelowOne() {
    assertThatThrownBy(() -> new SharedTable<>(0))
        .hasMessageContaining("capacity must be at least 1");
  }
}
