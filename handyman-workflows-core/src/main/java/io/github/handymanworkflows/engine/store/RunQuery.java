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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a search over runs, newest first (by run id descending: the engine's run ids are
 * ULIDs, which sort by creation time).
 *
 * @param functionId only this function's runs; null for all
 * @param status only runs in this status; null for all
 * @param search only runs whose id, triggering event id or user id (the trigger's {@code
 *     data.userId}, else {@code user.id}) equals it exactly; null for all
 * @param after only runs whose id sorts before this one: the {@link RunPage#next()} of the previous
 *     page; null for the first page
 * @param limit the most runs on the page, 1 to {@value #MAX_LIMIT}
 */
public record RunQuery(
    @Nullable String functionId,
    @Nullable RunStatus status,
    @Nullable String search,
    @Nullable String after,
    int limit) {

  /** The largest page a store hands out at once. */
  public static final int MAX_LIMIT = 500;

  /** Validates the limit and drops blank strings. */
  public RunQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    functionId = blankToNull(functionId);
    search = blankToNull(search);
    after = blankToNull(after);
  }

  /** The first page of every run, {@code limit} at a time. */
  public static RunQuery newest(int limit) {
    return new RunQuery(null, null, null, null, limit);
  }

  /** The page after the given run id. */
  public RunQuery after(String runId) {
    return new RunQuery(functionId, status, search, Objects.requireNonNull(runId), limit);
  }

  /** Whether a run passes the filters (not the cursor). */
  public boolean matches(StoredRun run) {
    if (functionId != null && !functionId.equals(run.functionId())) {
      return false;
    }
    if (status != null && status != run.status()) {
      return false;
    }
    return search == null
        || search.equals(run.runId())
        || search.equals(run.triggerEventId())
        || run.userId().map(search::equals).orElse(false);
  }

  /** Whether a run lies past the cursor. */
  public boolean pastCursor(StoredRun run) {
    return after == null || run.runId().compareTo(after) < 0;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
