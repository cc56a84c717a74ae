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
package io.github.handymanworkflows.inngest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.inngest.InngestApp;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.JdkHttpServerAdapter;
import io.github.handymanworkflows.internal.json.Json;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Runs the same functions and event sequence twice: on the plain embedded engine, and through
 * {@link InngestServerHarness}, where the engine plays Inngest and every call goes over HTTP
 * (signed, cloud mode) to our serve handler, and the app sends events and syncs over HTTP too. The
 * two must agree on run statuses, outputs, errors, steps and how often each piece of code ran.
 */
class EngineParityIT {

  private static final String APP = "parity-app";
  private static final String KEY = "signkey-test-7061726974792d6b6579";
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void httpRunsMatchInProcessRuns() throws Exception {
    World inProcess = inProcess();
    World overHttp = overHttp();

    assertThat(overHttp.summaries()).isEqualTo(inProcess.summaries());
    assertThat(overHttp.functions().counts()).isEqualTo(inProcess.functions().counts());
  }

  @Test
  void scenarioExercisesEveryFeature() throws Exception {
    World world = overHttp();
    EmbeddedEngine engine = world.engine();

    assertThat(output(engine, "sleeper")).containsExactly("\"woke\"");
    assertThat(output(engine, "waiter")).containsExactlyInAnyOrder("{\"paid\":42}", "\"unpaid\"");
    assertThat(output(engine, "retrier")).containsExactly("\"ok\"");
    assertThat(engine.runs("doomed", RunStatus.FAILED)).hasSize(1);
    assertThat(output(engine, "doomed-failure"))
        .containsExactly("{\"handled\":\"parity-app-doomed\"}");
    assertThat(output(engine, "parallel")).containsExactly("[\"A1\",\"B1\",\"F1\"]");
    assertThat(output(engine, "invoker")).containsExactly("{\"doubled\":4}");
    assertThat(output(engine, "fanout")).containsExactly("[\"item-1\",\"item-2\",\"item-3\"]");
    assertThat(output(engine, "item")).containsExactlyInAnyOrder("10", "20", "30");
    assertThat(world.functions().counts())
        .containsEntry("retrier.call", 3)
        .containsEntry("doomed.always-fails", 2)
        .containsEntry("doomed.failure-handler", 1)
        .containsEntry("sleeper.before", 1)
        .containsEntry("sleeper.after", 1)
        .containsEntry("item.handle", 3)
        .containsEntry("child", 1);
    assertThat(world.harness().registrations()).hasSize(1);
    assertThat(world.harness().receivedEvents())
        .extracting(e -> e.path("name").asText())
        .contains("parity/sleep", "parity/item");
  }

  // ---- the scenario --------------------------------------------------------------------------

  private static void drive(EventPublisher publisher, EmbeddedEngine engine) throws Exception {
    publish(
        publisher,
        event("e-sleep", "parity/sleep", Map.of()),
        event("e-o1", "parity/order", Map.of("orderId", "o_1")),
        event("e-o2", "parity/order", Map.of("orderId", "o_2")),
        event("e-retry", "parity/retry", Map.of()),
        event("e-doomed", "parity/doomed", Map.of()),
        event("e-parallel", "parity/parallel", Map.of()),
        event("e-invoke", "parity/invoke", Map.of()),
        event("e-fanout", "parity/fanout", Map.of()));
    engine.advance(Duration.ofMinutes(1));
    publish(
        publisher,
        event("e-pay-o9", "parity/payment", Map.of("orderId", "o_9", "amount", 7)),
        event("e-pay-o1", "parity/payment", Map.of("orderId", "o_1", "amount", 42)));
    engine.advance(Duration.ofDays(2));
  }

  private static void publish(EventPublisher publisher, Event<?>... events) throws Exception {
    publisher.publish(List.of(events)).toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private static Event<Map<String, Object>> event(
      String id, String name, Map<String, Object> data) {
    return new Event<>(id, name, data, Map.of(), START);
  }

  // ---- the two worlds ------------------------------------------------------------------------

  private World inProcess() throws Exception {
    ParityFunctions functions = new ParityFunctions();
    EmbeddedEngine engine =
        EmbeddedEngine.builder()
            .appId(APP)
            .clock(new ManualClock(START))
            .random(new Random(7))
            .functions(functions.all())
            .build();
    drive(engine, engine);
    return new World(functions, engine, null);
  }

  private World overHttp() throws Exception {
    ParityFunctions functions = new ParityFunctions();
    InngestServerHarness harness =
        InngestServerHarness.builder()
            .appId(APP)
            .clock(new ManualClock(START))
            .random(new Random(7))
            .signingKey(KEY)
            .functions(functions.all())
            .build();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    InngestConfig config =
        InngestConfig.builder()
            .appId(APP)
            .signingKey(KEY)
            .eventKey("parity-event-key")
            .baseUrl(harness.baseUri())
            .serveOrigin(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
            .build();
    try (InngestApp app = InngestApp.builder(config).functions(functions.all()).build()) {
      JdkHttpServerAdapter.mount(server, "/api/inngest", app.handler());
      server.setExecutor(executor);
      server.start();
      URI serveUrl =
          URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/inngest");
      HttpResponse<String> sync =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(serveUrl)
                      .header(
                          "X-Inngest-Signature",
                          io.github.handymanworkflows.inngest.Signatures.sign(
                              KEY, new byte[0], java.time.Instant.now().getEpochSecond()))
                      .PUT(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(sync.statusCode()).as("sync answer %s", sync.body()).isEqualTo(200);
      assertThat(harness.serveUrl()).contains(serveUrl);
      drive(app.publisher(), harness.engine());
    } finally {
      server.stop(0);
      executor.shutdownNow();
      harness.close();
    }
    return new World(functions, harness.engine(), harness);
  }

  private static List<String> output(EmbeddedEngine engine, String functionId) {
    List<String> outputs = new ArrayList<>();
    for (RunRecord run : engine.runs(functionId)) {
      assertThat(run.status())
          .as("status of a run of %s: %s", functionId, run)
          .isEqualTo(RunStatus.COMPLETED);
      outputs.add(Json.mapper().valueToTree(run.output()).toString());
    }
    return outputs;
  }

  /** One world's functions (with their side-effect counts) and engine. */
  private record World(
      ParityFunctions functions, EmbeddedEngine engine, @Nullable InngestServerHarness http) {

    InngestServerHarness harness() {
      return Objects.requireNonNull(http, "not an HTTP world");
    }

    /**
     * Per function, the runs without ids or times: status, output, error, and each step's name,
     * kind, status and attempts; sorted, since run ids differ between worlds.
     */
    Map<String, List<String>> summaries() {
      Map<String, List<String>> byFunction = new TreeMap<>();
      for (String functionId : engine.functions().keySet()) {
        List<String> runs = new ArrayList<>();
        for (RunRecord run : engine.runs(functionId)) {
          StringBuilder summary = new StringBuilder();
          summary.append(run.status()).append(' ').append(run.triggerName());
          JsonNode output = Json.mapper().valueToTree(run.output());
          summary.append(" output=").append(output);
          if (run.error() != null) {
            summary
                .append(" error=")
                .append(run.error().name())
                .append(": ")
                .append(run.error().message());
          }
          run.steps()
              .forEach(
                  s ->
                      summary
                          .append(" | ")
                          .append(s.name())
                          .append(' ')
                          .append(s.kind())
                          .append(' ')
                          .append(s.status())
                          .append(" x")
                          .append(s.attempts()));
          runs.add(summary.toString());
        }
        runs.sort(null);
        byFunction.put(functionId, runs);
      }
      return byFunction;
    }
  }
}
