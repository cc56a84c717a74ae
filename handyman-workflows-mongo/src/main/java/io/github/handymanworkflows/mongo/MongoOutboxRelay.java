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
package io.github.handymanworkflows.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.mongo.internal.JsonBson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox batches to the engine: the embedded engine, or Inngest's event API through the
 * Inngest publisher. A batch is marked delivered only after the target's {@code publish} completed,
 * which for both targets means the engine accepted (and, for the embedded engine with a durable
 * store, recorded) the events. A failed delivery is retried with exponential backoff.
 *
 * <p>Several app instances may run relays on one database: a batch is claimed for {@code claimFor}
 * by one atomic update before delivery, so two relays do not deliver the same batch at once. If a
 * relay dies after delivering and before marking, its claim expires and the batch is delivered
 * again with the same event ids, which the engine de-duplicates.
 */
public final class MongoOutboxRelay implements AutoCloseable {

  static final String PENDING = "pending";
  static final String DELIVERED = "delivered";

  private static final Logger log = LoggerFactory.getLogger(MongoOutboxRelay.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

  private final MongoCollection<Document> outbox;
  private final Calls calls;
  private final EventCodec codec;
  private final EventPublisher target;
  private final Clock clock;
  private final Duration claimFor;
  private final String relayId = "relay-" + UUID.randomUUID();
  private final ScheduledExecutorService scheduler;
  private volatile boolean closed;
  private volatile boolean started;

  MongoOutboxRelay(
      MongoCollection<Document> outbox,
      Calls calls,
      EventCodec codec,
      EventPublisher target,
      Clock clock,
      Duration claimFor) {
    this.outbox = outbox;
    this.calls = calls;
    this.codec = Objects.requireNonNull(codec, "codec must not be null");
    this.target = Objects.requireNonNull(target, "target must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.claimFor = Objects.requireNonNull(claimFor, "claimFor must not be null");
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "handyman-outbox-relay");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Delivers every batch that is due now, oldest first, one at a time.
   *
   * @return how many batches were delivered and marked
   */
  public int deliverDue() {
    int delivered = 0;
    while (!closed) {
      Instant now = clock.instant();
      Optional<Document> claimed =
          calls.optional(
              "outbox.claim",
              outbox.findOneAndUpdate(
                  and(
                      eq("state", PENDING),
                      lte("nextAttemptAt", now),
                      or(eq("claimedUntil", null), lte("claimedUntil", now))),
                  Updates.combine(
                      Updates.set("claimedBy", relayId),
                      Updates.set("claimedUntil", Docs.date(now.plus(claimFor)))),
                  new FindOneAndUpdateOptions()
                      .sort(Sorts.ascending("nextAttemptAt", "_id"))
                      .returnDocument(ReturnDocument.AFTER)));
      if (claimed.isEmpty()) {
        return delivered;
      }
      if (deliver(claimed.get())) {
        delivered++;
      }
    }
    return delivered;
  }

  /** Polls every {@code interval} on a daemon thread, and at once after each {@link #wake()}. */
  public void start(Duration interval) {
    started = true;
    scheduler.scheduleWithFixedDelay(
        this::deliverQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks the polling thread to deliver now (the publisher calls it after recording a batch). */
  public void wake() {
    if (started && !closed && !scheduler.isShutdown()) {
      scheduler.execute(this::deliverQuietly);
    }
  }

  /** How many batches wait for delivery. */
  public long pendingCount() {
    return calls.one("outbox.pendingCount", outbox.countDocuments(eq("state", PENDING)));
  }

  @Override
  public void close() {
    closed = true;
    scheduler.shutdownNow();
  }

  private void deliverQuietly() {
    try {
      deliverDue();
    } catch (RuntimeException e) {
      // Logged, never thrown: the scheduler would stop polling. The batch stays pending.
      log.warn("Outbox delivery pass failed; will retry: {}", e.toString());
    }
  }

  private boolean deliver(Document batch) {
    Object id = batch.get("_id");
    List<Event<?>> events = new ArrayList<>();
    for (Object json : batch.getList("events", Object.class, List.of())) {
      events.add(codec.decode(JsonBson.toJson(json)));
    }
    try {
      target
          .publish(events)
          .toCompletableFuture()
          .get(calls.timeout().toMillis() * 3, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      release(batch, "interrupted");
      return false;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      release(
          batch, cause == null ? e.getClass().getSimpleName() : cause.getClass().getSimpleName());
      return false;
    }
    // Acknowledged: mark it, but only under our claim, so a relay that lost its claim in a long
    // pause does not clobber the state another relay set.
    calls.one(
        "outbox.markDelivered",
        outbox.updateOne(
            and(eq("_id", id), eq("claimedBy", relayId)),
            Updates.combine(
                Updates.set("state", DELIVERED),
                Updates.set("deliveredAt", Docs.date(clock.instant())),
                Updates.unset("claimedUntil"))));
    return true;
  }

  private void release(Document batch, String reason) {
    int attempts = batch.getInteger("attempts", 0) + 1;
    Duration backoff = backoff(attempts);
    // Only the failure's type is stored and logged: messages can quote event data.
    log.warn(
        "Outbox batch {} not delivered (attempt {}, {}); retrying in {}",
        batch.get("_id"),
        attempts,
        reason,
        backoff);
    calls.one(
        "outbox.release",
        outbox.updateOne(
            and(eq("_id", batch.get("_id")), eq("claimedBy", relayId)),
            Updates.combine(
                Updates.set("attempts", attempts),
                Updates.set("lastError", reason),
                Updates.set("nextAttemptAt", Docs.date(clock.instant().plus(backoff))),
                Updates.unset("claimedUntil"))));
  }

  /** 1 s, 2 s, 4 s … capped at 10 minutes. */
  static Duration backoff(int attempts) {
    long seconds = 1L << Math.min(attempts - 1, 20);
    Duration delay = Duration.ofSeconds(seconds);
    return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
  }
}
