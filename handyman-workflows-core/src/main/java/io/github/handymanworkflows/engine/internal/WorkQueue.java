package io.github.handymanworkflows.engine.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/** Due work ordered by time, guarded by the engine's lock. */
public final class WorkQueue {

  private final ReentrantLock lock;
  private final Condition changed;
  private final PriorityQueue<WorkItem> items = new PriorityQueue<>(WorkItem.ORDER);
  private long seq;

  /** A queue guarded by the given lock. */
  public WorkQueue(ReentrantLock lock) {
    this.lock = lock;
    this.changed = lock.newCondition();
  }

  /** Adds work. */
  public void add(
      Instant due,
      WorkItem.Kind kind,
      @Nullable String runId,
      @Nullable String stepId,
      int attempt,
      @Nullable String functionId,
      int cronIndex) {
    lock.lock();
    try {
      items.add(new WorkItem(due, seq++, kind, runId, stepId, attempt, functionId, cronIndex));
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Adds the retry of a call. */
  public void addRetry(WorkItem item, Instant due) {
    lock.lock();
    try {
      items.add(item.retry(due, seq++));
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Puts back work that could not start yet, keeping its place. */
  public void putBack(WorkItem item) {
    lock.lock();
    try {
      items.add(item);
    } finally {
      lock.unlock();
    }
  }

  /** Takes the first item due at or before {@code now}. */
  public Optional<WorkItem> pollDue(Instant now) {
    lock.lock();
    try {
      WorkItem head = items.peek();
      if (head == null || head.due().isAfter(now)) {
        return Optional.empty();
      }
      return Optional.of(items.poll());
    } finally {
      lock.unlock();
    }
  }

  /** When the earliest item is due. */
  public Optional<Instant> nextDue() {
    lock.lock();
    try {
      WorkItem head = items.peek();
      return head == null ? Optional.empty() : Optional.of(head.due());
    } finally {
      lock.unlock();
    }
  }

  /** Wakes a waiting scheduler. */
  public void signal() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits for a change or the timeout; the lock must be held. */
  public void await(long millis) throws InterruptedException {
    changed.await(Math.max(1, millis), TimeUnit.MILLISECONDS);
  }

  /** How many items are queued. */
  public int size() {
    lock.lock();
    try {
      return items.size();
    } finally {
      lock.unlock();
    }
  }
}
