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
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.store.AcceptedEvent;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.RunCount;
import io.github.handymanworkflows.engine.store.RunPage;
import io.github.handymanworkflows.engine.store.RunQuery;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.mongo.internal.JsonBson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * {@link EngineStore} in MongoDB, so the embedded engine's runs, timers, waits, keys and crons
 * survive a crash or a restart. No transactions: every change is one single-document atomic write.
 *
 * <ul>
 *   <li>{@code engine_events}: one document per accepted batch, so a batch is stored whole or not
 *       at all; routed events are pulled out and an emptied batch is deleted.
 *   <li>{@code engine_runs}: one document per run, replaced by compare-and-set on {@code version}.
 *   <li>{@code engine_keys}: claims by key, taken by a conditional upsert.
 *   <li>{@code engine_crons}: next fire per cron trigger.
 *   <li>{@code engine_leases}: one document per concurrency key with its holders and count.
 * </ul>
 *
 * <p><b>Fencing.</b> With a {@link MongoEngineLease}, every run and cron write carries the lease's
 * fencing token and is refused ({@link MongoFencedOutException}) where a newer token has already
 * written: an engine that lost its lease cannot overwrite the state its successor wrote.
 */
public final class MongoEngineStore implements EngineStore {

  private final MongoCollection<Document> events;
  private final MongoCollection<Document> runs;
  private final MongoCollection<Document> keys;
  private final MongoCollection<Document> crons;
  private final MongoCollection<Document> leases;
  private final Calls calls;
  private final LongSupplier fence;

  MongoEngineStore(
      MongoCollection<Document> events,
      MongoCollection<Document> runs,
      MongoCollection<Document> keys,
      MongoCollection<Document> crons,
      MongoCollection<Document> leases,
      Calls calls,
      LongSupplier fence) {
    this.events = events;
    this.runs = runs;
    this.keys = keys;
    this.crons = crons;
    this.leases = leases;
    this.calls = calls;
    this.fence = fence;
  }

  // ---- events ---------------------------------------------------------------------------------

  @Override
  public void acceptEvents(List<AcceptedEvent> accepted) {
    if (accepted.isEmpty()) {
      return;
    }
    List<Document> batch = new ArrayList<>(accepted.size());
    String first = null;
    for (AcceptedEvent event : accepted) {
      batch.add(
          Docs.putExact(
              new Document("key", event.key()).append("event", JsonBson.toBson(event.event())),
              "acceptedAt",
              event.acceptedAt()));
      if (first == null || event.key().compareTo(first) < 0) {
        first = event.key();
      }
    }
    // One document per accepted batch: a single insert is atomic, so the batch is stored whole or
    // not at all, and a retried accept of the same batch collides on _id instead of duplicating.
    calls.unlessDuplicate(
        "engine.acceptEvents",
        events.insertOne(new Document("_id", first).append("events", batch)));
  }

  @Override
  public List<AcceptedEvent> unroutedEvents() {
    List<AcceptedEvent> result = new ArrayList<>();
    calls.scan(
        "engine.unroutedEvents",
        events.find().sort(Sorts.ascending("_id")).batchSize(calls.batchSize()),
        doc -> {
          for (Document event : doc.getList("events", Document.class, List.of())) {
            result.add(
                new AcceptedEvent(
                    Docs.string(event, "key"),
                    JsonBson.toJson(event.get("event")),
                    Docs.requiredExact(event, "acceptedAt")));
          }
          return true;
        });
    result.sort(java.util.Comparator.comparing(AcceptedEvent::key));
    return result;
  }

