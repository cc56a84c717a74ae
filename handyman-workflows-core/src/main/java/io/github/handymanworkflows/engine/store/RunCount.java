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
package io.github.handymanworkflows.engine.store;

import io.github.handymanworkflows.engine.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How many runs of one function are in one status.
 *
 * @param functionId the function id
 * @param status the status
 * @param count at least 1 (stores leave out empty groups)
 */
public record RunCount(String functionId, RunStatus status, long count) {

  /** The most windows {@link EngineStore#countRunsByWindow} counts in one call. */
  public static final int MAX_WINDOWS = 1000;

  /** Validates the fields. */
  public RunCount {
    Objects.requireNonNull(functionId, "functionId must not be null");
    Objects.requireNonNull(status, "status must not be null");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }

  /** Counts runs started in {@code [from, before)} by function and status, by function id. */
  public static List<RunCount> tally(
      Iterable<StoredRun> runs, @Nullable Instant from, @Nullable Instant before) {
    Map<String, Map<RunStatus, Long>> counts = new TreeMap<>();
    for (StoredRun run : runs) {
      if ((from == null || !run.startedAt().isBefore(from))
          && (before == null || run.startedAt().isBefore(before))) {
        counts
            .computeIfAbsent(run.functionId(), f -> new EnumMap<>(RunStatus.class))
            .merge(run.status(), 1L, Long::sum);
      }
    }
    List<RunCount> result = new ArrayList<>();
    counts.forEach(
        (fn, byStatus) -> byStatus.forEach((s, n) -> result.add(new RunCount(fn, s, n))));
    return result;
  }

  /**
   * Counts runs by window, function and status: element {@code i} is {@link #tally} over {@code
   * [from + i * width, from + (i + 1) * width)}, in one pass over the runs.
   */
  public static List<List<RunCount>> tallyByWindow(
      Iterable<StoredRun> runs, Instant from, Duration width, int windows) {
    checkWindows(width, windows);
    List<List<StoredRun>> byWindow = new ArrayList<>(windows);
    for (int i = 0; i < windows; i++) {
      byWindow.add(new ArrayList<>());
    }
    Instant end = from.plus(width.multipliedBy(windows));
    for (StoredRun run : runs) {
      Instant started = run.startedAt();
      if (!started.isBefore(from) && started.isBefore(end)) {
        int window = (int) Duration.between(from, started).dividedBy(width);
        byWindow.get(window).add(run);
      }
    }
    List<List<RunCount>> result = new ArrayList<>(windows);
    for (List<StoredRun> window : byWindow) {
      result.add(tally(window, null, null));
    }
    return result;
  }

  /**
   * Checks the arguments of {@link EngineStore#countRunsByWindow}, for a store that overrides it.
   *
   * @throws IllegalArgumentException when width is not positive or windows is out of range
   */
  public static void checkWindows(Duration width, int windows) {
    Objects.requireNonNull(width, "width must not be null");
    if (width.isNegative() || width.isZero()) {
      throw new IllegalArgumentException("width must be positive, not " + width);
    }
    if (windows < 1 || windows > MAX_WINDOWS) {
      throw new IllegalArgumentException(
          "windows must be between 1 and " + MAX_WINDOWS + ", not " + windows);
    }
  }
}
