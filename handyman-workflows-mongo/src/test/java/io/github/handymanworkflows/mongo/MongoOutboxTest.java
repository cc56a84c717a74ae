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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.InngestEventPublisher;
import io.github.handymanworkflows.workflow.Workflow;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class MongoOutboxTest {

  private static final EventType<JsonNode> ORDER =
      EventType.of("shop/order.created", JsonNode.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static InJvmMongo mongo;
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-26T10:00:00Z"));
  private final EventCodec codec = new EventCodec(EventCatalogue.registry().with(ORDER));
  private MongoStorage storage;

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
  }

  @AfterAll
  static void stopServer() {
    mongo.close();
  }

  @BeforeEach
  void freshDatabase() {
    storage = mongo.storage();
  }

  @Test
  void publishCompletesOnlyOnceTheBatchIsStoredWithIdsAssigned() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    try (EmbeddedEngine engine = engine(runs)) {
      MongoOutbox outbox = storage.outbox(codec, engine, clock);

      PublishResult result =
          outbox
              .publisher()
              .publish(List.of(order("o-1"), order("o-2")))
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);

      assertThat(result.ids()).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
      Document batch = onlyBatch();
      assertThat(batch.getString("state")).isEqualTo("pending");
      assertThat(batch.getList("eventIds", String.class)).isEqualTo(result.ids());
      assertThat(runs).as("nothing delivered before the relay runs").hasValue(0);
      assertThat(outbox.relay().pendingCount()).isEqualTo(1);
    }
  }

  @Test
  void anInvalidEventFailsPublishAtOnceAndIsNotStored() {
    try (EmbeddedEngine engine = engine(new AtomicInteger())) {
      MongoOutbox outbox = storage.outbox(codec, engine, clock);
      Event<?> bad =
          new Event<>(
              null, EventCatalogue.types().get(0).name(), JSON.createObjectNode(), Map.of(), null);

      assertThatThrownBy(() -> outbox.publisher().publish(bad))
          .isInstanceOf(EventValidationException.class);
      assertThat(outbox.relay().pendingCount()).isZero();
    }
  }

  @Test
  void theRelayDeliversToTheEmbeddedEngineAndMarksTheBatchDelivered() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    try (EmbeddedEngine engine = engine(runs)) {
      MongoOutbox outbox = storage.outbox(codec, engine, clock);
      outbox.publisher().publish(order("o-1")).toCompletableFuture().get(30, TimeUnit.SECONDS);

      assertThat(outbox.relay().deliverDue()).isEqualTo(1);
      engine.runDue();

      assertThat(runs).hasValue(1);
      assertThat(onlyBatch().getString("state")).isEqualTo("delivered");
      assertThat(outbox.relay().deliverDue()).isZero();
    }
  }

  @Test
  void aBatchDeliveredButNotMarkedIsDeliveredAgainAndStartsNoSecondRun() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    try (EmbeddedEngine engine = engine(runs)) {
      MongoOutbox outbox = storage.outbox(codec, engine, clock);
      outbox.publisher().publish(order("o-1")).toCompletableFuture().get(30, TimeUnit.SECONDS);
      outbox.relay().deliverDue();
      engine.runDue();
      // As if the relay had crashed between the engine's acknowledgement and the mark.
      Mono.from(
              storage
                  .database()
                  .getCollection("outbox")
                  .updateOne(new Document(), Updates.set("state", "pending")))
          .block();

      assertThat(storage.outbox(codec, engine, clock).relay().deliverDue()).isEqualTo(1);
      engine.runDue();

      assertThat(runs).as("the same event id is de-duplicated by the engine").hasValue(1);
    }
  }

  @Test
  void aRejectedDeliveryStaysPendingAndIsRetriedAfterBackoffToInngest() throws Exception {
    List<Integer> statuses = new CopyOnWriteArrayList<>(List.of(400, 200));
    List<JsonNode> received = new CopyOnWriteArrayList<>();
    HttpServer eventApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    eventApi.createContext(
        "/e/",
        exchange -> {
          JsonNode body = JSON.readTree(exchange.getRequestBody());
          int status = statuses.isEmpty() ? 200 : statuses.remove(0);
          String reply;
          if (status == 200) {
            received.add(body);
            List<String> ids = new ArrayList<>();
            body.forEach(e -> ids.add("inngest-" + e.path("id").asText()));
            reply = JSON.writeValueAsString(Map.of("ids", ids, "status", 200));
          } else {
            reply = "{\"error\":\"bad request\",\"status\":400}";
          }
          respond(exchange, status, reply);
        });
    eventApi.start();
    InngestConfig config =
        InngestConfig.builder()
            .appId("test-app")
            .eventKey("test-key")
            .eventApiBaseUrl(URI.create("http://127.0.0.1:" + eventApi.getAddress().getPort()))
            .build();
    try (InngestEventPublisher inngest =
        InngestEventPublisher.builder(config, codec).maxAttempts(1).clock(clock).build()) {
      MongoOutbox outbox = storage.outbox(codec, inngest, clock);
      PublishResult published =
          outbox.publisher().publish(order("o-1")).toCompletableFuture().get(30, TimeUnit.SECONDS);

      assertThat(outbox.relay().deliverDue()).as("rejected").isZero();
      Document failed = onlyBatch();
      assertThat(failed.getString("state")).isEqualTo("pending");
      assertThat(failed.getInteger("attempts")).isEqualTo(1);
      assertThat(outbox.relay().deliverDue()).as("backing off").isZero();

      clock.advance(Duration.ofSeconds(1));
      assertThat(outbox.relay().deliverDue()).isEqualTo(1);

      assertThat(onlyBatch().getString("state")).isEqualTo("delivered");
      assertThat(received).hasSize(1);
      assertThat(received.get(0).get(0).path("id").asText()).isEqualTo(published.ids().get(0));
    } finally {
      eventApi.stop(0);
    }
  }

  @Test
  void theBackoffDoublesUpToTenMinutes() {
    assertThat(MongoOutboxRelay.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(MongoOutboxRelay.backoff(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(MongoOutboxRelay.backoff(40)).isEqualTo(Duration.ofMinutes(10));
  }

  private Document onlyBatch() {
    List<Document> all =
        reactor.core.publisher.Flux.from(
                storage.database().getCollection("outbox").find(Filters.empty()))
            .collectList()
            .block();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private EmbeddedEngine engine(AtomicInteger runs) {
    return EmbeddedEngine.builder()
        .clock(clock)
        .random(new Random(7))
        .registry(codec.registry())
        .function(
            Workflow.function("count-orders", "Count orders")
                .trigger(ORDER)
                .handler((ctx, step) -> step.run("count", Integer.class, runs::incrementAndGet)))
        .build();
  }

  private static Event<JsonNode> order(String orderId) {
    return Event.of(ORDER, JSON.valueToTree(Map.of("orderId", orderId)));
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
