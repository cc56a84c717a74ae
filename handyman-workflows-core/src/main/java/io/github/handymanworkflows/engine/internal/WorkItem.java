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
 * @param key unique in the queue: the run and its work's id, or the cron trigger
 * @param due when it is due
 * @param seq insertion order, to keep same-instant work first in, first out
 * @param runId the run, for run work
 * @param work the run's work, for run work
 * @param cronId the cron trigger, for cron work
 */
public record WorkItem(
    Key key,
    Instant due,
    long seq,
    @Nullable String runId,
    @Nullable DueWork work,
    @Nullable String cronId) {

  /** Due first, then first in. */
  public static final Comparator<WorkItem> ORDER =
      Comparator.comparing(WorkItem::due).thenComparingLong(WorkItem::seq);

  /** The queue key of a run's work. */
  public static Key key(String runId, String workId) {
    return new Key(runId, workId);
  }

  /** The queue key of a cron trigger's next fire. */
  public static Key cronKey(String cronId) {
    return new Key(null, cronId);
  }

  /**
   * What a queued item is unique by: a run's work by run and work id, a cron trigger by its id. Two
   * references to strings the run already holds, where a joined string would copy both: a run
   * asleep keeps its wake-up in the queue as long as it sleeps.
   *
   * @param runId the run, or null for a cron trigger
   * @param id the work's id in its run, or the cron trigger's id
   */
  public record Key(@Nullable String runId, String id) {

    /** {@code runId/workId} or {@code cron/cronId}: a lease holder's name and for logs. */
    @Override
    public String toString() {
      return (runId == null ? "cron" : runId) + "/" + id;
    }
  }

  /** Whether this calls a function (and so may need a concurrency slot). */
  public boolean isCall() {
    return work != null && work.kind().isCall();
  }
}