  @Override
  public void markRouted(String eventKey) {
    Objects.requireNonNull(eventKey, "eventKey must not be null");
    Optional<Document> batch =
        calls.optional(
            "engine.markRouted",
            events.findOneAndUpdate(
                eq("events.key", eventKey),
                Updates.pull("events", new Document("key", eventKey)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    if (batch.isPresent() && batch.get().getList("events", Document.class, List.of()).isEmpty()) {
      // Only an emptied batch goes; one that gained nothing in between cannot, as batches never
      // grow after their insert.
      calls.one(
          "engine.markRouted",
          events.deleteOne(
              and(
                  eq("_id", batch.get().get("_id")),
                  com.mongodb.client.model.Filters.size("events", 0))));
    }
  }

  // ---- runs -----------------------------------------------------------------------------------

  @Override
  public boolean createRun(StoredRun run) {
    Objects.requireNonNull(run, "run must not be null");
    if (run.version() != 1) {
      throw new IllegalArgumentException("a new run has version 1, not " + run.version());
    }
    return calls.unlessDuplicate(
        "engine.createRun", runs.insertOne(RunDocs.toDocument(run, fence.getAsLong())));
  }

  @Override
  public boolean replaceRun(long expectedVersion, StoredRun run) {
    Objects.requireNonNull(run, "run must not be null");
    if (run.version() != expectedVersion + 1) {
      throw new IllegalArgumentException(
          "the replacement of version "
              + expectedVersion
              + " must have version "
              + (expectedVersion + 1)
              + ", not "
              + run.version());
    }
    long token = fence.getAsLong();
    long matched =
        calls
            .one(
                "engine.replaceRun",
                runs.replaceOne(
                    and(
                        eq("_id", run.runId()),
                        eq("version", expectedVersion),
                        lte("fence", token)),
                    RunDocs.toDocument(run, token)))
            .getMatchedCount();
    if (matched > 0) {
      return true;
    }
    Optional<Document> stored =
        calls.optional("engine.findRun", runs.find(eq("_id", run.runId())).first());
    if (stored.isPresent()
        && Docs.number(stored.get(), "version") == expectedVersion
        && Docs.number(stored.get(), "fence") > token) {
      throw new MongoFencedOutException(
          "run " + run.runId() + " was written under a newer engine lease than token " + token);
    }
    return false;
  }

  @Override
  public Optional<StoredRun> findRun(String runId) {
    Objects.requireNonNull(runId, "runId must not be null");
    return calls
        .optional("engine.findRun", runs.find(eq("_id", runId)).first())
        .map(RunDocs::fromDocument);
  }

  @Override
  public List<StoredRun> runningRuns() {
    return select("engine.runningRuns", eq("ended", false));
  }

  @Override
  public List<StoredRun> runs(@Nullable String functionId, @Nullable RunStatus status) {
    List<Bson> filters = new ArrayList<>();
    if (functionId != null) {
      filters.add(eq("functionId", functionId));
    }
    if (status != null) {
      filters.add(eq("status", status.name()));
    }
    return select("engine.runs", filters.isEmpty() ? new Document() : and(filters));
  }

  @Override
  public RunPage queryRuns(RunQuery query) {
    Objects.requireNonNull(query, "query must not be null");
    List<Bson> filters = new ArrayList<>();
    if (query.functionId() != null) {
      filters.add(eq("functionId", query.functionId()));
    }
    if (query.status() != null) {
      filters.add(eq("status", query.status().name()));
    }
    if (query.search() != null) {
      filters.add(
          or(
              eq("_id", query.search()),
              eq("triggerId", query.search()),
              eq("userId", query.search())));
    }
    if (query.after() != null) {
      filters.add(lt("_id", query.after()));
    }
    List<StoredRun> page = new ArrayList<>();
    // limit + 1: the extra run only tells whether a next page exists.
    calls.scan(
        "engine.queryRuns",
        runs.find(filters.isEmpty() ? new Document() : and(filters))
            .sort(Sorts.descending("_id"))
            .limit(query.limit() + 1)
            .batchSize(query.limit() + 1),
        doc -> page.add(RunDocs.fromDocument(doc)));
    return RunPage.of(page, query.limit());
  }

  @Override
  public List<RunCount> countRuns(@Nullable Instant from, @Nullable Instant before) {
    List<Bson> filters = new ArrayList<>();
    if (from != null) {
      filters.add(gte("startedAt", Docs.date(from)));
    }
    if (before != null) {
      filters.add(lt("startedAt", Docs.date(before)));
    }
    List<RunCount> result = new ArrayList<>();
    countGroups(
        "engine.countRuns",
        filters,
        new Document(),
        (group, count) ->
            result.add(
                new RunCount(
                    Docs.string(group, "functionId"),
                    RunStatus.valueOf(Docs.string(group, "status")),
                    count)));
    return result;
  }

  /**
   * One aggregation for every window: the server groups the runs by window, function and status,
   * the window being {@code floor((startedAt - from) / width)}.
   */
  @Override
  public List<List<RunCount>> countRunsByWindow(Instant from, Duration width, int windows) {
    RunCount.checkWindows(width, windows);
    if (width.toNanos() % 1_000_000 != 0) {
      // Stored times have millisecond precision; a finer width cannot be grouped on the server.
      return EngineStore.super.countRunsByWindow(from, width, windows);
    }
    long widthMillis = width.toMillis();
    Instant end = from.plus(width.multipliedBy(windows));
    List<List<RunCount>> result = new ArrayList<>(windows);
    for (int i = 0; i < windows; i++) {
      result.add(new ArrayList<>());
    }
    Document window =
        new Document(
            "$floor",
            new Document(
                "$divide",
                List.of(
                    new Document("$subtract", List.of("$startedAt", Docs.date(from))),
                    widthMillis)));
    countGroups(
        "engine.countRunsByWindow",
        List.of(gte("startedAt", Docs.date(from)), lt("startedAt", Docs.date(end))),
        new Document("window", window),
        (group, count) ->
            result
                .get((int) Docs.number(group, "window"))
                .add(
                    new RunCount(
                        Docs.string(group, "functionId"),
                        RunStatus.valueOf(Docs.string(group, "status")),
                        count)));
    return result;
  }

  /**
   * Counts the runs matching {@code filters}, grouped by function, status and {@code extraKeys}.
   */
  private void countGroups(
      String operation, List<Bson> filters, Document extraKeys, BiConsumer<Document, Long> row) {
    List<Bson> pipeline = new ArrayList<>();
    if (!filters.isEmpty()) {
      pipeline.add(Aggregates.match(and(filters)));
    }
    Document keys = new Document("functionId", "$functionId").append("status", "$status");
    keys.putAll(extraKeys);
    pipeline.add(Aggregates.group(keys, Accumulators.sum("count", 1)));
    for (Document doc :
        calls.list(
            operation,
            runs.aggregate(pipeline).maxTime(calls.timeout().toMillis(), TimeUnit.MILLISECONDS))) {
      row.accept(doc.get("_id", Document.class), Docs.number(doc, "count"));
    }
  }

  private List<StoredRun> select(String operation, Bson filter) {
    List<StoredRun> result = new ArrayList<>();
    calls.scan(
        operation,
        runs.find(filter).sort(Sorts.ascending("startedAt", "_id")).batchSize(calls.batchSize()),
        doc -> result.add(RunDocs.fromDocument(doc)));
    return result;
  }

  // ---- keys -----------------------------------------------------------------------------------

  @Override
  public Optional<String> claimKey(String key, String value, Instant now, Instant expiresAt) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(now, "now must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    for (int attempt = 0; attempt < 16; attempt++) {
      // Takes a missing or expired claim atomically; a live claim fails the filter and the upsert
      // collides with its _id.
      boolean claimed =
          calls.unlessDuplicate(
              "engine.claimKey",
              keys.updateOne(
                  and(eq("_id", key), lte("expiresAt", now)),
                  Updates.combine(
                      Updates.set("value", value), Updates.set("expiresAt", Docs.date(expiresAt))),
                  new UpdateOptions().upsert(true)));
      if (claimed) {
        return Optional.empty();
      }
      Optional<Document> holder =
          calls.optional("engine.claimKey", keys.find(eq("_id", key)).first());
      if (holder.isPresent() && Docs.instant(holder.get(), "expiresAt").isAfter(now)) {
        return Optional.of(Docs.string(holder.get(), "value"));
      }
    }
    throw new MongoStoreException(
        "engine.claimKey lost 16 races in a row", new IllegalStateException("contention"));
  }

  @Override
  public void purgeExpiredKeys(Instant now) {
    Objects.requireNonNull(now, "now must not be null");
    calls.one("engine.purgeExpiredKeys", keys.deleteMany(lte("expiresAt", now)));
  }

  // ---- crons ----------------------------------------------------------------------------------

  @Override
  public Optional<Instant> nextCronFire(String cronId) {
    Objects.requireNonNull(cronId, "cronId must not be null");
    return calls
        .optional("engine.nextCronFire", crons.find(eq("_id", cronId)).first())
        .map(doc -> Docs.requiredExact(doc, "next"));
  }

  @Override
  public void saveNextCronFire(String cronId, Instant next) {
    Objects.requireNonNull(cronId, "cronId must not be null");
    Objects.requireNonNull(next, "next must not be null");
    long token = fence.getAsLong();
    boolean saved =
        calls.unlessDuplicate(
            "engine.saveNextCronFire",
            crons.replaceOne(
                and(eq("_id", cronId), lte("fence", token)),
                Docs.putExact(new Document("_id", cronId), "next", next).append("fence", token),
                new ReplaceOptions().upsert(true)));
    if (!saved) {
      throw new MongoFencedOutException(
          "cron " + cronId + " was saved under a newer engine lease than token " + token);
    }
  }

  // ---- concurrency leases -----------------------------------------------------------------------

  @Override
  public boolean acquireLease(String key, String holder, int limit) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(holder, "holder must not be null");
    if (holds(key, holder)) {
      return true;
    }
    // One document per key: the count and the holder list change together, and the filter keeps
    // the count under the limit however many callers race.
    boolean taken =
        calls.unlessDuplicate(
            "engine.acquireLease",
            leases.updateOne(
                and(
                    eq("_id", key),
                    ne("holders", holder),
                    com.mongodb.client.model.Filters.lt("count", limit)),
                Updates.combine(Updates.push("holders", holder), Updates.inc("count", 1)),
                new UpdateOptions().upsert(true)));
    if (taken) {
      return calls.one(
              "engine.acquireLease",
              leases.countDocuments(and(eq("_id", key), eq("holders", holder))))
          > 0;
    }
    return holds(key, holder);
  }

  @Override
  public void releaseLease(String key, String holder) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(holder, "holder must not be null");
    calls.one(
        "engine.releaseLease",
        leases.updateOne(
            and(eq("_id", key), eq("holders", holder)),
            Updates.combine(Updates.pull("holders", holder), Updates.inc("count", -1))));
  }

  @Override
  public int leaseCount(String key) {
    Objects.requireNonNull(key, "key must not be null");
    return calls
        .optional("engine.leaseCount", leases.find(eq("_id", key)).first())
        .map(doc -> (int) Docs.number(doc, "count"))
        .orElse(0);
  }

  @Override
  public void clearLeases() {
    calls.one("engine.clearLeases", leases.deleteMany(new Document()));
  }

  private boolean holds(String key, String holder) {
    return calls.one(
            "engine.acquireLease",
            leases.countDocuments(and(eq("_id", key), eq("holders", holder))))
        > 0;
  }
}
