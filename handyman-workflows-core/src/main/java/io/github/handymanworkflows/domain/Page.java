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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset scan: rows ordered by id, and the cursor that fetches the next page.
 *
 * <p>Scans page by id instead of loading every row (§8 E.27): the caller passes {@link
 * #nextCursor()} back as {@code afterId} until it is {@code null}. Because the cursor is the last
 * id seen, rows that change while the scan runs are neither skipped nor repeated unless their id
 * does.
 *
 * @param items the rows of this page, ordered by id; never more than the requested limit
 * @param nextCursor the id to pass as {@code afterId} for the next page, or {@code null} when this
 *     is the last page
 * @param <T> the row type
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
  }

  /** An empty last page. */
  public static <T> Page<T> empty() {
    return new Page<>(List.of(), null);
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return nextCursor != null;
  }

  /**
   * Validates a page size.
   *
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  public static int requireLimit(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive but was " + limit);
    }
    return limit;
  }

  /**
   * Cuts one page out of rows that are already filtered: sorts them by id, skips ids up to and
   * including {@code afterId} and takes {@code limit}. A helper for in-memory implementations and
   * adapters that page in process.
   *
   * @param rows the matching rows, in any order
   * @param idOf the row's id, the sort and cursor key
   * @param afterId the cursor from the previous page, or {@code null} for the first page
   * @param limit the page size, positive
   */
  public static <T> Page<T> slice(
      Stream<T> rows, Function<? super T, String> idOf, @Nullable String afterId, int limit) {
    requireLimit(limit);
    List<T> window = new ArrayList<>(limit + 1);
    rows.filter(row -> afterId == null || idOf.apply(row).compareTo(afterId) > 0)
        .sorted(Comparator.comparing(idOf))
        .limit(limit + 1L)
        .forEach(window::add);
    if (window.size() <= limit) {
      return new Page<>(window, null);
    }
    List<T> items = window.subList(0, limit);
    return new Page<>(items, idOf.apply(items.get(limit - 1)));
  }
}
