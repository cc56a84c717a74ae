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
import io.github.handymanworkflows.event.JobCompleted;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.token.TokenRepository;
import io.github.handymanworkflows.user.UserRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The attacks of issue 10 against the sample on its defaults (no dev profile): each one is refused
 * with a problem detail naming the field, and none changes state or starts a run.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"handyman.workflows.lockout.max-failures=3"})
@Import(StoryEvents.class)
class HostileInputTest {

  static final Path OUTBOX = MarketplaceStoryTest.tempOutbox();

  @DynamicPropertySource
  static void outboxProperty(DynamicPropertyRegistry registry) {
    registry.add("handyman.workflows.mail.outbox-directory", OUTBOX::toString);
  }

  @LocalServerPort int port;
  @Autowired EmbeddedEngine engine;
  @Autowired UserRepository users;
  @Autowired TokenRepository tokens;
  @Autowired TwoFactor twoFactor;
  @Autowired Clock clock;

  @Value("${server.address:}")
  String serverAddress;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void listensOnLoopbackOnlyByDefault() {
    assertThat(serverAddress).isEqualTo("127.0.0.1");
  }

  @Test
  void anUnauthenticatedLockRequestLocksNobodyAndStartsNoRun() {
    for (String path : new String[] {"/api/inngest", "/api/inngest/e/guess"}) {
      Http.Answer answer =
          http.post(
              path,
              "{\"name\":\"security/lock.requested\",\"data\":{\"userId\":\"user_ada\","
                  + "\"failures\":99,\"lastFailureAt\":\"2026-01-01T00:00:00Z\","
                  + "\"detectedAt\":\"2026-01-01T00:00:00Z\"}}",
              null);
      assertThat(answer.status()).as(path).isEqualTo(403);
      assertThat(answer.body().path("detail").asText()).contains("accept-http-events");
    }
    assertThat(users.find(SeedData.ADA))
        .hasValueSatisfying(u -> assertThat(u.lockedUntil()).isNull());
    assertThat(engine.all()).noneMatch(r -> r.triggerName().startsWith("security/"));
    assertThat(login("ada@handyman.example", SeedData.DEMO_PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void wrongTypesNameTheField() {
    String admin = token("admin@handyman.example");
    assertField(
        http.post(
            "/api/auth/login",
            "{\"email\":\"ada@handyman.example\",\"password\":{\"$ne\":1}}",
            null),
        "password",
        "must be a string");
    assertField(
        http.post(
            "/api/auth/register",
            "{\"email\":\"x@example.com\",\"password\":\"long-enough\",\"firstName\":123,"
                + "\"role\":\"customer\"}",
            null),
        "firstName",
        "must be a string");
    String emeka = token("emeka@handyman.example");
    assertField(
        http.put("/api/handymen/me/availability", "{\"available\":\"maybe\"}", emeka),
        "available",
        "true or false");
    assertField(
        http.post(
            "/api/auth/login", "{\"email\":\"a@b.co\",\"password\":\"x\",\"admin\":true}", null),
        "admin",
        "not a known field");
    assertThat(admin).isNotBlank();
  }

  @Test
  void notANumberCoordinatesAreRefusedNamingTheField() {
    assertField(
        http.post(
            "/api/auth/register",
            "{\"email\":\"nan@example.com\",\"password\":\"long-enough\",\"firstName\":\"N\","
                + "\"role\":\"handyman\",\"skills\":[\"plumbing\"],"
                + "\"location\":{\"address\":\"Yaba\",\"latitude\":\"NaN\",\"longitude\":3.3}}",
            null),
        "location.latitude",
        "must be");
    assertField(
        postJob("{\"address\":\"Yaba\",\"latitude\":6.5,\"longitude\":\"Infinity\"}", "100"),
        "location.longitude",
        "must be");
    assertThat(login("nan@example.com", "long-enough").status()).isEqualTo(401);
  }

  @Test
  void moneyIsExactAndBounded() {
    assertField(postJob(YABA, "12.5"), "budgetMinor", "whole number of minor units");
    assertField(postJob(YABA, String.valueOf(Long.MAX_VALUE)), "budgetMinor", "at most");
    assertField(postJob(YABA, "99999999999999999999999"), "budgetMinor", "at most");
    assertField(postJob(YABA, "-5"), "budgetMinor", "positive");
    Http.Answer whole = postJob(YABA, "1250.00");
    assertThat(whole.status()).isEqualTo(201);
    assertThat(whole.body().path("budgetMinor").asLong()).isEqualTo(1250);
  }

  @Test
  void everyErrorIsAProblemDetailIncludingSpringsOwn() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + port;
    HttpRequest[] requests = {
      HttpRequest.newBuilder(URI.create(base + "/api/nowhere")).build(),
      HttpRequest.newBuilder(URI.create(base + "/api/auth/login")).build(),
      HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
          .header("Content-Type", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofString("x"))
          .build(),
      HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{not json"))
          .build(),
      HttpRequest.newBuilder(URI.create(base + "/api/jobs/..%2F..%2Fetc")).build(),
      HttpRequest.newBuilder(URI.create(base + "/api/..%2Fjobs")).build(),
      HttpRequest.newBuilder(URI.create(base + "/api/inngest"))
          .POST(HttpRequest.BodyPublishers.ofString("{}"))
          .build(),
    };
    for (HttpRequest request : requests) {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(request.uri().toString()).isBetween(400, 499);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(request.uri().toString())
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      JsonNode body =
          io.github.handymanworkflows.internal.json.Json.mapper().readTree(response.body());
      assertThat(body.path("status").asInt()).isEqualTo(response.statusCode());
      assertThat(body.path("title").asText()).isNotBlank();
    }
  }

  @Test
  void aPasswordResetLiftsTheLockoutAsTheLockEmailSays() {
    String wrong = "{\"email\":\"chidi@handyman.example\",\"password\":\"wrong-password\"}";
    for (int i = 0; i < 3; i++) {
      assertThat(http.post("/api/auth/login", wrong, null).status()).isEqualTo(401);
    }
    assertThat(users.find(SeedData.CHIDI))
        .hasValueSatisfying(u -> assertThat(u.lockedUntil()).isNotNull());
    String raw = Sessions.newToken();
    tokens.save(
        TokenRecord.issue(
            "tok_" + UUID.randomUUID(),
            SeedData.CHIDI,
            TokenKind.PASSWORD_RESET,
            raw,
            clock.instant(),
            Duration.ofHours(1)));

    Http.Answer reset =
        http.post(
            "/api/auth/password-reset/confirm",
            "{\"token\":\"" + raw + "\",\"password\":\"a-new-password\"}",
            null);

    assertThat(reset.status()).isEqualTo(200);
    assertThat(users.find(SeedData.CHIDI))
        .hasValueSatisfying(u -> assertThat(u.lockedUntil()).isNull());
    assertThat(login("chidi@handyman.example", "a-new-password").status()).isEqualTo(200);
  }

  @Test
  void twoFactorIsASecondFactorAtLogin() {
    String session = token("funmi@handyman.example");
    Http.Answer setup = http.post("/api/auth/2fa/setup", null, session);
    assertThat(setup.status()).isEqualTo(200);
    String secret = setup.body().path("secret").asText();
    assertThat(setup.body().path("otpauthUri").asText()).startsWith("otpauth://totp/");
    assertField(
        http.post("/api/auth/2fa/enable", "{\"code\":\"000000\"}", session),
        "code",
        "does not match");

    String code = twoFactor.code(secret, clock.instant());
    assertThat(http.post("/api/auth/2fa/enable", "{\"code\":\"" + code + "\"}", session).status())
        .isEqualTo(200);

    Http.Answer withoutCode = login("funmi@handyman.example", SeedData.DEMO_PASSWORD);
    assertThat(withoutCode.status()).isEqualTo(401);
    assertThat(withoutCode.body().path("code").asText()).isEqualTo("two_factor_required");
    assertThat(withoutCode.body().has("token")).isFalse();
    // The code used to enable cannot be replayed; the next step's code works.
    String next = twoFactor.code(secret, clock.instant().plusSeconds(30));
    Http.Answer withCode =
        http.post(
            "/api/auth/login",
            "{\"email\":\"funmi@handyman.example\",\"password\":\""
                + SeedData.DEMO_PASSWORD
                + "\",\"code\":\""
                + next
                + "\"}",
            null);
    assertThat(withCode.status()).isEqualTo(200);
    assertThat(withCode.body().path("token").asText()).isNotBlank();
    Http.Answer replayed =
        http.post(
            "/api/auth/login",
            "{\"email\":\"funmi@handyman.example\",\"password\":\""
                + SeedData.DEMO_PASSWORD
                + "\",\"code\":\""
                + next
                + "\"}",
            null);
    assertThat(replayed.status()).isEqualTo(401);
  }

  @Test
  void completingTwiceAnswersTheSameAndEmitsOnce() throws InterruptedException {
    String customer = token("ada@handyman.example");
    String jobId = postJobAs(customer).body().path("jobId").asText();
    String emeka = token("emeka@handyman.example");
    assertThat(http.post("/api/jobs/" + jobId + "/accept", null, emeka).status()).isEqualTo(200);

    Http.Answer first = http.post("/api/jobs/" + jobId + "/complete", null, emeka);
    Http.Answer second = http.post("/api/jobs/" + jobId + "/complete", null, emeka);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    MarketplaceStoryTest.await(
        () ->
            engine.runs(StoryEvents.LOG).stream()
                .anyMatch(r -> r.triggerName().equals(JobCompleted.TYPE.name())));
    assertThat(engine.awaitIdle(Duration.ofSeconds(30))).isTrue();
    assertThat(
            engine.runs(StoryEvents.LOG).stream()
                .filter(r -> r.triggerName().equals(JobCompleted.TYPE.name())))
        .hasSize(1);
  }

  private static final String YABA = "{\"address\":\"Yaba\",\"latitude\":6.5,\"longitude\":3.37}";

  private Http.Answer postJob(String location, String budget) {
    return http.post(
        "/api/jobs",
        "{\"title\":\"Fix a tap\",\"category\":\"plumbing\",\"budgetMinor\":"
            + budget
            + ",\"location\":"
            + location
            + "}",
        token("ada@handyman.example"));
  }

  private Http.Answer postJobAs(String customer) {
    return http.post(
        "/api/jobs",
        "{\"title\":\"Fix a tap\",\"category\":\"plumbing\",\"budgetMinor\":5000,\"location\":"
            + YABA
            + "}",
        customer);
  }

  private Http.Answer login(String email, String password) {
    return http.post(
        "/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
  }

  private String token(String email) {
    Http.Answer answer = login(email, SeedData.DEMO_PASSWORD);
    assertThat(answer.status()).as("login of %s: %s", email, answer.body()).isEqualTo(200);
    return answer.body().path("token").asText();
  }

  private static void assertField(Http.Answer answer, String field, String problem) {
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
    assertThat(answer.body().path("field").asText()).as("%s", answer.body()).isEqualTo(field);
    assertThat(answer.body().path("detail").asText()).contains(problem);
  }
}
