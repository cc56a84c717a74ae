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

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.RunCount;
import io.github.handymanworkflows.engine.store.RunPage;
import io.github.handymanworkflows.engine.store.RunQuery;
import io.github.handymanworkflows.engine.store.StoredRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The dashboard's queries over 100,000 stored runs: a page of runs receives at most {@code limit +
 * 1} documents whatever the filter, and counts come back grouped from the server, never as runs.
 * Documents received and wall times (in-JVM server, which builds no secondary index) go to {@code
 * target/engine-run-queries.txt}.
 */
class EngineRunQueryCostIT {

  private static final int RUNS = 100_000;
  private static final int LIMIT = 25;
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  private static final String[] FUNCTIONS = {"send-welcome-email", "job-matching-flow", "digest"};

  private static final List<Integer> received = new CopyOnWriteArrayList<>();
  private static final List<String> aggregations = new CopyOnWriteArrayList<>();
  private static InJvmMongo mongo;
  private static EngineStore store;

  @BeforeAll
  static void seed() {
    mongo =
        new InJvmMongo(
            new CommandListener() {
              @Override
              public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("aggregate")) {
                  aggregations.add(event.getCommandName());
                }
              }

              @Override
              public void commandSucceeded(CommandSucceededEvent event) {
                BsonDocument cursor = event.getResponse().getDocument("cursor", null);
                if (cursor != null) {
                  BsonArray batch =
                      cursor.containsKey("firstBatch")
                          ? cursor.getArray("firstBatch")
                          : cursor.getArray("nextBatch", new BsonArray());
                  received.add(batch.size());
                }
              }
            });
    MongoStorage storage = mongo.storage();
    store = storage.engineStore();
    List<Document> chunk = new ArrayList<>(5_000);
    for (int i = 0; i < RUNS; i++) {
      chunk.add(RunDocs.toDocument(run(i), 0));
      if (chunk.size() == 5_000 || i == RUNS - 1) {
        Mono.from(storage.collection(MongoCollections.ENGINE_RUNS).insertMany(chunk)).block();
        chunk = new ArrayList<>(5_000);
      }
    }
  }

  @AfterAll
  static void stop() {
    mongo.close();
  }

  /** Run i: ids sort by i, one function in three, every tenth failed, user u-(i mod 1000). */
  private static StoredRun run(int i) {
    ObjectNode trigger = JsonNodeFactory.instance.objectNode();
    trigger.put("id", String.format("evt-%06d", i));
    trigger.put("name", "auth/user.registered");
    trigger.putObject("data").put("userId", "u-" + (i % 1000));
    trigger.putObject("user");
    trigger.put("ts", START.plusSeconds(i).toEpochMilli());
    RunStatus status = i % 10 == 0 ? RunStatus.FAILED : RunStatus.COMPLETED;
    return new StoredRun(
        String.format("run-%06d", i),
        FUNCTIONS[i % 3],
        2,
        status,
        List.of(trigger),
        START.plusSeconds(i),
        START.plusSeconds(i + 1),
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        false,
        null,
        null,
        null,
        null,
        List.of(),
        List.of());
  }

  private record Measured<T>(T value, long millis, int documents, int aggregations) {}

  private static <T> Measured<T> measure(Supplier<T> query) {
    received.clear();
    aggregations.clear();
    long started = System.nanoTime();
    T value = query.get();
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Measured<>(
        value, millis, received.stream().mapToInt(Integer::intValue).sum(), aggregations.size());
  }

  @Test
  void pagesReadOnlyAPageAndCountsAreGroupedByTheServer() throws IOException {
    Measured<RunPage> newest = measure(() -> store.queryRuns(RunQuery.newest(LIMIT)));
    Measured<RunPage> second =
        measure(() -> store.queryRuns(RunQuery.newest(LIMIT).after(newest.value().next())));
    Measured<RunPage> failedOfOne =
        measure(() -> store.queryRuns(new RunQuery("digest", RunStatus.FAILED, null, null, LIMIT)));
    Measured<RunPage> byUser =
        measure(() -> store.queryRuns(new RunQuery(null, null, "u-7", null, LIMIT)));
    Measured<RunPage> byEvent =
        measure(() -> store.queryRuns(new RunQuery(null, null, "evt-054321", null, LIMIT)));
    Measured<List<RunCount>> counts = measure(() -> store.countRuns(null, null));
    Measured<List<RunCount>> lastHour =
        measure(() -> store.countRuns(START.plusSeconds(RUNS - 3600), START.plusSeconds(RUNS)));
    Measured<List<List<RunCount>>> hourly =
        measure(
            () ->
                store.countRunsByWindow(
                    START.plusSeconds(RUNS - 24 * 3600), Duration.ofHours(1), 24));

    assertThat(newest.value().runs())
        .extracting(StoredRun::runId)
        .startsWith("run-099999", "run-099998")
        .hasSize(LIMIT);
    assertThat(second.value().runs().get(0).runId()).isEqualTo("run-099974");
    assertThat(failedOfOne.value().runs())
        .hasSize(LIMIT)
        .allSatisfy(
            r -> {
              assertThat(r.functionId()).isEqualTo("digest");
              assertThat(r.status()).isEqualTo(RunStatus.FAILED);
            });
    assertThat(byUser.value().runs())
        .hasSize(LIMIT)
        .allSatisfy(r -> assertThat(r.userId()).hasValue("u-7"));
    assertThat(byUser.value().runs().get(0).runId()).isEqualTo("run-099007");
    assertThat(byEvent.value().runs()).extracting(StoredRun::runId).containsExactly("run-054321");
    for (Measured<RunPage> page : List.of(newest, second, failedOfOne, byUser, byEvent)) {
      assertThat(page.documents()).isLessThanOrEqualTo(LIMIT + 1);
    }
    assertThat(counts.value().stream().mapToLong(RunCount::count).sum()).isEqualTo(RUNS);
    assertThat(counts.value()).hasSize(6).contains(new RunCount("digest", RunStatus.FAILED, 3_333));
    assertThat(counts.documents()).isEqualTo(6);
    assertThat(lastHour.value().stream().mapToLong(RunCount::count).sum()).isEqualTo(3_600);
    assertThat(hourly.value())
        .hasSize(24)
        .allSatisfy(
            hour -> assertThat(hour.stream().mapToLong(RunCount::count).sum()).isEqualTo(3_600));
    assertThat(hourly.aggregations()).as("aggregations for the 24 hours").isEqualTo(1);
    assertThat(hourly.documents()).isEqualTo(24 * 6);

    Path out = Path.of("target", "engine-run-queries.txt");
    Files.createDirectories(out.getParent());
    StringBuilder report =
        new StringBuilder("dashboard queries over " + RUNS + " runs (in-JVM mongo-java-server)\n");
    line(report, "first page of " + LIMIT + ", newest first", newest);
    line(report, "second page (cursor)", second);
    line(report, "function + status filter", failedOfOne);
    line(report, "search by user id", byUser);
    line(report, "search by event id", byEvent);
    line(report, "counts per function and status, all runs", counts);
    line(report, "counts per function and status, one hour", lastHour);
    line(report, "counts per function and status, 24 hourly windows in one call", hourly);
    Files.writeString(out, report.toString());
  }

  private static void line(StringBuilder report, String what, Measured<?> measured) {
    report
        .append(what)
        .append(": ")
        .append(measured.documents())
        .append(" documents received, ")
        .append(measured.millis())
        .append(" ms\n");
  }
}
