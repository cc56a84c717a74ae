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
package io.github.handymanworkflows.mongo.internal;

import io.github.handymanworkflows.domain.Page;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Keyset pages from a query that fetched {@code limit + 1} rows in id order. */
public final class Paging {

  private Paging() {}

  /** The page of at most {@code limit} rows; a cursor only when the extra row came back. */
  public static <T> Page<T> page(List<T> window, int limit, Function<T, String> idOf) {
    if (window.size() <= limit) {
      return new Page<>(window, null);
    }
    List<T> items = window.subList(0, limit);
    return new Page<>(items, idOf.apply(items.get(limit - 1)));
  }

  /** Checks a half-open window {@code [from, to)}. */
  public static void requireWindow(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
  }
}
