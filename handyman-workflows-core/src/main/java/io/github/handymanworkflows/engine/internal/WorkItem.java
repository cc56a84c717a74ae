package io.github.handymanworkflows.engine.internal;

import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One unit of due work: a call of a run, the end of a sleep or wait, a cron firing.
 *
 * @param due when it is due
 * @param seq insertion order, to keep same-instant work first in, first out
 * @param kind what to do
 * @param runId the run, for run work
 * @param stepId the hashed step id, for targeted calls and timers
 * @param attempt the 0-based attempt, for calls
 * @param functionId the function, for cron work
 * @param cronIndex which cron trigger of the function
 */
public record WorkItem(
    Instant due,
    long seq,
    Kind kind,
    @Nullable String runId,
    @Nullable String stepId,
    int attempt,
    @Nullable String functionId,
    int cronIndex) {

  /** Due first, then first in. */
  public static final Comparator<WorkItem> ORDER =
      Comparator.comparing(WorkItem::due).thenComparingLong(WorkItem::seq);

  /** What a work item does. */
  public enum Kind {
    /** A discovery call. */
    DISCOVERY,
    /** A call targeting a planned step. */
    TARGETED,
    /** A sleep ended. */
    SLEEP_DONE,
    /** A wait timed out. */
    WAIT_TIMEOUT,
    /** An invoked function did not answer in time. */
    INVOKE_TIMEOUT,
    /** A run's finish timeout passed. */
    FINISH_TIMEOUT,
    /** A cron trigger fired. */
    CRON
  }

  /** The same call, retried. */
  public WorkItem retry(Instant at, long newSeq) {
    return new WorkItem(at, newSeq, kind, runId, stepId, attempt + 1, functionId, cronIndex);
  }
}
