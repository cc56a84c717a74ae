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
import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The security review's findings against the Inngest serve endpoint, each over real HTTP through
 * the JDK adapter: sync redirection, repeated {@code fnId}, replays, dev mode with a key, JSON
 * limits, a stalled client, oversized and unsigned bodies, and log flooding.
 */
class ServeEndpointHardeningIT {

  private static final String KEY = "signkey-test-7468697320697320612074657374206b6579";
  private static final String ORIGIN = "https://app.example.com";
  private static final String EVENT =
      "{\"data\":{\"orderId\":\"o_1\",\"total\":5},\"id\":\"e1\",\"name\":\"shop/order.created\","
          + "\"ts\":1767225600000,\"user\":{}}";

  private final TestFunctions counters = new TestFunctions();
  private final List<AutoCloseable> open = new ArrayList<>();
  private FakeInngestApi api;

  @BeforeEach
  void startApi() throws IOException {
    api = new FakeInngestApi();
    open.add(api);
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  private InngestConfig.Builder cloud() {
    return InngestConfig.builder()
        .signingKey(KEY)
        .baseUrl(api.origin())
        .serveOrigin(URI.create(ORIGIN));
  }

  /** Serves an app on loopback through {@link JdkHttpServerAdapter}; returns its port. */
  private int serve(InngestConfig config) throws IOException {
    InngestApp app = InngestApp.builder(config).functions(counters.all()).build();
    open.add(app);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    JdkHttpServerAdapter.mount(server, "/api/inngest", app.handler());
    server.start();
    open.add(() -> server.stop(0));
    return server.getAddress().getPort();
  }

  private static String sign(byte[] body, long secondsAgo) {
    return Signatures.sign(KEY, body, Instant.now().getEpochSecond() - secondsAgo);
  }

  private static String callBody() {
    return "{\"event\":" + EVENT + ",\"events\":[" + EVENT + "],\"ctx\":{\"run_id\":\"r1\"}}";
  }

  // ---- 1: sync cannot be redirected ------------------------------------------------------------

  @Test
  void unsignedSyncWithAForeignHostIsRefusedAndRegistersNothing() throws Exception {
    int port = serve(cloud().build());
    RawHttp.Reply reply =
        RawHttp.send(port, "PUT", "/api/inngest", Map.of("Host", "attacker.example"), new byte[0]);
    assertThat(reply.status()).isEqualTo(401);
    assertThat(api.requestsTo("/fn/register")).isEmpty();
  }

  @Test
  void signedSyncRegistersOnlyTheConfiguredUrlWhateverTheHostAndQuery() throws Exception {
    int port = serve(cloud().build());
    RawHttp.Reply reply =
        RawHttp.send(
            port,
            "PUT",
            "/api/inngest?fnId=handyman-app-process-order&deployId=d1",
            Map.of(
                "Host",
                "attacker.example",
                "X-Forwarded-Proto",
                "http",
                "X-Inngest-Signature",
                sign(new byte[0], 0)),
            new byte[0]);
    assertThat(reply.status()).isEqualTo(200);
    JsonNode register = Json.mapper().readTree(api.requestsTo("/fn/register").get(0).body());
    assertThat(register.get("url").asText()).isEqualTo(ORIGIN + "/api/inngest");
    for (JsonNode fn : register.get("functions")) {
      assertThat(fn.at("/steps/step/runtime/url").asText())
          .isEqualTo(ORIGIN + "/api/inngest?fnId=" + fn.get("id").asText() + "&stepId=step");
    }
    assertThat(api.requestsTo("/fn/register").get(0).query()).isEqualTo("deployId=d1");
  }

  @Test
  void optedInUnsignedSyncRegistersTheConfiguredUrlAndAnswersGenericErrors() throws Exception {
    int port = serve(cloud().allowUnauthenticatedSync(true).build());
    RawHttp.Reply ok =
        RawHttp.send(port, "PUT", "/api/inngest", Map.of("Host", "attacker.example"), new byte[0]);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(Json.mapper().readTree(api.requestsTo("/fn/register").get(0).body()).get("url"))
        .hasToString("\"" + ORIGIN + "/api/inngest\"");

    api.script(
        "/fn/register",
        new FakeInngestApi.Answer(400, "{\"error\":\"internal detail at inngest.internal\"}"));
    RawHttp.Reply failed = RawHttp.send(port, "PUT", "/api/inngest", Map.of(), new byte[0]);
    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.body()).doesNotContain("inngest.internal").contains("see the app's log");
  }

