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

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of runs, newest first.
 *
 * @param runs at most the query's limit
 * @param next the cursor of the next page ({@link RunQuery#after()}), or null when this is the last
 */
public record RunPage(List<StoredRun> runs, @Nullable String next) {

  /** Copies the list. */
  public RunPage {
    runs = List.copyOf(runs);
  }

  /** The next page's cursor, if there is a next page. */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(next);
  }

  /**
   * Cuts a list of matching runs, newest first and holding up to {@code limit + 1} runs, to a page:
   * the extra run only tells that a next page exists.
   */
  public static RunPage of(List<StoredRun> newestFirst, int limit) {
    if (newestFirst.size() <= limit) {
      return new RunPage(newestFirst, null);
    }
    List<StoredRun> page = newestFirst.subList(0, limit);
    return new RunPage(page, page.get(limit - 1).runId());
  }
}
