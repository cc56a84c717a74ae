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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Due work ordered by time, one entry per key, guarded by the engine's lock. Replacing or removing
 * a key leaves its old heap entry behind, skipped when it reaches the head, so both are O(log n).
 */
public final class WorkQueue {

  private final ReentrantLock lock;
  private final Condition changed;
  private final PriorityQueue<WorkItem> heap = new PriorityQueue<>(WorkItem.ORDER);
  private final Map<WorkItem.Key, WorkItem> current = new HashMap<>();
  private long seq;

  /** A queue guarded by the given lock. */
  public WorkQueue(ReentrantLock lock) {
    this.lock = lock;
    this.changed = lock.newCondition();
  }

  /** Queues a run's work, replacing earlier work with the same id. */
  public void put(String runId, DueWork work) {
    lock.lock();
    try {
      add(new WorkItem(WorkItem.key(runId, work.id()), work.due(), seq++, runId, work, null));
    } finally {
      lock.unlock();
    }
  }

  /** Queues a cron trigger's next fire, replacing the earlier one. */
  public void putCron(String cronId, Instant due) {
    lock.lock();
    try {
      add(new WorkItem(WorkItem.cronKey(cronId), due, seq++, null, null, cronId));
    } finally {
      lock.unlock();
    }
  }

  /** Adds an item with its sequence number; the lock is held. */
  private void add(WorkItem item) {
    current.put(item.key(), item);
    heap.add(item);
    changed.signalAll();
  }

  /** Puts back work taken but not started, unless its key was queued again meanwhile. */
  public void restore(WorkItem item) {
    lock.lock();
    try {
      if (current.putIfAbsent(item.key(), item) == null) {
        heap.add(item);
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Forgets the work with a key. */
  public void remove(WorkItem.Key key) {
    lock.lock();
    try {
      current.remove(key);
    } finally {
      lock.unlock();
    }
  }

  /** Forgets every item (the engine lost its lease, or rebuilds the queue from the store). */
  public void clear() {
    lock.lock();
    try {
      current.clear();
      heap.clear();
    } finally {
      lock.unlock();
    }
  }

  /** Takes the first item due at or before {@code now}. */
  public Optional<WorkItem> pollDue(Instant now) {
    lock.lock();
    try {
      WorkItem head = head();
      if (head == null || head.due().isAfter(now)) {
        return Optional.empty();
      }
      heap.poll();
      current.remove(head.key());
      return Optional.of(head);
    } finally {
      lock.unlock();
    }
  }

  /** When the earliest item is due. */
  public Optional<Instant> nextDue() {
    lock.lock();
    try {
      WorkItem head = head();
      return head == null ? Optional.empty() : Optional.of(head.due());
    } finally {
      lock.unlock();
    }
  }

  private WorkItem head() {
    WorkItem head;
    while ((head = heap.peek()) != null && current.get(head.key()) != head) {
      heap.poll();
    }
    return head;
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
      return current.size();
    } finally {
      lock.unlock();
    }
  }
}