  @Test
  void aRepeatedFnIdIsA400AndRunsNothing() throws Exception {
    int port = serve(cloud().build());
    byte[] body = callBody().getBytes(StandardCharsets.UTF_8);
    RawHttp.Reply reply =
        RawHttp.send(
            port,
            "POST",
            "/api/inngest?fnId=handyman-app-hello&stepId=step&fnId=handyman-app-process-order",
            Map.of("X-Inngest-Signature", sign(body, 0)),
            body);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("'fnId' appears 2 times");
    assertThat(counters.total()).isZero();
  }

  // ---- 6: replays ------------------------------------------------------------------------------

  @Test
  void aReplayedCallIsRefusedAndTheFunctionRunsOnce() throws Exception {
    int port = serve(cloud().build());
    byte[] body = callBody().getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = Map.of("X-Inngest-Signature", sign(body, 30));
    String target = "/api/inngest?fnId=handyman-app-hello&stepId=step";

    assertThat(RawHttp.send(port, "POST", target, headers, body).status()).isEqualTo(200);
    assertThat(RawHttp.send(port, "POST", target, headers, body).status()).isEqualTo(401);
    // Re-ordering or padding the signature header does not make it new.
    String[] parts = headers.get("X-Inngest-Signature").split("&");
    Map<String, String> reordered =
        Map.of("X-Inngest-Signature", parts[1].toUpperCase() + "&x=1&" + parts[0]);
    assertThat(RawHttp.send(port, "POST", target, reordered, body).status()).isEqualTo(401);
    // Nor does naming the same function and step another way: bare id, step id in the header.
    assertThat(RawHttp.send(port, "POST", "/api/inngest?fnId=hello", headers, body).status())
        .isEqualTo(401);
    Map<String, String> stepHeader = new LinkedHashMap<>(headers);
    stepHeader.put("X-Inngest-Step-ID", "step");
    assertThat(
            RawHttp.send(port, "POST", "/api/inngest?fnId=handyman-app-hello", stepHeader, body)
                .status())
        .isEqualTo(401);
    assertThat(counters.helloRuns.get()).isEqualTo(1);
  }

  // ---- 7: dev mode with a key ------------------------------------------------------------------

  @Test
  void devModeWithASigningKeyStillRequiresSignatures() throws Exception {
    int port = serve(InngestConfig.builder().dev(api.origin()).signingKey(KEY).build());
    byte[] body = callBody().getBytes(StandardCharsets.UTF_8);
    String target = "/api/inngest?fnId=handyman-app-hello&stepId=step";
    assertThat(RawHttp.send(port, "POST", target, Map.of(), body).status()).isEqualTo(401);
    assertThat(counters.total()).isZero();
    assertThat(
            RawHttp.send(port, "POST", target, Map.of("X-Inngest-Signature", sign(body, 0)), body)
                .status())
        .isEqualTo(200);
  }

  // ---- 4: JSON limits --------------------------------------------------------------------------

