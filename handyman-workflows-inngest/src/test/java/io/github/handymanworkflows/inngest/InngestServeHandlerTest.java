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
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.execution.ExecutionCore;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The serve handler called directly, for what the HTTP harness cannot easily vary. */
class InngestServeHandlerTest {

  private final List<InngestTransport.Request> outbound = new CopyOnWriteArrayList<>();
  private final InngestTransport transport =
      request -> {
        outbound.add(request);
        return new InngestTransport.Response(
            200, Map.of(), "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
      };

  private InngestServeHandler handler(InngestConfig config, WorkflowFunction... functions) {
    ExecutionCore core =
        new ExecutionCore(
            new EventCodec(EventRegistry.builder().build()),
            events -> CompletableFuture.failedFuture(new IllegalStateException("not in tests")),
            Clock.systemUTC());
    return new InngestServeHandler(config, List.of(functions), core, transport, Clock.systemUTC());
  }

  private static WorkflowFunction hello() {
    return Workflow.function("hello", "Hello").trigger("a/b", null).handler((ctx, step) -> "hi");
  }

  private static ServeRequest put(String uri, Map<String, String> headers) {
    return new ServeRequest("PUT", URI.create(uri), headers, new byte[0]);
  }

  private JsonNode registered() throws IOException {
    assertThat(outbound).hasSize(1);
    return Json.mapper().readTree(outbound.get(0).body());
  }

  @Test
  void devModeServeUrlComesFromHostAndForwardedProtoWithoutAnyQueryParameter() throws IOException {
    InngestServeHandler handler = handler(InngestConfig.builder().dev().build(), hello());
    ServeResponse response =
        handler.handle(
            put(
                "/api/inngest?deployId=d1&x=1&probe=trust",
                Map.of("host", "app.example.com", "X-Forwarded-Proto", "https")));
    assertThat(response.status()).isEqualTo(200);
    assertThat(registered().get("url").asText()).isEqualTo("https://app.example.com/api/inngest");
    assertThat(outbound.get(0).uri().toString())
        .isEqualTo("http://localhost:8288/fn/register?deployId=d1");
  }

  @Test
  void configuredServeOriginAndPathWin() throws IOException {
    InngestConfig config =
        InngestConfig.builder()
            .dev()
            .serveOrigin(URI.create("http://host.docker.internal:8080/"))
            .servePath("/inngest")
            .build();
    handler(config, hello()).handle(put("http://127.0.0.1:3000/api/inngest", Map.of()));
    assertThat(registered().get("url").asText())
        .isEqualTo("http://host.docker.internal:8080/inngest");
  }

  @Test
  void syncWithoutAnyWayToKnowTheOriginIsAClear400() {
    ServeResponse response =
        handler(InngestConfig.builder().dev().build(), hello())
            .handle(put("/api/inngest", Map.of()));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.bodyText()).contains("INNGEST_SERVE_ORIGIN");
    assertThat(outbound).isEmpty();
  }

  @Test
  void devModeRegistersWithoutAuthorizationButWithTheEnvHeader() {
    handler(InngestConfig.builder().dev().env("feature-x").build(), hello())
        .handle(put("http://localhost:3000/api/inngest", Map.of("X-Inngest-Server-Kind", "dev")));
    InngestTransport.Request register = outbound.get(0);
    assertThat(register.header("Authorization")).isEmpty();
    assertThat(register.header("X-Inngest-Env")).contains("feature-x");
    assertThat(register.header("X-Inngest-Expected-Server-Kind")).contains("dev");
    assertThat(register.header("x-inngest-sync-kind")).contains("out_of_band");
  }

  @Test
  void inBandSyncDisabledFallsBackToOutOfBand() {
    InngestServeHandler handler =
        handler(InngestConfig.builder().dev().allowInBandSync(false).build(), hello());
    ServeResponse response =
        handler.handle(
            new ServeRequest(
                "PUT",
                URI.create("http://localhost:3000/api/inngest"),
                Map.of("x-inngest-sync-kind", "in_band"),
                "{\"url\":\"http://localhost:3000/api/inngest\"}".getBytes()));
    assertThat(response.header("x-inngest-sync-kind")).contains("out_of_band");
    assertThat(outbound).hasSize(1);
  }

