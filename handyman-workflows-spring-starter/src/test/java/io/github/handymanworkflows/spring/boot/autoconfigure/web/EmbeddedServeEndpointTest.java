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
package io.github.handymanworkflows.spring.boot.autoconfigure.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.inngest.ServeRequest;
import io.github.handymanworkflows.inngest.ServeResponse;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.Workflow;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedServeEndpointTest {

  private final EmbeddedEngine engine =
      EmbeddedEngine.builder()
          .clock(new ManualClock(Instant.parse("2026-01-05T09:00:00Z")))
          .registry(EventCatalogue.registry())
          .function(
              Workflow.function("greet", "Greet")
                  .trigger(UserRegistered.TYPE)
                  .handler((ctx, step) -> "hi"))
          .build();
  private final EmbeddedServeEndpoint endpoint =
      new EmbeddedServeEndpoint(engine, EventIngestPolicy.withKeys("old-key-1", "new-key-2"));

  @Test
  void describesTheEngineOnGet() throws Exception {
    JsonNode body = json(endpoint.handle(request("GET", "")));
    assertThat(body.path("mode").asText()).isEqualTo("embedded");
    assertThat(body.path("functions").get(0).path("id").asText()).isEqualTo("greet");
    assertThat(body.path("functions").get(0).path("triggers").get(0).path("event").asText())
        .isEqualTo("auth/user.registered");
  }

  @Test
  void ingestsAPostedEventAndStartsItsRun() throws Exception {
    ServeResponse response =
        endpoint.handle(
            request(
                "POST",
                "{\"name\":\"auth/user.registered\",\"data\":{\"userId\":\"user123\","
                    + "\"email\":\"test@example.com\",\"firstName\":\"Test\",\"role\":\"customer\"}}"));
    assertThat(response.status()).isEqualTo(200);
    String id = json(response).path("ids").get(0).asText();
    engine.runDue();
    assertThat(engine.runs("greet"))
        .singleElement()
        .satisfies(r -> assertThat(r.triggerEventId()).isEqualTo(id));
  }

  @Test
  void ingestsAnArrayOfEvents() throws Exception {
    String one = "{\"name\":\"app/custom\",\"data\":{}}";
    ServeResponse response = endpoint.handle(request("POST", "[" + one + "," + one + "]"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(json(response).path("ids")).hasSize(2);
  }

  @Test
  void rejectsAnInvalidEventNamingTheFieldAndIngestsNothing() throws Exception {
    ServeResponse response =
        endpoint.handle(
            request(
                "POST",
                "[{\"name\":\"app/ok\"},{\"name\":\"auth/user.registered\",\"data\":{\"userId\":\"u\","
                    + "\"firstName\":\"T\",\"role\":\"customer\"}}]"));
    assertThat(response.status()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.path("field").asText()).isEqualTo("data.email");
    assertThat(body.path("event").asText()).isEqualTo("auth/user.registered");
    assertThat(engine.all()).isEmpty();
  }

  @Test
  void rejectsBodiesThatAreNotEvents() throws Exception {
    assertThat(endpoint.handle(request("POST", "{oops")).status()).isEqualTo(400);
    assertThat(json(endpoint.handle(request("POST", "\"text\""))).path("detail").asText())
        .contains("event object or an array");
    assertThat(endpoint.handle(request("POST", "{\"data\":{}}")).status()).isEqualTo(400);
    assertThat(endpoint.handle(request("POST", "{\"name\":\"inngest/function.failed\"}")).status())
        .isEqualTo(400);
  }

  @Test
  void answers503AfterTheEngineIsClosed() throws Exception {
    engine.close();

    ServeResponse response = endpoint.handle(request("POST", "{\"name\":\"app/x\",\"data\":{}}"));

    assertThat(response.status()).isEqualTo(503);
    assertThat(json(response).path("detail").asText()).contains("shutting down");
    assertThat(engine.all()).isEmpty();
  }

  @Test
  void refusesEventsWhenIngestionIsOff() throws Exception {
    ServeResponse response =
        new EmbeddedServeEndpoint(engine, EventIngestPolicy.closed())
            .handle(request("POST", "{\"name\":\"app/x\",\"data\":{}}"));
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.header("Content-Type")).hasValue("application/problem+json");
    assertThat(engine.all()).isEmpty();
    engine.runDue();
    assertThat(engine.all()).isEmpty();
  }

  @Test
  void refusesARequestWithoutAnEventKeyAndStartsNothing() throws Exception {
    ServeResponse response =
        endpoint.handle(
            new ServeRequest(
                "POST", URI.create("/api/inngest"), Map.of(), REGISTERED.getBytes(UTF_8)));
    assertThat(response.status()).isEqualTo(401);
    assertThat(Json.mapper().readTree(response.body()).path("detail").asText())
        .contains("/e/<key>")
        .contains("X-Event-Key");
    engine.runDue();
    assertThat(engine.all()).isEmpty();
  }

  @Test
  void refusesAWrongEventKeyInThePathOrTheHeader() {
    assertThat(
            endpoint
                .handle(
                    new ServeRequest(
                        "POST",
                        URI.create("/api/inngest/e/new-key-3"),
                        Map.of(),
                        REGISTERED.getBytes(UTF_8)))
                .status())
        .isEqualTo(401);
    assertThat(
            endpoint
                .handle(
                    new ServeRequest(
                        "POST",
                        URI.create("/api/inngest"),
                        Map.of("X-Event-Key", "new-key-"),
                        REGISTERED.getBytes(UTF_8)))
                .status())
        .isEqualTo(401);
    engine.runDue();
    assertThat(engine.all()).isEmpty();
  }

  @Test
  void acceptsEveryKeyOfARotationInThePathOrTheHeader() {
    assertThat(
            endpoint
                .handle(
                    new ServeRequest(
                        "POST",
                        URI.create("/api/inngest/e/old-key-1"),
                        Map.of(),
                        REGISTERED.getBytes(UTF_8)))
                .status())
        .isEqualTo(200);
    assertThat(
            endpoint
                .handle(
                    new ServeRequest(
                        "POST",
                        URI.create("/api/inngest"),
                        Map.of("x-event-key", "new-key-2"),
                        REGISTERED.getBytes(UTF_8)))
                .status())
        .isEqualTo(200);
  }

  @Test
  void refusesSecuritySensitiveEventsEvenWithAKeyAndIngestsNothingOfTheBatch() throws Exception {
    String lock = "{\"name\":\"security/lock.requested\",\"data\":{\"userId\":\"user_1\"}}";
    ServeResponse response = endpoint.handle(request("POST", "[" + REGISTERED + "," + lock + "]"));
    assertThat(response.status()).isEqualTo(403);
    JsonNode body = Json.mapper().readTree(response.body());
    assertThat(body.path("event").asText()).isEqualTo("security/lock.requested");
    assertThat(body.path("field").asText()).isEqualTo("name");
    engine.runDue();
    assertThat(engine.all()).isEmpty();
    for (String name : EventIngestPolicy.SENSITIVE_EVENTS) {
      assertThat(endpoint.handle(request("POST", "{\"name\":\"" + name + "\"}")).status())
          .as(name)
          .isEqualTo(403);
    }
  }

  @Test
  void acceptsASensitiveEventTheHostAllowsByName() {
    EmbeddedServeEndpoint allowing =
        new EmbeddedServeEndpoint(
            engine, EventIngestPolicy.withKeys("new-key-2").allowing("auth/account.locked"));
    assertThat(
            allowing
                .handle(
                    request(
                        "POST",
                        "{\"name\":\"auth/account.locked\",\"data\":{\"userId\":\"user_1\","
                            + "\"email\":\"a@example.com\",\"firstName\":\"A\","
                            + "\"reason\":\"admin\"}}"))
                .status())
        .isEqualTo(200);
    assertThat(allowing.handle(request("POST", "{\"name\":\"security/lock.requested\"}")).status())
        .isEqualTo(403);
  }

  @Test
  void refusesOtherMethods() {
    assertThat(endpoint.handle(request("PUT", "")).status()).isEqualTo(405);
  }

  private static final String REGISTERED =
      "{\"name\":\"auth/user.registered\",\"data\":{\"userId\":\"user123\","
          + "\"email\":\"test@example.com\",\"firstName\":\"Test\",\"role\":\"customer\"}}";

  private static ServeRequest request(String method, String body) {
    return new ServeRequest(
        method,
        URI.create("/api/inngest/e/new-key-2"),
        Map.of("Content-Type", "application/json"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode json(ServeResponse response) throws Exception {
    assertThat(response.header("Content-Type").orElseThrow()).contains("json");
    return Json.mapper().readTree(response.body());
  }
}