  @Test
  void bodiesBeyondJacksonsLimitsAreA400NamingTheLimit() throws Exception {
    int port = serve(cloud().build());
    byte[] body = "[".repeat(200_000).getBytes(StandardCharsets.UTF_8);
    RawHttp.Reply reply =
        RawHttp.send(
            port,
            "POST",
            "/api/inngest?fnId=handyman-app-hello&stepId=step",
            Map.of("X-Inngest-Signature", sign(body, 0)),
            body);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("X-Inngest-No-Retry")).isEqualTo("true");
    assertThat(reply.body()).contains("nesting depth").doesNotContain("Exception");
  }

  // ---- 3: executor and stalled clients ---------------------------------------------------------

  @Test
  void aClientThatStallsAfterItsHeadersDoesNotBlockOtherRequests() throws Exception {
    int port = serve(InngestConfig.builder().dev(api.origin()).build());
    try (Socket stalled = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = stalled.getOutputStream();
      out.write(
          ("POST /api/inngest?fnId=handyman-app-hello HTTP/1.1\r\nHost: x\r\n"
                  + "Content-Length: 1000\r\n\r\n{")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // Without an executor the JDK server reads the stalled body on its only thread, and this
      // request would never be answered.
      RawHttp.Reply other = RawHttp.send(port, "GET", "/api/inngest", Map.of(), new byte[0]);
      assertThat(other.status()).isEqualTo(200);
    }
  }

  @Test
  void mountingOnAStartedServerWithoutAnExecutorIsRefused() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.start();
    open.add(() -> server.stop(0));
    InngestApp app =
        InngestApp.builder(InngestConfig.builder().dev().build()).functions(counters.all()).build();
    open.add(app);
    assertThatThrownBy(() -> JdkHttpServerAdapter.mount(server, "/api/inngest", app.handler()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one request at a time");
  }

  // ---- oversized and unsigned bodies -----------------------------------------------------------

  @Test
  void aTooLargeBodyIsDrainedAndAnswered413() throws Exception {
    int port = serve(InngestConfig.builder().dev(api.origin()).build());
    byte[] body = new byte[12 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    RawHttp.Reply reply =
        RawHttp.send(port, "POST", "/api/inngest?fnId=handyman-app-hello", Map.of(), body);
    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.body()).contains("limit");
    assertThat(counters.total()).isZero();
  }

  @Test
  void anUnsignedCallIsRefusedBeforeItsBodyIsRead() throws Exception {
    int port = serve(cloud().build());
    // Declares a body it never sends: only a refusal made from the headers can answer.
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(60_000);
      socket
          .getOutputStream()
          .write(
              ("POST /api/inngest?fnId=handyman-app-hello&stepId=step HTTP/1.1\r\nHost: x\r\n"
                      + "Content-Length: 4000000\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      RawHttp.Reply reply = RawHttp.read(socket.getInputStream());
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.header("Connection")).isEqualToIgnoringCase("close");
    }
    assertThat(counters.total()).isZero();
  }

  // ---- 8: log flooding -------------------------------------------------------------------------

  @Test
  void aFloodOfUnsignedCallsLogsOneWarning() throws Exception {
    int port = serve(cloud().build());
    String log =
        CapturedLog.during(
            () -> {
              for (int i = 0; i < 50; i++) {
                RawHttp.send(
                    port, "POST", "/api/inngest?fnId=handyman-app-hello", Map.of(), new byte[0]);
              }
            });
    assertThat(log.lines().filter(line -> line.contains("rejected POST /api/inngest")).count())
        .isEqualTo(1);
  }

  /** Minimal HTTP/1.1 over a socket: the Host header and bodies exactly as given. */
  static final class RawHttp {

    record Reply(int status, Map<String, String> headers, String body) {
      String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
      }
    }

    static Reply send(
        int port, String method, String target, Map<String, String> headers, byte[] body)
        throws IOException {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        // A liveness guard, not a timing assertion: a blocked server fails the test, not hangs it.
        socket.setSoTimeout(60_000);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", "127.0.0.1:" + port);
        all.putAll(headers);
        all.put("Content-Length", Integer.toString(body.length));
        all.put("Connection", "close");
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        all.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        return read(socket.getInputStream());
      }
    }

    static Reply read(InputStream in) throws IOException {
      String status = line(in);
      if (status == null) {
        throw new IOException("the connection closed without an answer");
      }
      Map<String, String> headers = new LinkedHashMap<>();
      String line;
      while ((line = line(in)) != null && !line.isEmpty()) {
        int colon = line.indexOf(':');
        headers.put(
            line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
            line.substring(colon + 1).trim());
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      return new Reply(Integer.parseInt(status.split(" ")[1]), headers, body);
    }

    private static String line(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        if (c == '\n') {
          return line.toString().stripTrailing();
        }
        line.append((char) c);
      }
      return line.length() == 0 ? null : line.toString();
    }
  }
}
