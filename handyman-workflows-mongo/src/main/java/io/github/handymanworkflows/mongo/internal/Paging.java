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
