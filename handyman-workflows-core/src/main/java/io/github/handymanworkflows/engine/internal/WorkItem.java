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
package io.github.handymanworkflows.engine.internal;

import io.github.handymanworkflows.engine.store.DueWork;
import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One queued unit of due work: a run's {@link DueWork}, or the next fire of a cron trigger. A cache
 * entry: the store's run (or cron record) is the truth, and the engine checks it again before
 * acting.
 *
 * @param key unique in the queue: {@code runId/workId} or {@code cron/cronId}
 * @param due when it is due
 * @param seq insertion order, to keep same-instant work first in, first out
 * @param runId the run, for run work
 * @param work the run's work, for run work
 * @param cronId the cron trigger, for cron work
 */
public record WorkItem(
    String key,
    Instant due,
    long seq,
    @Nullable String runId,
    @Nullable DueWork work,
    @Nullable String cronId) {

  /** Due first, then first in. */
  public static final Comparator<WorkItem> ORDER =
      Comparator.comparing(WorkItem::due).thenComparingLong(WorkItem::seq);

  /** The queue key of a run's work. */
  public static String key(String runId, String workId) {
    return runId + "/" + workId;
  }

  /** The queue key of a cron trigger's next fire. */
  public static String cronKey(String cronId) {
    return "cron/" + cronId;
  }

  /** Whether this calls a function (and so may need a concurrency slot). */
  public boolean isCall() {
    return work != null && work.kind().isCall();
  }
}
