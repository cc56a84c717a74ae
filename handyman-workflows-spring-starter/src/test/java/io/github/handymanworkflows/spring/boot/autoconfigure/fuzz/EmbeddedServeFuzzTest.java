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

import io.github.handymanworkflows.engine.EmbeddedEngine;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Seeded, bounded fuzz of the embedded serve endpoint on Spring MVC with an event key: no 5xx, no
 * 2xx to a POST without the key, no run of an event sent without it. Counts in {@code
 * target/fuzz/embedded-serve.txt}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "handyman.workflows.embedded.accept-http-events=true",
      "handyman.workflows.embedded.event-keys=" + EmbeddedServeFuzzTest.KEY,
      "handyman.workflows.embedded.workers=2"
    })
class EmbeddedServeFuzzTest {

  static final String KEY = "embedded-fuzz-key";
  static final long SEED = 20261129L;

  @DynamicPropertySource
  static void outbox(DynamicPropertyRegistry registry) throws Exception {
    String dir = Files.createTempDirectory("outbox").toString();
    registry.add("handyman.workflows.mail.outbox-directory", () -> dir);
  }

  @LocalServerPort int port;
  @Autowired EmbeddedEngine engine;

  @Test
  void noHostileRequestReachesA5xxOrStartsARunWithoutTheKey() throws Exception {
    String event =
        "{\"id\":\"unauth-{i}\",\"name\":\"auth/user.registered\",\"data\":{\"userId\":\"u_{i}\","
            + "\"email\":\"u{i}@example.com\",\"firstName\":\"F\",\"role\":\"customer\"}}";
    String keyed = event.replace("unauth-", "keyed-");
    String lock = "{\"id\":\"unauth-lock-{i}\",\"name\":\"security/lock.requested\",\"data\":{}}";
    List<ServeFuzz.Shape> shapes =
        List.of(
            new ServeFuzz.Shape("POST", "/api/inngest", event, Map.of()),
            new ServeFuzz.Shape("POST", "/api/inngest", "[" + event + "," + event + "]", Map.of()),
            new ServeFuzz.Shape("POST", "/api/inngest/e/not-the-key", event, Map.of()),
            new ServeFuzz.Shape("POST", "/api/inngest/e/" + KEY, keyed, Map.of()),
            new ServeFuzz.Shape("POST", "/api/inngest/e/" + KEY, lock, Map.of()),
            new ServeFuzz.Shape("POST", "/api/inngest", keyed, Map.of("X-Event-Key", KEY)),
            new ServeFuzz.Shape("GET", "/api/inngest", "", Map.of()),
            new ServeFuzz.Shape("PUT", "/api/inngest", event, Map.of()),
            new ServeFuzz.Shape("DELETE", "/api/inngest/e/" + KEY, "", Map.of()));
    ServeFuzz.Outcome outcome =
        ServeFuzz.run(
            port,
            SEED,
            600,
            Duration.ofSeconds(30),
            shapes,
            request ->
                request.uri().getRawPath().equals("/api/inngest/e/" + KEY)
                    || request.headers().firstValue("X-Event-Key").filter(KEY::equals).isPresent());
    assertThat(engine.awaitIdle(Duration.ofSeconds(60))).isTrue();
    ServeFuzz.report("embedded-serve", SEED, outcome);

    assertThat(outcome.failures()).isEmpty();
    assertThat(engine.all())
        .noneMatch(r -> r.triggerEventId() != null && r.triggerEventId().startsWith("unauth-"));
    assertThat(outcome.sent()).isGreaterThan(100);
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
