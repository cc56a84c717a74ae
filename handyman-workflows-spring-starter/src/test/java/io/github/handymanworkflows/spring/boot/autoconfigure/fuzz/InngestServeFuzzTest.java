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
package io.github.handymanworkflows.spring.boot.autoconfigure.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Seeded, bounded fuzz of the Inngest serve endpoint (cloud mode, signing key set) on Spring MVC:
 * no 5xx, no 2xx to an unsigned POST, and no function code runs (nothing reaches the outbox).
 * Counts in {@code target/fuzz/inngest-serve.txt}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "handyman.workflows.engine=inngest",
      "handyman.workflows.app-id=fuzz-app",
      "handyman.workflows.inngest.serve-origin=https://app.example",
      "INNGEST_DEV=0",
      "handyman.workflows.inngest.signing-key="
          + "signkey-prod-6f2a0c1e9b8d7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f",
      "INNGEST_BASE_URL=http://127.0.0.1:9"
    })
class InngestServeFuzzTest {

  static final long SEED = 20261130L;
  static Path outbox;

  @DynamicPropertySource
  static void outbox(DynamicPropertyRegistry registry) throws Exception {
    outbox = Files.createTempDirectory("outbox");
    registry.add("handyman.workflows.mail.outbox-directory", () -> outbox.toString());
  }

  @LocalServerPort int port;

  @Test
  void noHostileRequestReachesA5xxOrRunsFunctionCodeWithoutASignature() throws Exception {
    String call =
        "{\"event\":{\"id\":\"e{i}\",\"name\":\"auth/user.registered\",\"data\":{\"userId\":"
            + "\"u_{i}\",\"email\":\"u{i}@example.com\",\"firstName\":\"F\",\"role\":\"customer\"},"
            + "\"ts\":1767600000000},\"events\":[],\"steps\":{},\"ctx\":{\"run_id\":\"r{i}\","
            + "\"attempt\":0,\"fn_id\":\"handyman-app-send-welcome-email\",\"disable_immediate_execution\":"
            + "false,\"use_api\":false,\"stack\":{\"stack\":[],\"current\":0}},\"version\":1}";
    List<ServeFuzz.Shape> shapes =
        List.of(
            new ServeFuzz.Shape(
                "POST",
                "/api/inngest?fnId=handyman-app-send-welcome-email&stepId=step",
                call,
                Map.of()),
            new ServeFuzz.Shape(
                "POST",
                "/api/inngest?fnId=handyman-app-send-welcome-email&stepId=step",
                call,
                Map.of("X-Inngest-Signature", "t=1767600000&s=00ff")),
            new ServeFuzz.Shape("POST", "/api/inngest?probe=trust", "", Map.of()),
            new ServeFuzz.Shape("POST", "/api/inngest?fnId=nope", call, Map.of()),
            new ServeFuzz.Shape("GET", "/api/inngest", "", Map.of()),
            new ServeFuzz.Shape("DELETE", "/api/inngest", "", Map.of()));
    ServeFuzz.Outcome outcome =
        ServeFuzz.run(port, SEED, 500, Duration.ofSeconds(30), shapes, request -> false);
    ServeFuzz.report("inngest-serve", SEED, outcome);

    assertThat(outcome.failures()).isEmpty();
    try (Stream<Path> files = Files.list(outbox)) {
      assertThat(files).as("emails sent by unsigned calls").isEmpty();
    }
    assertThat(outcome.sent()).isGreaterThan(100);
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
