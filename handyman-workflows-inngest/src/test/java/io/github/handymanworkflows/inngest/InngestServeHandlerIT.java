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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.execution.StepIds;
import io.github.handymanworkflows.internal.json.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plays the Inngest server against the serve endpoint over real HTTP (the JDK server and client),
 * with a fake Inngest API for sync, {@code use_api} and events. Covers the checklist of the
 * protocol document, section 9.1; the numbers in comments refer to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InngestServeHandlerIT {

  private static final String KEY = "signkey-test-7468697320697320612074657374206b6579";
  private static final String FALLBACK = "signkey-test-00112233445566778899aabbccddeeff";
  private static final String EVENT_KEY = "test-event-key";
  private static final String APP = "shop-app";
  private static final String ORIGIN = "https://shop.example.com";
  private static final String EVENT =
      "{\"data\":{\"orderId\":\"o_1\",\"total\":5},\"id\":\"01JQ7Z5T\",\"name\":\"shop/order.created\","
          + "\"ts\":1767225600000,\"user\":{}}";
  private static final Set<String> UNAUTHENTICATED_KEYS =
      Set.of(
          "authentication_succeeded",
          "function_count",
          "has_event_key",
          "has_signing_key",
          "has_signing_key_fallback",
          "mode",
          "schema_version");
  private static final Set<String> AUTHENTICATED_KEYS =
      Set.of(
          "api_origin",
          "app_id",
          "authentication_succeeded",
          "capabilities",
          "env",
          "event_api_origin",
          "event_key_hash",
          "framework",
          "function_count",
          "has_event_key",
          "has_signing_key",
          "has_signing_key_fallback",
          "mode",
          "schema_version",
          "sdk_language",
          "sdk_version",
          "serve_origin",
          "serve_path",
          "signing_key_fallback_hash",
          "signing_key_hash");

  private final HttpClient http = HttpClient.newHttpClient();
  private final long signingBase = Instant.now().getEpochSecond();
  private final java.util.concurrent.atomic.AtomicInteger signedCalls =
      new java.util.concurrent.atomic.AtomicInteger();
  private final TestFunctions counters = new TestFunctions();
  private FakeInngestApi api;
  private InngestApp cloud;
  private InngestApp dev;
  private HttpServer cloudServer;
  private HttpServer devServer;

  @BeforeAll
  void start() throws IOException {
    api = new FakeInngestApi();
    cloud =
        InngestApp.builder(
                InngestConfig.builder()
                    .appId(APP)
                    .signingKey(KEY)
                    .signingKeyFallback(FALLBACK)
                    .eventKey(EVENT_KEY)
                    .baseUrl(api.origin())
                    .serveOrigin(URI.create(ORIGIN))
                    .build())
            .functions(counters.all())
            .build();
    dev =
        InngestApp.builder(InngestConfig.builder().appId(APP).dev(api.origin()).build())
            .functions(counters.all())
            .build();
    cloudServer = serve(cloud.handler());
    devServer = serve(dev.handler());
  }

  private static HttpServer serve(InngestServeHandler handler) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    JdkHttpServerAdapter.mount(server, "/api/inngest", handler);
    server.start();
    return server;
  }

  @AfterAll
  void stop() {
    cloudServer.stop(0);
    devServer.stop(0);
    cloud.close();
    dev.close();
    api.close();
  }

  @BeforeEach
  void resetFakeApi() {
    api.reset();
  }

  // ---- HTTP helpers --------------------------------------------------------------------------

  record Reply(int status, java.net.http.HttpHeaders headers, String body) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return Json.mapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private static URI endpoint(HttpServer server, String query) {
    return URI.create(
        "http://127.0.0.1:"
            + server.getAddress().getPort()
            + "/api/inngest"
            + (query.isEmpty() ? "" : "?" + query));
  }

  private Reply send(
      HttpServer server, String method, String query, byte[] body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(endpoint(server, query))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.headers(), r.body());
  }

  /** A sync {@code PUT} signed as Inngest signs it (over the empty body). */
  private Reply signedPut(HttpServer server, String query, Map<String, String> headers)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put(
        "X-Inngest-Signature", Signatures.sign(KEY, new byte[0], Instant.now().getEpochSecond()));
    return send(server, "PUT", query, new byte[0], all);
  }

  private Reply signedPut() throws IOException, InterruptedException {
    return signedPut(cloudServer, "", Map.of());
  }

  private Reply signedPost(String query, String body, String key, long skewSeconds)
      throws IOException, InterruptedException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String signature = Signatures.sign(key, bytes, Instant.now().getEpochSecond() + skewSeconds);
    return send(
        cloudServer,
        "POST",
        query,
        bytes,
        Map.of("Content-Type", "application/json", "X-Inngest-Signature", signature));
  }

  /**
   * Signs each call with its own timestamp, counting down from the suite's start: the endpoint
   * refuses a signature it has seen for the same function and step, and several tests send the same
   * body within one second.
   */
  private Reply signedPost(String query, String body) throws IOException, InterruptedException {
    long t = signingBase - signedCalls.getAndIncrement() % 240;
    return signedPost(query, body, KEY, t - Instant.now().getEpochSecond());
  }

  private Reply call(String fnId, String stepId, String body)
      throws IOException, InterruptedException {
    return signedPost("fnId=" + fnId + "&stepId=" + stepId, body);
  }

  /** A call request body as the server sends it. */
  private static String body(Map<String, String> memo, boolean die, int attempt) {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode ctx = root.putObject("ctx");
    ctx.put("attempt", attempt);
    ctx.put("disable_immediate_execution", die);
    ctx.put("env", "");
    ctx.put("fn_id", "0d2b4f6a-8c1e-5a3b-9d7f-1e2c3b4a5d6e");
    ctx.put("max_attempts", 4);
    ctx.put("run_id", "01JQ7Z5V9K3M4N5P6Q7R8S9T0V");
    ObjectNode stack = ctx.putObject("stack");
    stack.put("current", memo.size());
    ArrayNode ids = stack.putArray("stack");
    ctx.put("step_id", "step");
    ctx.put("use_api", false);
    root.putObject("defers");
    JsonNode event = parse(EVENT);
    root.set("event", event);
    root.putArray("events").add(event);
    ObjectNode steps = root.putObject("steps");
    memo.forEach(
        (userId, json) -> {
          String hash = StepIds.hash(userId);
          steps.set(hash, parse(json));
          ids.add(hash);
        });
    root.put("use_api", false);
    root.put("version", memo.isEmpty() ? -1 : 2);
    return root.toString();
  }

  private static String body() {
    return body(Map.of(), false, 0);
  }

  private static JsonNode parse(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new TreeSet<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(keys::add);
    return keys;
  }

  private static void assertIdentity(Reply reply) {
    assertThat(reply.header("X-Inngest-Sdk")).matches("[^:]+:v\\d+\\.\\d+\\.\\d+");
    assertThat(reply.header("X-Inngest-Sdk")).isEqualTo(InngestSdk.SDK);
    assertThat(reply.header("X-Inngest-Req-Version")).isEqualTo("2");
    assertThat(reply.header("Content-Type")).isEqualTo("application/json");
  }

  private static void assertCleanError(Reply reply, int status) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.body()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(reply.json().path("message").asText()).isNotBlank();
  }

  // ---- 1-4: serve endpoint -------------------------------------------------------------------

  @Test
  void everyResponseCarriesTheSdkIdentityAndRequestVersion() throws Exception {
    List<Reply> replies = new ArrayList<>();
    replies.add(send(cloudServer, "GET", "", new byte[0], Map.of()));
    replies.add(signedPut());
    replies.add(call(APP + "-hello", "step", body()));
    replies.add(call(APP + "-hello", "step", "{not json"));
    replies.add(call(APP + "-nope", "step", body()));
    replies.add(send(cloudServer, "DELETE", "", new byte[0], Map.of()));
    replies.add(send(devServer, "POST", "fnId=" + APP + "-hello", body().getBytes(), Map.of()));
    for (Reply reply : replies) {
      assertIdentity(reply);
    }
  }

  @Test
  void unsignedIntrospectionIsTheUnauthenticatedBody() throws Exception {
    Reply reply = send(cloudServer, "GET", "", new byte[0], Map.of());
    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(keys(body)).isEqualTo(UNAUTHENTICATED_KEYS);
    assertThat(body.get("authentication_succeeded").isNull()).isTrue();
    assertThat(body.get("schema_version").asText()).isEqualTo("2024-05-24");
    assertThat(body.get("mode").asText()).isEqualTo("cloud");
    assertThat(body.get("function_count").asInt()).isEqualTo(counters.all().size() + 1);
    assertThat(body.get("has_signing_key").asBoolean()).isTrue();
    assertThat(body.get("has_signing_key_fallback").asBoolean()).isTrue();
    assertThat(body.get("has_event_key").asBoolean()).isTrue();
  }

  @Test
  void wronglySignedIntrospectionHasNoPrivilegedFields() throws Exception {
    String bad =
        Signatures.sign("signkey-test-abcdef", new byte[0], Instant.now().getEpochSecond());
    Reply reply = send(cloudServer, "GET", "", new byte[0], Map.of("X-Inngest-Signature", bad));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(keys(reply.json())).isEqualTo(UNAUTHENTICATED_KEYS);
    assertThat(reply.json().get("authentication_succeeded").asBoolean(true)).isFalse();
  }

  @Test
  void signedIntrospectionHasEveryAuthenticatedFieldAndNoOthers() throws Exception {
    String good = Signatures.sign(KEY, new byte[0], Instant.now().getEpochSecond());
    Reply reply = send(cloudServer, "GET", "", new byte[0], Map.of("X-Inngest-Signature", good));
    JsonNode body = reply.json();
    assertThat(keys(body)).isEqualTo(AUTHENTICATED_KEYS);
    assertThat(body.get("authentication_succeeded").asBoolean()).isTrue();
    assertThat(body.get("app_id").asText()).isEqualTo(APP);
    assertThat(body.get("api_origin").asText()).isEqualTo(api.origin().toString());
    assertThat(body.get("sdk_language").asText()).isEqualTo("java");
    assertThat(body.get("event_key_hash").asText())
        .isEqualTo(Signatures.sha256Hex(EVENT_KEY.getBytes(StandardCharsets.UTF_8)));
    assertThat(body.get("signing_key_hash").asText())
        .isEqualTo(Signatures.digestHex(KEY).substring(0, 12));
    assertThat(reply.body()).doesNotContain(Signatures.hashedBearer(KEY));
  }

  @Test
  void devModeIntrospectionReportsDevWithoutAuthentication() throws Exception {
    Reply reply = send(devServer, "GET", "", new byte[0], Map.of());
    assertThat(reply.json().get("mode").asText()).isEqualTo("dev");
    assertThat(keys(reply.json())).isEqualTo(UNAUTHENTICATED_KEYS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DELETE", "PATCH", "OPTIONS"})
  void unsupportedMethodsAre405(String method) throws Exception {
    Reply reply = send(cloudServer, method, "", new byte[0], Map.of());
    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.header("Allow")).isEqualTo("GET, PUT, POST");
  }

  @Test
  void signedTrustProbeIsAnsweredAndSigned() throws Exception {
    Reply reply = signedPost("probe=trust", "");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{}");
    String signature = reply.header("X-Inngest-Signature");
    assertThat(
            new Signatures(KEY, null, java.time.Clock.systemUTC())
                .verify(signature, reply.body().getBytes(StandardCharsets.UTF_8)))
        .contains(KEY);
  }

  @Test
  void unsignedTrustProbeIsRejectedAndUnknownProbesAre400() throws Exception {
    assertThat(send(cloudServer, "POST", "probe=trust", new byte[0], Map.of()).status())
        .isEqualTo(401);
    assertCleanError(signedPost("probe=other", ""), 400);
  }

  @Test
  void unknownFunctionIs500AndRunsNothing() throws Exception {
    int before = counters.total();
    Reply reply = call(APP + "-does-not-exist", "step", body());
    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.header("X-Inngest-No-Retry")).isEqualTo("false");
    assertThat(reply.json().get("message").asText()).contains("does-not-exist");
    assertThat(counters.total()).isEqualTo(before);
  }

  @Test
  void acceptsCompositeAndBareFunctionIds() throws Exception {
    assertThat(call(APP + "-hello", "step", body()).status()).isEqualTo(200);
    // Each signed with its own timestamp: the same signature for the same function, named either
    // way, would be a replay.
    assertThat(signedPost("fnId=hello&stepId=step", body()).status()).isEqualTo(200);
  }

  // ---- 5-8: signatures -----------------------------------------------------------------------

  @Test
  void missingSignatureIsRejectedWithoutIdentityHeadersAndRunsNothing() throws Exception {
    int before = counters.total();
    Reply reply =
        send(
            cloudServer, "POST", "fnId=" + APP + "-hello&stepId=step", body().getBytes(), Map.of());
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(reply.header("X-Inngest-Sdk")).isNull();
    assertThat(reply.header("X-Inngest-Req-Version")).isNull();
    assertThat(reply.header("X-Inngest-Sdk-Handled")).isEqualTo("true");
    assertThat(counters.total()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(longs = {-301, 301, -86_400})
  void staleAndFutureTimestampsAreRejected(long skew) throws Exception {
    int before = counters.total();
    assertThat(signedPost("fnId=" + APP + "-hello&stepId=step", body(), KEY, skew).status())
        .isEqualTo(401);
    assertThat(counters.total()).isEqualTo(before);
  }

  @Test
  void wrongKeyIsRejected() throws Exception {
    int before = counters.total();
    assertThat(
            signedPost("fnId=" + APP + "-hello&stepId=step", body(), "signkey-test-abcdef", 0)
                .status())
        .isEqualTo(401);
    assertThat(counters.total()).isEqualTo(before);
  }

  @Test
  void bodyAlteredByOneByteIsRejected() throws Exception {
    int before = counters.total();
    byte[] signedBytes = body().getBytes(StandardCharsets.UTF_8);
    String signature = Signatures.sign(KEY, signedBytes, Instant.now().getEpochSecond());
    byte[] tampered = body().replace("\"total\":5", "\"total\":6").getBytes(StandardCharsets.UTF_8);
    Reply reply =
        send(
            cloudServer,
            "POST",
            "fnId=" + APP + "-hello&stepId=step",
            tampered,
            Map.of("X-Inngest-Signature", signature));
    assertThat(reply.status()).isEqualTo(401);
    assertThat(counters.total()).isEqualTo(before);
  }

  @Test
  void validPrimaryAndFallbackOnlySignaturesAreAccepted() throws Exception {
    int before = counters.helloRuns.get();
    Reply primary = signedPost("fnId=" + APP + "-hello&stepId=step", body());
    Reply fallback = signedPost("fnId=" + APP + "-hello&stepId=step", body(), FALLBACK, 0);
    assertThat(primary.status()).isEqualTo(200);
    assertThat(fallback.status()).isEqualTo(200);
    assertThat(counters.helloRuns.get()).isEqualTo(before + 2);
    // Responses to verified requests are signed with the key that verified them.
    assertThat(
            new Signatures(FALLBACK, null, java.time.Clock.systemUTC())
                .verify(
                    fallback.header("X-Inngest-Signature"),
                    fallback.body().getBytes(StandardCharsets.UTF_8)))
        .isPresent();
  }

  @Test
  void cloudModeWithoutASigningKeyRefusesToStart() {
    assertThatThrownBy(
            () -> InngestApp.builder(InngestConfig.fromEnvironment(Map.of())).functions().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INNGEST_SIGNING_KEY");
  }

  @Test
  void devModeAcceptsUnsignedCallRequests() throws Exception {
    Reply reply =
        send(devServer, "POST", "fnId=" + APP + "-hello&stepId=step", body().getBytes(), Map.of());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("ok").asBoolean()).isTrue();
  }

  // ---- malformed input -----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{not json",
        "",
        "[]",
        "\"text\"",
        "{\"event\":" + EVENT + "} trailing",
        "{\"events\":\"nope\"}",
        "{\"events\":[1]}",
        "{\"event\":" + EVENT + ",\"steps\":[]}",
        "{\"event\":" + EVENT + ",\"ctx\":{\"attempt\":\"zero\"}}",
        "{\"event\":" + EVENT + ",\"ctx\":{\"stack\":{\"stack\":\"x\"}}}",
        "{\"event\":" + EVENT + ",\"ctx\":{\"disable_immediate_execution\":\"yes\"}}",
        "{\"ctx\":{}}"
      })
  void malformedCallRequestsAreAClear400AndRunNothing(String body) throws Exception {
    int before = counters.total();
    Reply reply = call(APP + "-hello", "step", body);
    assertCleanError(reply, 400);
    assertThat(reply.header("X-Inngest-No-Retry")).isEqualTo("true");
    assertIdentity(reply);
    assertThat(counters.total()).isEqualTo(before);
  }

  @Test
  void wrongShapesNameTheField() throws Exception {
    Reply reply =
        call(APP + "-hello", "step", "{\"event\":" + EVENT + ",\"ctx\":{\"attempt\":\"zero\"}}");
    assertThat(reply.json().get("message").asText()).contains("ctx.attempt");
  }

  @Test
  void missingFnIdIsA400() throws Exception {
    assertCleanError(signedPost("stepId=step", body()), 400);
  }

  @Test
  void oversizedBodiesAreA413AndRunNothing() throws Exception {
    int before = counters.total();
    byte[] huge = new byte[InngestServeHandler.MAX_BODY_BYTES + 10];
    java.util.Arrays.fill(huge, (byte) ' ');
    Reply reply = send(devServer, "POST", "fnId=" + APP + "-hello&stepId=step", huge, Map.of());
    assertCleanError(reply, 413);
    assertThat(reply.json().get("message").asText()).contains("limit");
    assertThat(counters.total()).isEqualTo(before);
  }

  // ---- 9-14: sync ----------------------------------------------------------------------------

  @Test
  void outOfBandSyncRegistersOnceWithTheDeployIdAndHashedBearer() throws Exception {
    Reply reply =
        signedPut(cloudServer, "deployId=d1&keep=yes", Map.of("X-Inngest-Server-Kind", "cloud"));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("message").asText()).isEqualTo("Successfully synced.");
    assertThat(reply.json().get("modified").asBoolean()).isTrue();
    assertThat(reply.header("x-inngest-sync-kind")).isEqualTo("out_of_band");
    List<FakeInngestApi.Recorded> registers = api.requestsTo("/fn/register");
    assertThat(registers).hasSize(1);
    FakeInngestApi.Recorded register = registers.get(0);
    assertThat(register.method()).isEqualTo("POST");
    assertThat(register.query()).isEqualTo("deployId=d1");
    assertThat(register.header("Authorization"))
        .isEqualTo("Bearer " + Signatures.hashedBearer(KEY));
    assertThat(register.header("X-Inngest-Expected-Server-Kind")).isEqualTo("cloud");
    JsonNode body = parse(register.body());
    assertThat(register.header("X-Inngest-Sdk")).isEqualTo(body.get("sdk").asText());
    String url = body.get("url").asText();
    // Only the configured origin and path: no Host, no query parameter of the PUT.
    assertThat(url).isEqualTo(ORIGIN + "/api/inngest");
  }

  @Test
  void registerBodyDescribesEveryFunctionInTheDocumentedShapes() throws Exception {
    signedPut();
    JsonNode body = parse(api.requestsTo("/fn/register").get(0).body());
    String url = ORIGIN + "/api/inngest";
    assertThat(body.get("deployType").asText()).isEqualTo("ping");
    assertThat(body.get("v").asText()).isEqualTo("0.1");
    assertThat(body.get("appName").asText()).isEqualTo(APP);
    Map<String, JsonNode> functions = new LinkedHashMap<>();
    body.get("functions").forEach(f -> functions.put(f.get("id").asText(), f));
    assertThat(functions).containsKeys(APP + "-hello", APP + "-process-order");
    for (JsonNode fn : functions.values()) {
      assertThat(fn.get("name").asText()).isNotBlank();
      JsonNode runtime = fn.at("/steps/step/runtime");
      assertThat(runtime.get("type").asText()).isEqualTo("http");
      assertThat(runtime.get("url").asText())
          .isEqualTo(url + "?fnId=" + fn.get("id").asText() + "&stepId=step");
    }
    assertThat(functions.get(APP + "-hello").at("/steps/step/retries").isMissingNode()).isTrue();
    JsonNode order = functions.get(APP + "-process-order");
    assertThat(order.at("/steps/step/retries/attempts").asInt()).isEqualTo(3);
    assertThat(order.get("triggers").toString())
        .isEqualTo("[{\"event\":\"shop/order.created\",\"expression\":\"event.data.total > 0\"}]");
    assertThat(order.get("concurrency").toString())
        .isEqualTo(
            "[{\"limit\":10,\"key\":\"event.data.customerId\",\"scope\":\"fn\"},"
                + "{\"limit\":2,\"key\":\"event.data.region\",\"scope\":\"account\"}]");
    assertThat(order.get("cancel").toString())
        .isEqualTo(
            "[{\"event\":\"shop/order.cancelled\","
                + "\"if\":\"event.data.orderId == async.data.orderId\",\"timeout\":\"1w\"}]");
    assertThat(order.get("timeouts").toString())
        .isEqualTo("{\"start\":\"1m30s\",\"finish\":\"1h\"}");
    assertThat(order.get("idempotency").asText()).isEqualTo("event.data.orderId");
    assertThat(functions.get(APP + "-weekly-report").get("triggers").toString())
        .isEqualTo("[{\"cron\":\"TZ=Europe/Paris 0 9 * * 1\"}]");
  }

  @Test
  void failureHandlerIsRegisteredAsItsOwnFunction() throws Exception {
    signedPut();
    JsonNode body = parse(api.requestsTo("/fn/register").get(0).body());
    JsonNode failure = null;
    for (JsonNode fn : body.get("functions")) {
      if (fn.get("id").asText().equals(APP + "-process-order-failure")) {
        failure = fn;
      }
    }
    assertThat(failure).isNotNull();
    assertThat(failure.get("name").asText()).isEqualTo("Process order (failure)");
    assertThat(failure.get("triggers").toString())
        .isEqualTo(
            "[{\"event\":\"inngest/function.failed\","
                + "\"expression\":\"event.data.function_id == '"
                + APP
                + "-process-order'\"}]");
    assertThat(failure.has("concurrency")).isFalse();
    int before = counters.failureRuns.get();
    String failed =
        "{\"event\":{\"name\":\"inngest/function.failed\",\"data\":{\"function_id\":\""
            + APP
            + "-process-order\"},\"id\":\"r1\",\"ts\":1,\"user\":{}},\"ctx\":{\"run_id\":\"r2\"}}";
    assertThat(call(APP + "-process-order-failure", "step", failed).status()).isEqualTo(200);
    assertThat(counters.failureRuns.get()).isEqualTo(before + 1);
  }

  @Test
  void registerErrorsMapToA500WithTheirMessage() throws Exception {
    api.script("/fn/register", new FakeInngestApi.Answer(400, "{\"error\":\"boom\"}"));
    Reply reply = signedPut();
    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.json().toString()).isEqualTo("{\"message\":\"boom\",\"modified\":false}");
  }

  @Test
  void unreachableRegisterIsA500() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    InngestApp offline =
        InngestApp.builder(
                InngestConfig.builder()
                    .appId(APP)
                    .signingKey(KEY)
                    .baseUrl(URI.create("http://127.0.0.1:" + closedPort))
                    .serveOrigin(URI.create(ORIGIN))
                    .build())
            .functions(counters.all())
            .build();
    HttpServer server = serve(offline.handler());
    try {
      Reply reply = signedPut(server, "", Map.of());
      assertThat(reply.status()).isEqualTo(500);
      assertThat(reply.json().get("modified").asBoolean(true)).isFalse();
      // Generic: the internal address of Inngest stays in the log.
      assertThat(reply.json().get("message").asText())
          .contains("could not reach")
          .doesNotContain("127.0.0.1")
          .doesNotContain("Exception");
    } finally {
      server.stop(0);
      offline.close();
    }
  }

  @Test
  void register401IsRetriedOnceWithTheFallbackKey() throws Exception {
    api.script(
        "/fn/register",
        new FakeInngestApi.Answer(401, "{\"error\":\"Your signing key is invalid\"}"),
        new FakeInngestApi.Answer(200, "{\"ok\":true,\"modified\":false}"));
    Reply reply = signedPut();
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("modified").asBoolean(true)).isFalse();
    List<FakeInngestApi.Recorded> registers = api.requestsTo("/fn/register");
    assertThat(registers).hasSize(2);
    assertThat(registers.get(0).header("Authorization"))
        .isEqualTo("Bearer " + Signatures.hashedBearer(KEY));
    assertThat(registers.get(1).header("Authorization"))
        .isEqualTo("Bearer " + Signatures.hashedBearer(FALLBACK));
  }

  @Test
  void signedInBandSyncAnswersWithTheConfigAndPostsNothing() throws Exception {
    String url = "https://tunnel.example.com/api/inngest";
    byte[] bytes = ("{\"url\":\"" + url + "\"}").getBytes(StandardCharsets.UTF_8);
    Reply reply =
        send(
            cloudServer,
            "PUT",
            "",
            bytes,
            Map.of(
                "x-inngest-sync-kind", "in_band",
                "X-Inngest-Server-Kind", "cloud",
                "X-Inngest-Signature",
                    Signatures.sign(KEY, bytes, Instant.now().getEpochSecond())));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("x-inngest-sync-kind")).isEqualTo("in_band");
    JsonNode body = reply.json();
    assertThat(body.get("app_id").asText()).isEqualTo(APP);
    assertThat(body.get("sdk_language").asText()).isEqualTo("java");
    assertThat(body.get("sdk_version").asText()).isEqualTo(InngestSdk.VERSION);
    assertThat(body.get("url").asText()).isEqualTo(url);
    assertThat(body.get("functions").get(0).at("/steps/step/runtime/url").asText())
        .startsWith(url + "?fnId=" + APP + "-");
    assertThat(body.get("inspection").get("authentication_succeeded").asBoolean()).isTrue();
    assertThat(
            new Signatures(KEY, null, java.time.Clock.systemUTC())
                .verify(
                    reply.header("X-Inngest-Signature"),
                    reply.body().getBytes(StandardCharsets.UTF_8)))
        .isPresent();
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void unsignedInBandSyncIsRejectedAndMissingUrlIsA400() throws Exception {
    byte[] bytes = "{\"url\":\"https://x.example.com/api/inngest\"}".getBytes();
    assertThat(
            send(cloudServer, "PUT", "", bytes, Map.of("x-inngest-sync-kind", "in_band")).status())
        .isEqualTo(401);
    byte[] noUrl = "{}".getBytes();
    Reply reply =
        send(
            cloudServer,
            "PUT",
            "",
            noUrl,
            Map.of(
                "x-inngest-sync-kind",
                "in_band",
                "X-Inngest-Signature",
                Signatures.sign(KEY, noUrl, Instant.now().getEpochSecond())));
    assertCleanError(reply, 400);
    assertThat(api.requests()).isEmpty();
  }

  // ---- 15-27: execution over HTTP ------------------------------------------------------------

  @Test
  void loopedStepIdsGetSuffixedHashes() throws Exception {
    Reply reply =
        call(
            APP + "-loop",
            "step",
            body(
                new LinkedHashMap<>(
                    Map.of("loop-item", "{\"data\":0}", "loop-item:1", "{\"data\":1}")),
                false,
                0));
    assertThat(reply.status()).isEqualTo(206);
    assertThat(reply.json().get(0).get("id").asText())
        .isEqualTo("8f7ad52910a080d68d8a7c5c51f51200c1ac2585");
  }

  @Test
  void discoveryRunsOneNewStepImmediately() throws Exception {
    int before = counters.firstStepRuns.get();
    Reply reply = call(APP + "-process-order", "step", body());
    assertThat(reply.status()).isEqualTo(206);
    assertThat(reply.header("X-Inngest-No-Retry")).isEqualTo("false");
    assertThat(reply.body())
        .isEqualTo(
            "[{\"id\":\"98bf98df193bcce7c33e6bc50927cf2ac21206cb\",\"op\":\"StepRun\","
                + "\"name\":\"first step\",\"displayName\":\"first step\",\"data\":\"one\"}]");
    assertThat(counters.firstStepRuns.get()).isEqualTo(before + 1);
  }

  @Test
  void disabledImmediateExecutionPlansTheStepWithoutRunningIt() throws Exception {
    int before = counters.firstStepRuns.get();
    Reply reply = call(APP + "-process-order", "step", body(Map.of(), true, 0));
    assertThat(reply.status()).isEqualTo(206);
    assertThat(reply.json().get(0).get("op").asText()).isEqualTo("StepPlanned");
    assertThat(counters.firstStepRuns.get()).isEqualTo(before);
  }

  @Test
  void targetedRequestRunsOnlyItsStep() throws Exception {
    int first = counters.firstStepRuns.get();
    int second = counters.secondStepRuns.get();
    Map<String, String> memo = new LinkedHashMap<>();
    memo.put("first step", "{\"data\":\"one\"}");
    memo.put("sleep", "null");
    Reply reply = call(APP + "-process-order", StepIds.hash("second step"), body(memo, true, 0));
    assertThat(reply.status()).isEqualTo(206);
    assertThat(reply.json()).hasSize(1);
    assertThat(reply.json().get(0).get("op").asText()).isEqualTo("StepRun");
    assertThat(reply.json().get(0).get("data").asText()).isEqualTo("two");
    assertThat(counters.firstStepRuns.get()).isEqualTo(first);
    assertThat(counters.secondStepRuns.get()).isEqualTo(second + 1);
  }

  @Test
  void targetedRequestForAnUnreachedStepIsARetriable500() throws Exception {
    Reply reply = call(APP + "-process-order", StepIds.hash("never"), body(Map.of(), true, 0));
    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.header("X-Inngest-No-Retry")).isEqualTo("false");
    assertThat(reply.body()).doesNotContain("StepNotFound");
    assertThat(reply.json().get("requestedStep").asText()).isEqualTo(StepIds.hash("never"));
  }

  @Test
  void memoizedStepsAreNotRerunAndASleepIsReportedUntilItsKeyIsPresent() throws Exception {
    int before = counters.firstStepRuns.get();
    Reply sleeping =
        call(
            APP + "-process-order",
            "step",
            body(Map.of("first step", "{\"data\":\"one\"}"), false, 0));
    assertThat(sleeping.body())
        .isEqualTo(
            "[{\"id\":\"c3ca5f787365eae0dea86250e27d476406956478\",\"op\":\"Sleep\","
                + "\"name\":\"sleep\",\"displayName\":\"sleep\",\"opts\":{\"duration\":\"1m\"},"
                + "\"data\":null}]");
    Map<String, String> memo = new LinkedHashMap<>();
    memo.put("first step", "{\"data\":\"one\"}");
    memo.put("sleep", "null");
    memo.put("second step", "{\"data\":\"two\"}");
    Reply done = call(APP + "-process-order", "step", body(memo, false, 0));
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.json().get("a").asText()).isEqualTo("one");
    assertThat(done.json().get("b").asText()).isEqualTo("two");
    assertThat(counters.firstStepRuns.get()).isEqualTo(before);
  }

  @Test
  void sleepDurationsAreTimeStrings() throws Exception {
    Reply reply = call(APP + "-waits", "step", body());
    assertThat(reply.json().get(0).at("/opts/duration").asText()).isEqualTo("1m30s");
  }

  @Test
  void uncaughtMemoizedStepErrorFailsTheRunWithTheOriginalError() throws Exception {
    String error =
        "{\"error\":{\"name\":\"IOException\",\"message\":\"connection reset\",\"stack\":\"s\"}}";
    Reply reply = call(APP + "-flaky", "step", body(Map.of("flaky-call", error), false, 0));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("X-Inngest-No-Retry")).isEqualTo("true");
    assertThat(reply.json().get("name").asText()).isEqualTo("IOException");
    assertThat(reply.json().get("message").asText()).isEqualTo("connection reset");
  }

  @Test
  void caughtMemoizedStepErrorLetsTheRunContinue() throws Exception {
    String error = "{\"error\":{\"name\":\"Error\",\"message\":\"bad input\"}}";
    Reply reply = call(APP + "-recovers", "step", body(Map.of("validate", error), false, 0));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().asText()).isEqualTo("recovered from bad input");
  }

  @Test
  void functionErrorsMapToTheDocumentedStatusesAndHeaders() throws Exception {
    Reply plain = call(APP + "-plain-error", "step", body());
    assertThat(plain.status()).isEqualTo(500);
    assertThat(plain.header("X-Inngest-No-Retry")).isEqualTo("false");
    assertThat(plain.json().get("message").asText()).isEqualTo("boom");

    Reply nonRetriable = call(APP + "-non-retriable", "step", body());
    assertThat(nonRetriable.status()).isEqualTo(400);
    assertThat(nonRetriable.header("X-Inngest-No-Retry")).isEqualTo("true");
    assertThat(nonRetriable.json().get("name").asText()).isEqualTo("NonRetriableError");

    Reply later = call(APP + "-retry-later", "step", body());
    assertThat(later.status()).isEqualTo(500);
    assertThat(later.header("X-Inngest-No-Retry")).isEqualTo("false");
    assertThat(later.header("Retry-After")).isEqualTo("30");
  }

  @Test
  void stepErrorsAreRetriableUntilTheFinalAttempt() throws Exception {
    Reply first = call(APP + "-flaky", "step", body(Map.of(), false, 0));
    assertThat(first.status()).isEqualTo(206);
    assertThat(first.header("X-Inngest-No-Retry")).isEqualTo("false");
    assertThat(first.json().get(0).get("op").asText()).isEqualTo("StepError");
    assertThat(first.json().get(0).at("/error/message").asText()).isEqualTo("connection reset");

    Reply last = call(APP + "-flaky", "step", body(Map.of(), false, 3));
    assertThat(last.status()).isEqualTo(206);
    assertThat(last.header("X-Inngest-No-Retry")).isEqualTo("true");
    assertThat(last.json().get(0).get("op").asText()).isEqualTo("StepFailed");
  }

  @Test
  void parallelGroupIsPlannedWithoutRunningAndEachTargetRunsOneBranch() throws Exception {
    int before = counters.branchRuns.get();
    Reply planned = call(APP + "-enrich", "step", body());
    assertThat(planned.status()).isEqualTo(206);
    assertThat(planned.body())
        .isEqualTo(
            "[{\"id\":\"1419522417cff8c6ddd205cc9882d16411490c09\",\"op\":\"StepPlanned\","
                + "\"name\":\"step-a\",\"displayName\":\"step-a\"},"
                + "{\"id\":\"fe0ff3a9f16e8030660e5c6c446c04439143a0d1\",\"op\":\"StepPlanned\","
                + "\"name\":\"step-b\",\"displayName\":\"step-b\"}]");
    assertThat(counters.branchRuns.get()).isEqualTo(before);
    Reply a = call(APP + "-enrich", StepIds.hash("step-a"), body(Map.of(), true, 0));
    assertThat(a.json()).hasSize(1);
    assertThat(a.json().get(0).get("data").asText()).isEqualTo("A");
    assertThat(counters.branchRuns.get()).isEqualTo(before + 1);
  }

  @Test
  void theSameRequestTwiceGivesByteIdenticalOps() throws Exception {
    // Signed separately, as Inngest signs each attempt: the same signature twice is a replay.
    String request = body(Map.of(), true, 0);
    String query = "fnId=" + APP + "-enrich&stepId=step";
    assertThat(signedPost(query, request).body()).isEqualTo(signedPost(query, request).body());
  }

  @Test
  void useApiLoadsEventsAndStepsFromTheApiWithTheBearer() throws Exception {
    String run = "01JQ7Z5V9K3M4N5P6Q7R8S9T0V";
    api.script("/v0/runs/" + run + "/batch", new FakeInngestApi.Answer(200, "[" + EVENT + "]"));
    api.script(
        "/v0/runs/" + run + "/actions",
        new FakeInngestApi.Answer(
            200,
            "{\""
                + StepIds.hash("first step")
                + "\":{\"data\":\"one\"},\""
                + StepIds.hash("sleep")
                + "\":null}"));
    int before = counters.firstStepRuns.get();
    String request =
        "{\"ctx\":{\"run_id\":\"" + run + "\",\"use_api\":true},\"events\":[],\"steps\":{}}";
    Reply reply = call(APP + "-process-order", "step", request);
    assertThat(reply.status()).isEqualTo(206);
    assertThat(reply.json().get(0).get("name").asText()).isEqualTo("second step");
    assertThat(counters.firstStepRuns.get()).isEqualTo(before);
    List<FakeInngestApi.Recorded> fetches = api.requestsTo("/v0/runs/");
    assertThat(fetches).hasSize(2);
    fetches.forEach(
        f ->
            assertThat(f.header("Authorization"))
                .isEqualTo("Bearer " + Signatures.hashedBearer(KEY)));
  }

  @Test
  void useApiFailureIsARetriable500() throws Exception {
    String run = "run-missing";
    api.script("/v0/runs/" + run + "/batch", new FakeInngestApi.Answer(200, "[" + EVENT + "]"));
    api.script("/v0/runs/" + run + "/actions", new FakeInngestApi.Answer(503, "{}"));
    int before = counters.total();
    Reply reply =
        call(APP + "-hello", "step", "{\"ctx\":{\"run_id\":\"" + run + "\",\"use_api\":true}}");
    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.header("X-Inngest-No-Retry")).isEqualTo("false");
    assertThat(reply.json().get("message").asText()).contains("503");
    assertThat(counters.total()).isEqualTo(before);
  }

  @Test
  void unknownFieldsAreIgnoredAndMissingContextIsTolerated() throws Exception {
    String request =
        "{\"event\":"
            + EVENT
            + ",\"brandNew\":{\"x\":1},\"ctx\":{\"future_flag\":true,\"stack\":{\"extra\":2}}}";
    assertThat(call(APP + "-hello", "step", request).status()).isEqualTo(200);
    assertThat(call(APP + "-hello", "step", "{\"event\":" + EVENT + "}").status()).isEqualTo(200);
  }

  // ---- 28: events ----------------------------------------------------------------------------

  @Test
  void publishPostsToTheEventApiAndReturnsTheServersIds() throws Exception {
    Event<JsonNode> event =
        new Event<>(
            "order-o_1", "shop/order.created", parse("{\"orderId\":\"o_1\"}"), Map.of(), null);
    PublishResult result =
        cloud.publisher().publish(List.of(event)).toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(result.ids()).hasSize(1).allMatch(id -> id.startsWith("01EV"));
    List<FakeInngestApi.Recorded> sends = api.requestsTo("/e/");
    assertThat(sends).hasSize(1);
    assertThat(sends.get(0).path()).isEqualTo("/e/" + EVENT_KEY);
    assertThat(sends.get(0).header("X-Inngest-Sdk")).isEqualTo(InngestSdk.SDK);
    assertThat(sends.get(0).header("x-inngest-event-id-seed")).matches("\\d+,[A-Za-z0-9+/=]+");
    JsonNode sent = parse(sends.get(0).body()).get(0);
    assertThat(sent.get("id").asText()).isEqualTo("order-o_1");
    assertThat(sent.get("data").get("orderId").asText()).isEqualTo("o_1");
    assertThat(sent.get("ts").isIntegralNumber()).isTrue();
  }

  @Test
  void emptyPublishSendsNothingAndReservedNamesAreRejected() throws Exception {
    assertThat(cloud.publisher().publish(List.of()).toCompletableFuture().get().ids()).isEmpty();
    Event<JsonNode> reserved =
        new Event<>(null, "inngest/function.failed", parse("{}"), Map.of(), null);
    assertThatThrownBy(() -> cloud.publisher().publish(reserved))
        .isInstanceOf(EventValidationException.class)
        .hasMessageContaining("inngest/");
    assertThat(api.requestsTo("/e/")).isEmpty();
  }

  @Test
  void rejectedEventsCompleteExceptionallyWithStatusAndError() {
    api.script(
        "/e/" + EVENT_KEY,
        new FakeInngestApi.Answer(401, "{\"error\":\"Event key not found\",\"status\":401}"));
    Event<JsonNode> event = new Event<>(null, "shop/x", parse("{}"), Map.of(), null);
    assertThatThrownBy(() -> cloud.publisher().publish(event).toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(EventPublishException.class)
        .hasMessageContaining("401")
        .hasMessageContaining("Event key not found")
        .hasMessageNotContaining(EVENT_KEY);
  }
}
