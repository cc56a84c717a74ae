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
package io.github.handymanworkflows.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void sliceSortsByIdAndCutsAfterTheCursor() {
    Page<String> page =
        Page.slice(List.of("d", "a", "c", "b").stream(), Function.identity(), "a", 2);

    assertThat(page.items()).containsExactly("b", "c");
    assertThat(page.nextCursor()).isEqualTo("c");
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  void theLastPageHasNoCursor() {
    Page<String> page = Page.slice(List.of("a", "b").stream(), Function.identity(), null, 2);

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.nextCursor()).isNull();
  }

  @RepeatedTest(10)
  void drainingSlicesVisitsEveryRowOnce(RepetitionInfo repetition) {
    Random random = new Random(42L + repetition.getCurrentRepetition());
    List<String> rows = new ArrayList<>();
    int size = random.nextInt(50);
    for (int i = 0; i < size; i++) {
      rows.add(Integer.toString(random.nextInt(1_000_000), 36) + "-" + i);
    }
    int limit = 1 + random.nextInt(10);

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<String> page = Page.slice(rows.stream(), Function.identity(), cursor, limit);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
      seen.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(rows.stream().sorted().toList());
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThatThrownBy(() -> Page.slice(List.<String>of().stream(), Function.identity(), null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void itemsAreCopied() {
    List<String> items = new ArrayList<>(List.of("a"));
    Page<String> page = new Page<>(items, null);

    items.add("b");

    assertThat(page.items()).containsExactly("a");
  }
}
