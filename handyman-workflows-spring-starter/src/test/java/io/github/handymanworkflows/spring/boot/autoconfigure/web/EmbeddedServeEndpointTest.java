package io.github.handymanworkflows.spring.boot.autoconfigure.web;

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
  private final EmbeddedServeEndpoint endpoint = new EmbeddedServeEndpoint(engine, true);

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
    assertThat(json(endpoint.handle(request("POST", "\"text\""))).path("error").asText())
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
    assertThat(json(response).path("error").asText()).contains("shutting down");
    assertThat(engine.all()).isEmpty();
  }

  @Test
  void refusesEventsWhenIngestionIsOff() {
    ServeResponse response =
        new EmbeddedServeEndpoint(engine, false)
            .handle(request("POST", "{\"name\":\"app/x\",\"data\":{}}"));
    assertThat(response.status()).isEqualTo(403);
    assertThat(engine.all()).isEmpty();
  }

  @Test
  void refusesOtherMethods() {
    assertThat(endpoint.handle(request("PUT", "")).status()).isEqualTo(405);
  }

  private static ServeRequest request(String method, String body) {
    return new ServeRequest(
        method,
        URI.create("/api/inngest"),
        Map.of("Content-Type", "application/json"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode json(ServeResponse response) throws Exception {
    assertThat(response.header("Content-Type")).contains("application/json");
    return Json.mapper().readTree(response.body());
  }
}
