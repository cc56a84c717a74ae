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
package io.github.handymanworkflows.mongo.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.mongo.MongoSettings;
import io.github.handymanworkflows.mongo.MongoStorage;
import io.github.handymanworkflows.workflows.email.SendWelcomeEmail;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The crash test: a MongoDB server keeping its data in an H2 file runs in this JVM; the app (the
 * embedded engine on MongoDB with its outbox and lease, {@link CrashApp}) runs in others. 5,000
 * {@code auth/user.registered} events are posted, the app is killed with SIGKILL mid-burst and
 * started again, and then every event answered 2xx has been processed exactly once: one run each,
 * completed, one welcome email per user, and no step body executed again once its run recorded its
 * result (bodies cut off before that run again, by design). The second test does the same with two
 * app instances sharing the database, killing the lease holder.
 */
class MongoCrashIT {

  private static final int USERS = 5_000;
  private static final int KILL_AFTER = 1_500;
  private static final Duration DEADLINE = Duration.ofMinutes(8);

  private final List<AppProcess> apps = new ArrayList<>();
  private Path dir;
  private MongoServer server;
  private MongoClient client;
  private String uri;

  @BeforeEach
  void startServer() throws IOException {
    dir = Path.of("target", "crash-" + UUID.randomUUID()).toAbsolutePath();
    Files.createDirectories(dir);
    server = new MongoServer(new H2Backend(dir.resolve("mongo.mv").toString()));
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
    client = MongoClients.create(uri);
  }

  @AfterEach
  void stopAll() throws InterruptedException {
    for (AppProcess app : apps) {
      app.stop();
    }
    client.close();
    server.shutdownNow();
  }