  @Test
  void capabilitiesAdvertiseOnlyWhatIsImplemented() throws IOException {
    handler(InngestConfig.builder().dev().allowInBandSync(false).build(), hello())
        .handle(put("http://localhost:3000/api/inngest", Map.of()));
    assertThat(registered().get("capabilities").toString()).isEqualTo("{\"trust_probe\":\"v1\"}");
  }

  @Test
  void refusesToStartInCloudModeWithoutASigningKey() {
    assertThatThrownBy(() -> handler(InngestConfig.builder().build(), hello()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INNGEST_SIGNING_KEY");
  }

  @Test
  void refusesTwoFunctionsWithOneId() {
    assertThatThrownBy(() -> handler(InngestConfig.builder().dev().build(), hello(), hello()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hello");
  }

  @Test
  void stepIdFallsBackToTheStepIdHeader() {
    WorkflowFunction twoSteps =
        Workflow.function("two", "Two")
            .trigger("a/b", null)
            .handler(
                (ctx, step) ->
                    step.parallel(
                        List.of(
                            () -> step.run("x", String.class, () -> "X"),
                            () -> step.run("y", String.class, () -> "Y"))));
    String body =
        "{\"event\":{\"name\":\"a/b\",\"data\":{}},\"ctx\":{\"disable_immediate_execution\":true}}";
    ServeResponse response =
        handler(InngestConfig.builder().dev().build(), twoSteps)
            .handle(
                new ServeRequest(
                    "POST",
                    URI.create("/api/inngest?fnId=handyman-app-two"),
                    Map.of(
                        "X-Inngest-Step-ID",
                        io.github.handymanworkflows.execution.StepIds.hash("y")),
                    body.getBytes(StandardCharsets.UTF_8)));
    assertThat(response.status()).isEqualTo(206);
    assertThat(response.bodyText()).contains("\"data\":\"Y\"").doesNotContain("\"X\"");
  }

  @Test
  void devModeWithoutAKeyWarnsAtStartupThatNothingIsAuthenticated() throws Exception {
    String log = CapturedLog.during(() -> handler(InngestConfig.builder().dev().build(), hello()));
    assertThat(log).contains("NOT authenticated").contains("INNGEST_DEV");
  }

  @Test
  void cloudModeRefusesToStartWithoutAServeOrigin() {
    assertThatThrownBy(
            () -> handler(InngestConfig.builder().signingKey("signkey-test-12").build(), hello()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INNGEST_SERVE_ORIGIN");
  }

  @Test
  void aSyncArrivingWhileAnotherRunsIsA409InsteadOfASecondOutboundCall() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    InngestTransport slow =
        request -> {
          entered.countDown();
          release.await();
          return new InngestTransport.Response(
              200, Map.of(), "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
        };
    ExecutionCore core =
        new ExecutionCore(
            new EventCodec(EventRegistry.builder().build()),
            events -> CompletableFuture.failedFuture(new IllegalStateException("not in tests")),
            Clock.systemUTC());
    InngestServeHandler handler =
        new InngestServeHandler(
            InngestConfig.builder().dev().build(), List.of(hello()), core, slow, Clock.systemUTC());
    CompletableFuture<ServeResponse> first =
        CompletableFuture.supplyAsync(
            () -> handler.handle(put("http://localhost:3000/api/inngest", Map.of())));
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
    ServeResponse second = handler.handle(put("http://localhost:3000/api/inngest", Map.of()));
    release.countDown();
    assertThat(second.status()).isEqualTo(409);
    assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
  }

  @Test
  void headerLookupsAreCaseInsensitive() {
    ServeRequest request =
        new ServeRequest(
            "post", URI.create("/x"), Map.of("x-INNGEST-signature", "t=1&s=2"), new byte[0]);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.header("X-Inngest-Signature")).contains("t=1&s=2");
  }
}
