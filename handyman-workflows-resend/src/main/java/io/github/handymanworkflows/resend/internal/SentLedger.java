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
package io.github.handymanworkflows.resend.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The idempotency keys this process saw Resend accept, with the message id, for as long as Resend
 * itself remembers a key (24 hours). A second send of a remembered key is answered as a duplicate
 * without a request; after the window Resend would send again, so the ledger forgets the key too.
 * Bounded: past the capacity the oldest keys are forgotten first (Resend still de-duplicates them).
 * Thread-safe.
 */
public final class SentLedger {

  private record Entry(String messageId, Instant acceptedAt) {}

  private final Duration window;
  private final int capacity;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  /** A ledger remembering keys for {@code window}, at most {@code capacity} of them. */
  public SentLedger(Duration window, int capacity) {
    this.window = window;
    this.capacity = capacity;
  }

  /** The message id accepted for {@code key} within the window before {@code now}. */
  public synchronized Optional<String> find(String key, Instant now) {
    prune(now);
    Entry entry = entries.get(key);
    return entry == null ? Optional.empty() : Optional.of(entry.messageId());
  }

  /** Remembers that Resend accepted {@code key} as {@code messageId} at {@code now}. */
  public synchronized void record(String key, String messageId, Instant now) {
    entries.remove(key);
    entries.put(key, new Entry(messageId, now));
    prune(now);
  }

  /** How many keys are remembered. */
  public synchronized int size() {
    return entries.size();
  }

  private void prune(Instant now) {
    Iterator<Map.Entry<String, Entry>> oldestFirst = entries.entrySet().iterator();
    while (oldestFirst.hasNext()) {
      Entry oldest = oldestFirst.next().getValue();
      boolean expired = !oldest.acceptedAt().plus(window).isAfter(now);
      if (!expired && entries.size() <= capacity) {
        return;
      }
      oldestFirst.remove();
    }
  }
}
