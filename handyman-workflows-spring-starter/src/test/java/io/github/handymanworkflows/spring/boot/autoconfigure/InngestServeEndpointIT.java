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
package io.github.handymanworkflows.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.inngest.Signatures;
import io.github.handymanworkflows.inngest.testing.InngestServerHarness;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Inngest serve endpoint of the starter on Spring MVC (Tomcat) over real HTTP, in cloud mode:
 * sync cannot be redirected by a request, a signed call cannot be replayed, and a client that
 * stalls does not block other requests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.main.web-application-type=servlet",
      "server.address=127.0.0.1",
      "handyman.workflows.engine=inngest",
      "handyman.workflows.app-id=handyman-app",
      "INNGEST_DEV=0",
      "handyman.workflows.inngest.signing-key=" + InngestServeEndpointIT.KEY,
      "handyman.workflows.inngest.event-key=test-event-key",
      "handyman.workflows.inngest.serve-origin=" + InngestServeEndpointIT.ORIGIN
    })
class InngestServeEndpointIT {

  static final String KEY = "signkey-test-7468697320697320612074657374206b6579";
  static final String ORIGIN = "https://app.example.com";
  static final AtomicInteger PINGS = new AtomicInteger();
  static final WorkflowFunction PING =
      Workflow.function("ping", "Ping")
          .trigger("test/ping", null)
          .handler((ctx, step) -> PINGS.incrementAndGet());
  static final InngestServerHarness INNGEST =
      InngestServerHarness.builder().signingKey(KEY).functions(List.of(PING)).build();

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) throws IOException {
    String dir = Files.createTempDirectory("outbox").toString();
    registry.add("handyman.workflows.mail.outbox-directory", () -> dir);
    registry.add("handyman.workflows.inngest.base-url", () -> INNGEST.baseUri().toString());
  }

  @AfterAll
  static void stopInngest() {
    INNGEST.close();
  }

  @LocalServerPort int port;

  @BeforeEach
  void resetCount() {
    PINGS.set(0);
  }

  private static String sign(byte[] body, long secondsAgo) {
    return Signatures.sign(KEY, body, Instant.now().getEpochSecond() - secondsAgo);
  }

  @Test
  void anUnsignedSyncWithAForeignHostRegistersNothing() throws Exception {
    int before = INNGEST.registrations().size();
    Reply reply = send("PUT", "/api/inngest", Map.of("Host", "attacker.example"), new byte[0]);
    assertThat(reply.status()).isEqualTo(401);
    assertThat(INNGEST.registrations()).hasSize(before);
  }

  @Test
  void aSignedSyncRegistersOnlyTheConfiguredUrl() throws Exception {
    int before = INNGEST.registrations().size();
    Reply reply =
        send(
            "PUT",
            "/api/inngest?fnId=handyman-app-ping",
            Map.of(
                "Host",
                "attacker.example",
                "X-Forwarded-Proto",
                "http",
                "X-Inngest-Signature",
                sign(new byte[0], 0)),
            new byte[0]);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(INNGEST.registrations()).hasSize(before + 1);
    var register = INNGEST.registrations().get(before);
    assertThat(register.get("url").asText()).isEqualTo(ORIGIN + "/api/inngest");
    assertThat(register.get("functions")).isNotEmpty();
    for (var fn : register.get("functions")) {
      // Exactly one fnId each: the PUT's query string never reaches the runtime URLs.
      assertThat(fn.at("/steps/step/runtime/url").asText())
          .isEqualTo(ORIGIN + "/api/inngest?fnId=" + fn.get("id").asText() + "&stepId=step");
    }
  }

  @Test
  void aReplayedCallIsRefusedAndRunsOnce() throws Exception {
    byte[] body =
        ("{\"event\":{\"name\":\"test/ping\",\"data\":{},\"id\":\"p1\",\"ts\":1767225600000},"
                + "\"ctx\":{\"run_id\":\"r1\"}}")
            .getBytes(StandardCharsets.UTF_8);
    Map<String, String> signed = Map.of("X-Inngest-Signature", sign(body, 10));
    String target = "/api/inngest?fnId=handyman-app-ping&stepId=step";
    assertThat(send("POST", target, signed, body).status()).isEqualTo(200);
    assertThat(send("POST", target, signed, body).status()).isEqualTo(401);
    assertThat(PINGS.get()).isEqualTo(1);
  }

  @Test
  void aClientThatStallsAfterItsHeadersDoesNotBlockOtherRequests() throws Exception {
    try (Socket stalled = new Socket(InetAddress.getLoopbackAddress(), port)) {
      stalled
          .getOutputStream()
          .write(
              ("POST /api/inngest?fnId=handyman-app-ping HTTP/1.1\r\nHost: x\r\n"
                      + "Content-Length: 1000\r\n\r\n{")
                  .getBytes(StandardCharsets.US_ASCII));
      stalled.getOutputStream().flush();
      assertThat(send("GET", "/api/inngest", Map.of(), new byte[0]).status()).isEqualTo(200);
    }
  }

  record Reply(int status, String body) {}

  /** HTTP/1.1 over a socket, so that the Host header is sent exactly as given. */
  private Reply send(String method, String target, Map<String, String> headers, byte[] body)
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
      InputStream in = socket.getInputStream();
      String all2 = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      int status = Integer.parseInt(all2.substring(9, 12));
      int split = all2.indexOf("\r\n\r\n");
      return new Reply(status, split < 0 ? "" : all2.substring(split + 4).toLowerCase(Locale.ROOT));
    }
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    WorkflowFunction ping() {
      return PING;
    }
  }
}
