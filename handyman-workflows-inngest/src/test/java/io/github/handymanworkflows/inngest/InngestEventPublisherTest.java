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
package io.github.handymanworkflows.inngest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.internal.json.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InngestEventPublisherTest {

  /** A payload with a validated field, to prove events are checked before queueing. */
  record Registered(String userId) {
    Registered {
      if (userId == null || userId.isBlank()) {
        throw new IllegalArgumentException("userId is required");
      }
    }

    static final EventType<Registered> TYPE =
        EventType.of("auth/user.registered", Registered.class);
  }

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final EventCodec CODEC =
      new EventCodec(EventRegistry.builder().register(Registered.TYPE).build());
  private static final InngestConfig CONFIG =
      InngestConfig.builder()
          .signingKey("signkey-test-12")
          .eventKey("secret-event-key")
          .env("branch-1")
          .build();

  /** Answers from a script; records every request. */
  static class ScriptedTransport implements InngestTransport {
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final List<Object> script = new CopyOnWriteArrayList<>();
    volatile CountDownLatch gate = new CountDownLatch(0);
    final CountDownLatch entered = new CountDownLatch(1);

    ScriptedTransport then(Object answer) {
      script.add(answer);
      return this;
    }

    @Override
    public Response send(Request request) throws IOException, InterruptedException {
      entered.countDown();
      gate.await();
      requests.add(request);
      Object next = script.size() > 1 ? script.remove(0) : script.isEmpty() ? null : script.get(0);
      if (next instanceof IOException e) {
        throw e;
      }
      if (next instanceof Response r) {
        return r;
      }
      int count = Json.mapper().readTree(request.body()).size();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ids.add("\"id" + requests.size() + "-" + i + "\"");
      }
      return ok("{\"ids\":[" + String.join(",", ids) + "],\"status\":200}");
    }
  }

  static InngestTransport.Response answer(int status, String body) {
    return new InngestTransport.Response(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  static InngestTransport.Response ok(String body) {
    return answer(200, body);
  }

  private final List<InngestEventPublisher> open = new ArrayList<>();

  private InngestEventPublisher publisher(
      ScriptedTransport transport,
      java.util.function.UnaryOperator<InngestEventPublisher.Builder> tune) {
    InngestEventPublisher p =
        tune.apply(
                InngestEventPublisher.builder(CONFIG, CODEC)
                    .transport(transport)
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
                    .jitter(new Random(42))
                    .closeTimeout(Duration.ofSeconds(5)))
            .build();
    open.add(p);
    return p;
  }

  @AfterEach
  void closeAll() {
    open.forEach(InngestEventPublisher::close);
  }

  private static Event<Registered> event(String userId) {
    return Registered.TYPE.event(new Registered(userId));
  }

  private static JsonNode json(byte[] body) throws IOException {
    return Json.mapper().readTree(body);
  }

  private static PublishResult await(CompletionStage<PublishResult> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void sendsEventsToTheEventApiWithTheSdkHeadersAndReturnsTheServersIds() throws Exception {
    ScriptedTransport transport = new ScriptedTransport();
    InngestEventPublisher publisher = publisher(transport, b -> b);
    PublishResult result = await(publisher.publish(List.of(event("u1"), event("u2"))));
    assertThat(result.ids()).containsExactly("id1-0", "id1-1");
    InngestTransport.Request request = transport.requests.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri().toString()).isEqualTo("https://inn.gs/e/secret-event-key");
    assertThat(request.header("X-Inngest-Sdk")).contains(InngestSdk.SDK);
    assertThat(request.header("X-Inngest-Env")).contains("branch-1");
    assertThat(request.header("Content-Type")).contains("application/json");
    assertThat(request.header("Authorization")).isEmpty();
    JsonNode body = json(request.body());
    assertThat(body.get(0).get("name").asText()).isEqualTo("auth/user.registered");
    assertThat(body.get(0).get("data").get("userId").asText()).isEqualTo("u1");
    assertThat(body.get(0).get("ts").asLong()).isEqualTo(NOW.toEpochMilli());
  }

  @Test
  void emptyListSendsNoRequest() throws Exception {
    ScriptedTransport transport = new ScriptedTransport();
    assertThat(await(publisher(transport, b -> b).publish(List.of())).ids()).isEmpty();
    assertThat(transport.requests).isEmpty();
  }

  @Test
  void reservedNamesAndInvalidPayloadsAreRejectedBeforeQueueing() {
    ScriptedTransport transport = new ScriptedTransport();
    InngestEventPublisher publisher = publisher(transport, b -> b);
    JsonNode empty = Json.mapper().createObjectNode();
    assertThatThrownBy(
            () ->
                publisher.publish(
                    new Event<>(null, "inngest/function.failed", empty, Map.of(), null)))
        .isInstanceOf(EventValidationException.class);
    assertThatThrownBy(
            () ->
                publisher.publish(new Event<>(null, "auth/user.registered", empty, Map.of(), null)))
        .isInstanceOf(EventValidationException.class)
        .hasMessageContaining("auth/user.registered");
    assertThat(publisher.queuedEvents()).isZero();
    assertThat(transport.requests).isEmpty();
  }

  @Test
  void returnsAtOnceWhileTheNetworkIsSlow() throws Exception {
    ScriptedTransport transport = new ScriptedTransport();
    transport.gate = new CountDownLatch(1);
    InngestEventPublisher publisher = publisher(transport, b -> b);
    long start = System.nanoTime();
    CompletionStage<PublishResult> stage = publisher.publish(event("u1"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(stage.toCompletableFuture().isDone()).isFalse();
    transport.gate.countDown();
    assertThat(await(stage).ids()).hasSize(1);
  }

  @Test
  void retriesNetworkErrorsAndServerErrorsReusingTheIdSeed() throws Exception {
    ScriptedTransport transport =
        new ScriptedTransport()
            .then(new ConnectException("Connection refused"))
            .then(answer(503, "{\"error\":\"unavailable\"}"))
            .then(answer(429, "{\"error\":\"slow down\"}"))
            .then(ok("{\"ids\":[\"final\"],\"status\":200}"));
    PublishResult result = await(publisher(transport, b -> b).publish(event("u1")));
    assertThat(result.ids()).containsExactly("final");
    assertThat(transport.requests).hasSize(4);
    String seed = transport.requests.get(0).header("x-inngest-event-id-seed").orElseThrow();
    assertThat(seed).matches("1767225600000,[A-Za-z0-9+/]{14}==");
    assertThat(transport.requests)
        .allSatisfy(r -> assertThat(r.header("x-inngest-event-id-seed")).contains(seed));
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheLastReason() {
    ScriptedTransport transport =
        new ScriptedTransport().then(new ConnectException("Connection refused"));
    CompletionStage<PublishResult> stage =
        publisher(transport, b -> b.maxAttempts(3)).publish(event("u1"));
    assertThatThrownBy(() -> await(stage))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(EventPublishException.class)
        .hasMessageContaining("could not reach")
        .hasMessageNotContaining("secret-event-key");
    assertThat(transport.requests).hasSize(3);
  }

  @Test
  void doesNotRetryClientErrorsAndReportsStatusAndError() {
    ScriptedTransport transport =
        new ScriptedTransport()
            .then(answer(401, "{\"status\":401,\"error\":\"Event key not found\"}"));
    CompletionStage<PublishResult> stage = publisher(transport, b -> b).publish(event("u1"));
    assertThatThrownBy(() -> await(stage))
        .cause()
        .isInstanceOfSatisfying(
            EventPublishException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.error()).isEqualTo("Event key not found");
            });
    assertThat(transport.requests).hasSize(1);
  }

  @Test
  void splitsSendsLargerThanTheBatchLimitIntoSeveralRequests() throws Exception {
    ScriptedTransport transport = new ScriptedTransport();
    List<Event<Registered>> events = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      events.add(event("u" + i));
    }
    PublishResult result = await(publisher(transport, b -> b.maxBatchSize(3)).publish(events));
    assertThat(result.ids()).hasSize(7);
    assertThat(transport.requests).hasSize(3);
    for (InngestTransport.Request request : transport.requests) {
      assertThat(json(request.body()).size()).isLessThanOrEqualTo(3);
    }
  }

  @Test
  void combinesQueuedSendsIntoOneRequestAndGivesEachCallerItsIds() throws Exception {
    ScriptedTransport transport = new ScriptedTransport();
    transport.gate = new CountDownLatch(1);
    InngestEventPublisher publisher = publisher(transport, b -> b);
    CompletionStage<PublishResult> first = publisher.publish(event("u1"));
    // Once the worker is blocked on the first request, the next two queue up behind it.
    assertThat(transport.entered.await(5, TimeUnit.SECONDS)).isTrue();
    CompletionStage<PublishResult> second = publisher.publish(List.of(event("u2"), event("u3")));
    CompletionStage<PublishResult> third = publisher.publish(event("u4"));
    transport.gate.countDown();
    assertThat(await(first).ids()).hasSize(1);
    assertThat(await(second).ids()).containsExactly("id2-0", "id2-1");
    assertThat(await(third).ids()).containsExactly("id2-2");
    assertThat(transport.requests).hasSize(2);
  }

  @Test
  void aRejectedCombinedRequestIsResentPerCallerSoOneBadSendDoesNotFailOthers() throws Exception {
    ScriptedTransport transport =
        new ScriptedTransport() {
          @Override
          public Response send(Request request) throws IOException, InterruptedException {
            entered.countDown();
            gate.await();
            requests.add(request);
            JsonNode body = Json.mapper().readTree(request.body());
            if (body.toString().contains("bad")) {
              return answer(400, "{\"error\":\"event too large\",\"status\":400}");
            }
            return ok("{\"ids\":[" + "\"x\",".repeat(body.size() - 1) + "\"x\"],\"status\":200}");
          }
        };
    transport.gate = new CountDownLatch(1);
    InngestEventPublisher publisher = publisher(transport, b -> b);
    CompletionStage<PublishResult> blocker = publisher.publish(event("u0"));
    assertThat(transport.entered.await(5, TimeUnit.SECONDS)).isTrue();
    CompletionStage<PublishResult> good = publisher.publish(event("good"));
    CompletionStage<PublishResult> bad = publisher.publish(event("bad"));
    transport.gate.countDown();
    await(blocker);
    assertThat(await(good).ids()).containsExactly("x");
    assertThatThrownBy(() -> await(bad)).cause().isInstanceOf(EventPublishException.class);
  }

  @Test
  void aPartial400SettlesTheAcceptedEventsAndResendsOnlyOtherCallersUnacceptedOnes()
      throws Exception {
    ScriptedTransport transport =
        new ScriptedTransport() {
          @Override
          public Response send(Request request) throws IOException, InterruptedException {
            entered.countDown();
            gate.await();
            requests.add(request);
            JsonNode body = Json.mapper().readTree(request.body());
            List<String> ids = new ArrayList<>();
            for (JsonNode event : body) {
              if (event.at("/data/userId").asText().equals("bad")) {
                // Inngest accepts in order up to the first invalid event: 400 with their ids.
                return answer(
                    400,
                    "{\"ids\":["
                        + String.join(",", ids)
                        + "],\"status\":400,\"error\":\"bad event\"}");
              }
              ids.add("\"id-" + event.at("/data/userId").asText() + "-" + requests.size() + "\"");
            }
            return ok("{\"ids\":[" + String.join(",", ids) + "],\"status\":200}");
          }
        };
    transport.gate = new CountDownLatch(1);
    InngestEventPublisher publisher = publisher(transport, b -> b);
    CompletionStage<PublishResult> blocker = publisher.publish(event("u0"));
    assertThat(transport.entered.await(5, TimeUnit.SECONDS)).isTrue();
    CompletionStage<PublishResult> before = publisher.publish(event("a"));
    CompletionStage<PublishResult> mixed =
        publisher.publish(List.of(event("b"), event("bad"), event("b2")));
    CompletionStage<PublishResult> after = publisher.publish(event("c"));
    transport.gate.countDown();
    await(blocker);

    assertThat(await(before).ids()).containsExactly("id-a-2");
    assertThatThrownBy(() -> await(mixed))
        .cause()
        .isInstanceOfSatisfying(
            EventPublishException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.acceptedIds()).containsExactly("id-b-2");
            });
    assertThat(await(after).ids()).containsExactly("id-c-3");
    assertThat(transport.requests).hasSize(3);
    JsonNode resent = json(transport.requests.get(2).body());
    // Only the other caller's event, never accepted, is sent again, exactly as first sent.
    assertThat(resent).hasSize(1);
    assertThat(resent.get(0)).isEqualTo(json(transport.requests.get(1).body()).get(4));
  }

  @Test
  void aFinalFailureIsLoggedOnceWithoutTheEventKey() throws Exception {
    ScriptedTransport transport =
        new ScriptedTransport()
            .then(answer(401, "{\"status\":401,\"error\":\"Event key not found\"}"));
    String log =
        CapturedLog.during(
            () -> {
              CompletionStage<PublishResult> stage =
                  publisher(transport, b -> b).publish(event("u1"));
              assertThatThrownBy(() -> await(stage))
                  .cause()
                  .isInstanceOf(EventPublishException.class);
            });
    assertThat(log.lines().filter(l -> l.contains("not delivered")).count()).isEqualTo(1);
    assertThat(log).contains("Event key not found").doesNotContain("secret-event-key");
  }

  @Test
  void aFullBufferRejectsAtOnceInsteadOfDropping() {
    ScriptedTransport transport = new ScriptedTransport();
    transport.gate = new CountDownLatch(1);
    InngestEventPublisher publisher = publisher(transport, b -> b.bufferCapacity(2));
    publisher.publish(List.of(event("u1"), event("u2")));
    assertThatThrownBy(() -> publisher.publish(event("u3")))
        .isInstanceOf(EventBufferFullException.class)
        .hasMessageContaining("full");
    transport.gate.countDown();
  }

  @Test
  void closeFlushesQueuedEvents() throws Exception {
    ScriptedTransport transport = new ScriptedTransport();
    InngestEventPublisher publisher = publisher(transport, b -> b);
    List<CompletableFuture<PublishResult>> stages = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      stages.add(publisher.publish(event("u" + i)).toCompletableFuture());
    }
    publisher.close();
    assertThat(stages).allSatisfy(s -> assertThat(s).isCompleted());
    assertThatThrownBy(() -> publisher.publish(event("late")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void closeFailsWhatItCannotSendWithinTheTimeout() {
    ScriptedTransport transport = new ScriptedTransport();
    transport.gate = new CountDownLatch(1);
    InngestEventPublisher publisher =
        publisher(transport, b -> b.closeTimeout(Duration.ofMillis(100)));
    CompletableFuture<PublishResult> stuck = publisher.publish(event("u1")).toCompletableFuture();
    CompletableFuture<PublishResult> queued = publisher.publish(event("u2")).toCompletableFuture();
    publisher.close();
    assertThat(stuck).isCompletedExceptionally();
    assertThat(queued).isCompletedExceptionally();
    assertThatThrownBy(queued::join).cause().hasMessageContaining("closed");
  }

  @Test
  void cloudModeWithoutAnEventKeyRefusesToPublishNamingTheVariable() {
    InngestEventPublisher publisher =
        InngestEventPublisher.builder(InngestConfig.builder().signingKey("12").build(), CODEC)
            .transport(new ScriptedTransport())
            .build();
    open.add(publisher);
    assertThatThrownBy(() -> publisher.publish(event("u1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INNGEST_EVENT_KEY");
  }

  @Test
  void devModeSendsToTheDevServerWithAnyKey() throws Exception {
    ScriptedTransport transport = new ScriptedTransport();
    InngestEventPublisher publisher =
        InngestEventPublisher.builder(InngestConfig.builder().dev().build(), CODEC)
            .transport(transport)
            .build();
    open.add(publisher);
    await(publisher.publish(event("u1")));
    assertThat(transport.requests.get(0).uri().toString()).startsWith("http://localhost:8288/e/");
  }

  @Test
  void aLingeringSenderStillSendsEveryEventAndCloseFlushesTheLinger() throws Exception {
    ScriptedTransport transport = new ScriptedTransport();
    InngestEventPublisher lingering = publisher(transport, b -> b.linger(Duration.ofSeconds(1)));

    CompletionStage<PublishResult> first = lingering.publish(event("u1"));
    CompletionStage<PublishResult> second = lingering.publish(event("u2"));
    lingering.close();

    assertThat(await(first).ids()).hasSize(1);
    assertThat(await(second).ids()).hasSize(1);
    int sent = 0;
    for (InngestTransport.Request request : transport.requests) {
      sent += Json.mapper().readTree(request.body()).size();
    }
    assertThat(sent).isEqualTo(2);
  }

  @Test
  void lingerOutsideZeroToOneSecondIsRefused() {
    InngestEventPublisher.Builder builder = InngestEventPublisher.builder(CONFIG, CODEC);

    assertThatThrownBy(() -> builder.linger(Duration.ofSeconds(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("linger");
    assertThatThrownBy(() -> builder.linger(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
