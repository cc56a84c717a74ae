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
package io.github.handymanworkflows.sample.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.test.fuzz.HostileInputs;
import io.github.handymanworkflows.user.UserRepository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A seeded, bounded fuzz of the sample's REST API and of its serve endpoint (embedded mode, through
 * Spring MVC, with an event key): mutated and random bodies, hostile paths, wrong content types and
 * credentials. Passes when no answer is a 5xx, every error is a problem detail, no event sent
 * without the key starts a run, and no registration is half-written. The counts go to {@code
 * target/fuzz/sample-api.txt}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "handyman.workflows.embedded.accept-http-events=true",
      "handyman.workflows.embedded.event-keys=" + HostileFuzzTest.KEY,
      "handyman.workflows.embedded.workers=2"
    })
class HostileFuzzTest {

  static final String KEY = "fuzz-event-key-1";
  static final long SEED = 20261129L;
  static final int REQUESTS = 900;
  static final Duration TIME_BOUND = Duration.ofSeconds(45);
  static final Path OUTBOX = MarketplaceStoryTest.tempOutbox();

  @DynamicPropertySource
  static void outboxProperty(DynamicPropertyRegistry registry) {
    registry.add("handyman.workflows.mail.outbox-directory", OUTBOX::toString);
  }

  record Endpoint(String method, String path, String body, String role) {}

  @LocalServerPort int port;
  @Autowired EmbeddedEngine engine;
  @Autowired UserRepository users;
  @Autowired HandymanRepository handymen;
  @Autowired Credentials credentials;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void noInputReachesA5xxStartsAnUnauthenticatedRunOrHalfWritesState() throws Exception {
    HostileInputs inputs = new HostileInputs(SEED);
    Http http = new Http(port);
    Map<String, String> sessions =
        Map.of(
            "customer", login(http, "ada@handyman.example"),
            "handyman", login(http, "emeka@handyman.example"),
            "admin", login(http, "admin@handyman.example"));
    String jobId = postJob(http, sessions.get("customer"));
    List<Endpoint> endpoints = endpoints(jobId);

    Map<String, Integer> byStatus = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    Set<String> registeredEmails = new LinkedHashSet<>();
    int sent = 0;
    int unauthenticatedEvents = 0;
    long deadline = System.nanoTime() + TIME_BOUND.toNanos();
    for (int i = 0; i < REQUESTS && System.nanoTime() < deadline; i++) {
      Endpoint endpoint = inputs.pick(endpoints);
      String template = endpoint.body().replace("{i}", Integer.toString(i));
      if (endpoint.path().equals("/api/auth/register")) {
        registeredEmails.add("fz-" + i + "@example.com");
      }
      String path = inputs.path(endpoint.path().replace("{key}", KEY));
      boolean keyed = false;
      HttpRequest.Builder request;
      try {
        request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
      } catch (IllegalArgumentException e) {
        continue; // not a URI a client can send; nothing to learn
      }
      request.timeout(Duration.ofSeconds(30));
      byte[] body = template.isEmpty() ? new byte[0] : inputs.body(HostileInputs.json(template));
      request.method(
          endpoint.method(),
          body.length == 0
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      request.header("Content-Type", inputs.contentType());
      int auth = inputs.random().nextInt(4);
      if (auth == 0) {
        request.header("Authorization", "Bearer " + inputs.garbageCredential());
      } else if (auth >= 2 && !endpoint.role().isEmpty()) {
        request.header("Authorization", "Bearer " + sessions.get(endpoint.role()));
      }
      if (path.startsWith("/api/inngest")) {
        keyed = path.equals("/api/inngest/e/" + KEY);
        if (inputs.random().nextInt(3) == 0) {
          request.header("X-Event-Key", inputs.garbageCredential().replaceAll("[^!-~]", "x"));
        }
        if (!keyed) {
          unauthenticatedEvents++;
        }
      }
      HttpResponse<byte[]> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        failures.add(endpoint.method() + " " + path + ": connection failed: " + e);
        continue;
      }
      sent++;
      int status = response.statusCode();
      byStatus.merge(status / 100 + "xx", 1, Integer::sum);
      if (status >= 500) {
        failures.add(endpoint.method() + " " + path + " -> " + status + " " + text(response));
      }
      if (status >= 400
          && !response.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
        failures.add(endpoint.method() + " " + path + " -> " + status + " not a problem detail");
      }
      if (path.startsWith("/api/inngest")
          && !keyed
          && status / 100 == 2
          && endpoint.method().equals("POST")) {
        failures.add("POST " + path + " without the key -> " + status);
      }
    }
    assertThat(engine.awaitIdle(Duration.ofSeconds(60))).isTrue();

    // Every event sent without the key carries an id starting with "unauth-": none may have run.
    assertThat(engine.all())
        .noneMatch(r -> r.triggerEventId() != null && r.triggerEventId().startsWith("unauth-"));
    // A registration is all or nothing: credentials, account and (for a handyman) profile.
    int halfWritten = 0;
    for (String email : registeredEmails) {
      var userId = credentials.userIdFor(email);
      if (userId.isPresent()) {
        var user = users.find(userId.get());
        if (user.isEmpty()
            || (user.get().role() == io.github.handymanworkflows.domain.Role.HANDYMAN
                && handymen.find(userId.get()).isEmpty())) {
          halfWritten++;
        }
      }
    }
    report(sent, unauthenticatedEvents, byStatus, failures, halfWritten);
    assertThat(failures).isEmpty();
    assertThat(halfWritten).isZero();
    assertThat(sent).isGreaterThan(REQUESTS / 4);
  }