  private AppProcess start(String database, String life) throws Exception {
    AppProcess app = AppProcess.start(uri, database, life, dir);
    apps.add(app);
    return app;
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void aKilledAppRestartedProcessesEveryAcceptedEventExactlyOnce() throws Exception {
    Instant started = Instant.now();
    String database = "crash_restart";
    AppProcess first = start(database, "life-1");
    try (Ingest ingest = new Ingest(USERS, List.of(first))) {
      ingest.start();
      await("events accepted before the kill", () -> ingest.acceptedCount() >= KILL_AFTER, first);

      assertThat(first.kill()).as("SIGKILL: 128 + 9").isEqualTo(137);
      AppProcess second = start(database, "life-2");
      ingest.replace(first, second);

      await("every event accepted", ingest::done, second);
      assertThat(ingest.accepted()).hasSize(USERS);
      await("every run completed", () -> completedRuns(database) == USERS, second);
    }
    report("restart", started, assertExactlyOnce(database));
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void whenTheLeaseHolderIsKilledTheOtherInstanceFinishesEveryEventExactlyOnce() throws Exception {
    Instant started = Instant.now();
    String database = "crash_takeover";
    AppProcess holder = start(database, "app-a");
    await("app-a holds the lease", () -> "app-a".equals(leaseHolder(database)), holder);
    AppProcess other = start(database, "app-b");
    try (Ingest ingest = new Ingest(USERS, List.of(holder, other))) {
      ingest.start();
      await("events accepted before the kill", () -> ingest.acceptedCount() >= KILL_AFTER, holder);
      assertThat(attemptsBy(database, "app-b")).as("only the holder executes").isZero();
      assertThat(leaseHolder(database)).isEqualTo("app-a");

      assertThat(holder.kill()).as("SIGKILL: 128 + 9").isEqualTo(137);
      ingest.replace(holder, null);

      await("app-b took the lease over", () -> "app-b".equals(leaseHolder(database)), other);
      await("every event accepted", ingest::done, other);
      assertThat(ingest.accepted()).hasSize(USERS);
      await("every run completed", () -> completedRuns(database) == USERS, other);
    }
    assertThat(attemptsBy(database, "app-b")).isPositive();
    report("takeover", started, assertExactlyOnce(database));
  }

  /**
   * One completed run per user's event, one welcome email per user, and no send (the step body)
   * executed after its run recorded a result: the attempt the run's result names is the last one
   * for its key. Earlier attempts are bodies cut off before their result was written (by the kill
   * or a lease term that ran out), which the engine runs again by design.
   *
   * @return how many sends ran more than once
   */
  private int assertExactlyOnce(String database) {
    List<StoredRun> runs = storage(database).engineStore().runs(SendWelcomeEmail.FUNCTION_ID, null);
    assertThat(runs).hasSize(USERS);
    assertThat(runs).allSatisfy(run -> assertThat(run.status()).isEqualTo(RunStatus.COMPLETED));
    Set<String> expectedEvents = new HashSet<>();
    Set<String> expectedKeys = new HashSet<>();
    for (int i = 0; i < USERS; i++) {
      expectedEvents.add("evt-" + Ingest.userId(i));
      expectedKeys.add("welcome:" + Ingest.userId(i));
    }
    Map<String, String> recordedAttemptByKey = new HashMap<>();
    Set<String> triggers = new HashSet<>();
    for (StoredRun run : runs) {
      triggers.add(run.trigger().get("id").asText());
      JsonNode output = run.output();
      recordedAttemptByKey.put(
          "welcome:" + output.get("userId").asText(), output.get("messageId").asText());
    }
    assertThat(triggers).isEqualTo(expectedEvents);
    assertThat(recordedAttemptByKey.keySet()).isEqualTo(expectedKeys);

    MongoDatabase db = client.getDatabase(database);
    List<Document> sent =
        Flux.from(db.getCollection(DurableMailer.SENT).find()).collectList().block();
    Set<String> sentKeys = new HashSet<>();
    sent.forEach(doc -> sentKeys.add(doc.getString("_id")));
    assertThat(sent).as("one welcome email per user").hasSize(USERS);
    assertThat(sentKeys).isEqualTo(expectedKeys);

    Map<String, List<Document>> attemptsByKey = new HashMap<>();
    Flux.from(db.getCollection(DurableMailer.ATTEMPTS).find())
        .toIterable()
        .forEach(
            doc ->
                attemptsByKey
                    .computeIfAbsent(doc.getString("key"), k -> new ArrayList<>())
                    .add(doc));
    assertThat(attemptsByKey.keySet()).isEqualTo(expectedKeys);
    int repeated = 0;
    for (Map.Entry<String, List<Document>> entry : attemptsByKey.entrySet()) {
      String recorded = recordedAttemptByKey.get(entry.getKey());
      Document kept =
          entry.getValue().stream()
              .filter(doc -> doc.getString("_id").equals(recorded))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no attempt " + recorded + " was made"));
      Instant keptAt = Instant.parse(kept.getString("at"));
      for (Document other : entry.getValue()) {
        assertThat(Instant.parse(other.getString("at")))
            .as("%s sent again after its run recorded %s", entry.getKey(), recorded)
            .isBeforeOrEqualTo(keptAt);
      }
      if (entry.getValue().size() > 1) {
        repeated++;
      }
    }
    return repeated;
  }

  /** The numbers of a scenario, for the report (the test asserts none of them as timing). */
  private static void report(String scenario, Instant started, int repeated) {
    System.out.printf(
        "crash test %s: %d users, %d sends cut off before their result was recorded and run again, %d s in all%n",
        scenario, USERS, repeated, Duration.between(started, Instant.now()).toSeconds());
  }

  private MongoStorage storage(String database) {
    return MongoStorage.create(client, MongoSettings.defaults().withDatabase(database));
  }

  private long completedRuns(String database) {
    return Mono.from(
            client
                .getDatabase(database)
                .getCollection("engine_runs")
                .countDocuments(
                    new Document("functionId", SendWelcomeEmail.FUNCTION_ID)
                        .append("status", RunStatus.COMPLETED.name())))
        .block();
  }

  private long attemptsBy(String database, String life) {
    return Mono.from(
            client
                .getDatabase(database)
                .getCollection(DurableMailer.ATTEMPTS)
                .countDocuments(new Document("life", life)))
        .block();
  }

  private String leaseHolder(String database) {
    Document lease =
        Mono.from(client.getDatabase(database).getCollection("engine_lease").find().first())
            .block();
    if (lease == null
        || lease.getDate("expiresAt") == null
        || lease.getDate("expiresAt").toInstant().isBefore(Instant.now())) {
      return null;
    }
    return lease.getString("holder");
  }

  private static void await(String what, BooleanSupplier condition, AppProcess app)
      throws Exception {
    Instant deadline = Instant.now().plus(DEADLINE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "not within " + DEADLINE + ": " + what + "; log of " + app.life() + ":\n" + app.log());
      }
      Thread.sleep(100);
    }
  }
}
