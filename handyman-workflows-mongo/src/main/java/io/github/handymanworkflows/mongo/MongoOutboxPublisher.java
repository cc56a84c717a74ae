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

import com.mongodb.WriteConcern;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.mongo.internal.JsonBson;
import io.github.handymanworkflows.mongo.internal.MongoErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.bson.Document;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;

/**
 * An {@link EventPublisher} that records each published batch in the {@code outbox} collection and
 * completes only once the server acknowledged the write (majority write concern). A {@link
 * MongoOutboxRelay} then delivers the batch to the engine, embedded or Inngest, and marks it
 * delivered after the engine acknowledged it. So an event that {@code publish} accepted survives a
 * crash of the app right after, and an app that crashes before {@code publish} completes never
 * reported it accepted.
 *
 * <p>Every event gets its id here when it has none, before it is stored: a redelivery (the relay
 * crashed after the engine accepted the batch but before marking it) carries the same ids, which
 * the engine de-duplicates, so it starts no second run.
 *
 * <p>Non-blocking: the stage completes on the driver's thread; nothing waits in the caller.
 */
public final class MongoOutboxPublisher implements EventPublisher {

  private final MongoCollection<Document> outbox;
  private final EventCodec codec;
  private final Clock clock;
  private final Duration timeout;
  private final Runnable afterRecord;

  MongoOutboxPublisher(
      MongoCollection<Document> outbox,
      EventCodec codec,
      Clock clock,
      Duration timeout,
      Runnable afterRecord) {
    this.outbox = outbox.withWriteConcern(WriteConcern.MAJORITY);
    this.codec = Objects.requireNonNull(codec, "codec must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.timeout = timeout;
    this.afterRecord = Objects.requireNonNull(afterRecord, "afterRecord must not be null");
  }

  @Override
  public CompletionStage<PublishResult> publish(List<? extends Event<?>> events) {
    Objects.requireNonNull(events, "events must not be null");
    if (events.isEmpty()) {
      return CompletableFuture.completedFuture(new PublishResult(List.of()));
    }
    Instant now = clock.instant();
    List<Object> encoded = new ArrayList<>(events.size());
    List<String> ids = new ArrayList<>(events.size());
    for (Event<?> event : events) {
      Event<?> complete = event.id() == null ? event.withId("evt-" + UUID.randomUUID()) : event;
      if (complete.ts() == null) {
        complete = complete.withTs(now);
      }
      // Round-trips through the codec so an invalid event fails here, synchronously, and never
      // reaches the outbox (EventValidationException names the field).
      var json = codec.encode(complete);
      codec.decode(json);
      encoded.add(JsonBson.toBson(json));
      ids.add(complete.id());
    }
    Document batch =
        new Document("_id", batchId(now))
            .append("state", MongoOutboxRelay.PENDING)
            .append("events", encoded)
            .append("eventIds", ids)
            .append("createdAt", Docs.date(now))
            .append("attempts", 0)
            .append("nextAttemptAt", Docs.date(now));
    return Mono.from(outbox.insertOne(batch))
        .timeout(timeout)
        .onErrorMap(e -> MongoErrors.translate("outbox.publish", Exceptions.unwrap(e)))
        .map(
            result -> {
              afterRecord.run();
              return new PublishResult(ids);
            })
        .toFuture();
  }

  /** Sorts in publish order (millisecond time first), unique by its random part. */
  private static String batchId(Instant now) {
    return String.format("%013x-%s", now.toEpochMilli(), UUID.randomUUID());
  }
}