  private static List<Endpoint> endpoints(String jobId) {
    String event =
        "{\"id\":\"unauth-{i}\",\"name\":\"auth/user.registered\",\"data\":{\"userId\":\"fz_{i}\","
            + "\"email\":\"fz-event-{i}@example.com\",\"firstName\":\"Fuzz\",\"role\":\"customer\"}}";
    String keyedEvent = event.replace("unauth-", "keyed-");
    String lock =
        "{\"id\":\"unauth-lock-{i}\",\"name\":\"security/lock.requested\",\"data\":{\"userId\":"
            + "\"user_ada\",\"failures\":50,\"lastFailureAt\":\"2026-01-01T00:00:00Z\","
            + "\"detectedAt\":\"2026-01-01T00:00:00Z\"}}";
    String location = "{\"address\":\"Yaba\",\"latitude\":6.5,\"longitude\":3.37}";
    return List.of(
        new Endpoint(
            "POST",
            "/api/auth/register",
            "{\"email\":\"fz-{i}@example.com\",\"password\":\"fuzz-password-1\",\"firstName\":"
                + "\"Fuzz\",\"lastName\":\"Er\",\"role\":\"handyman\",\"skills\":[\"plumbing\"],"
                + "\"location\":"
                + location
                + "}",
            ""),
        new Endpoint("POST", "/api/auth/verify-email", "{\"token\":\"abcdefghijklmnop\"}", ""),
        new Endpoint(
            "POST", "/api/auth/login", "{\"email\":\"fz-1@example.com\",\"password\":\"x\"}", ""),
        new Endpoint(
            "POST", "/api/auth/password-reset/request", "{\"email\":\"fz-2@example.com\"}", ""),
        new Endpoint(
            "POST",
            "/api/auth/password-reset/confirm",
            "{\"token\":\"abcdefghijklmnop\",\"password\":\"new-password-1\"}",
            ""),
        new Endpoint("POST", "/api/auth/2fa/setup", "", "customer"),
        new Endpoint("POST", "/api/auth/2fa/enable", "{\"code\":\"123456\"}", "customer"),
        new Endpoint(
            "POST",
            "/api/jobs",
            "{\"title\":\"Fix a tap\",\"category\":\"plumbing\",\"urgency\":\"high\","
                + "\"budgetMinor\":5000,\"currency\":\"NGN\",\"location\":"
                + location
                + "}",
            "customer"),
        new Endpoint("GET", "/api/jobs/" + jobId, "", "customer"),
        new Endpoint("POST", "/api/jobs/" + jobId + "/accept", "", "handyman"),
        new Endpoint(
            "POST", "/api/jobs/" + jobId + "/complete", "{\"finalPriceMinor\":4000}", "handyman"),
        new Endpoint(
            "POST",
            "/api/jobs/" + jobId + "/review",
            "{\"rating\":5,\"comment\":\"ok\"}",
            "customer"),
        new Endpoint(
            "PUT",
            "/api/handymen/me/availability",
            "{\"available\":true,\"reason\":\"back\"}",
            "handyman"),
        new Endpoint("GET", "/api/handymen/" + SeedData.TUNDE, "", "admin"),
        new Endpoint("POST", "/api/admin/handymen/" + SeedData.TUNDE + "/approve", "", "admin"),
        new Endpoint(
            "POST",
            "/api/admin/handymen/" + SeedData.TUNDE + "/reject",
            "{\"reason\":\"no papers\"}",
            "admin"),
        new Endpoint("POST", "/api/inngest", event, ""),
        new Endpoint("POST", "/api/inngest", lock, ""),
        new Endpoint("POST", "/api/inngest/e/wrong-key", event, ""),
        new Endpoint("POST", "/api/inngest/e/{key}", keyedEvent, ""),
        new Endpoint("POST", "/api/inngest/e/{key}", lock, ""),
        new Endpoint("GET", "/api/inngest", "", ""),
        new Endpoint("DELETE", "/api/jobs/" + jobId, "", "customer"));
  }

  private static String login(Http http, String email) {
    Http.Answer answer =
        http.post(
            "/api/auth/login",
            "{\"email\":\"" + email + "\",\"password\":\"" + SeedData.DEMO_PASSWORD + "\"}",
            null);
    assertThat(answer.status()).isEqualTo(200);
    return answer.body().path("token").asText();
  }

  private static String postJob(Http http, String customer) {
    Http.Answer posted =
        http.post(
            "/api/jobs",
            "{\"title\":\"Fix a tap\",\"category\":\"plumbing\",\"budgetMinor\":5000,"
                + "\"location\":{\"address\":\"Yaba\",\"latitude\":6.5,\"longitude\":3.37}}",
            customer);
    assertThat(posted.status()).isEqualTo(201);
    JsonNode id = posted.body().path("jobId");
    return id.asText();
  }

  private static String text(HttpResponse<byte[]> response) {
    String text = new String(response.body(), StandardCharsets.UTF_8);
    return text.length() > 300 ? text.substring(0, 300) : text;
  }

  private static void report(
      int sent,
      int unauthenticatedEvents,
      Map<String, Integer> byStatus,
      List<String> failures,
      int halfWritten)
      throws IOException {
    String report =
        "sample REST API and serve endpoint fuzz: seed="
            + SEED
            + " requests="
            + sent
            + " unauthenticatedServeRequests="
            + unauthenticatedEvents
            + " byStatus="
            + byStatus
            + " failures="
            + failures.size()
            + " halfWritten="
            + halfWritten
            + System.lineSeparator()
            + String.join(System.lineSeparator(), failures.stream().limit(50).toList())
            + System.lineSeparator();
    Path file = Path.of("target", "fuzz", "sample-api.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    System.out.println(report);
  }
}
