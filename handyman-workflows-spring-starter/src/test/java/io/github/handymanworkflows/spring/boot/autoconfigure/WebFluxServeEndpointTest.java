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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.internal.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The serve endpoint over real HTTP on a WebFlux (Netty) server. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.main.web-application-type=reactive",
      "handyman.workflows.serve.path=/wf",
      "handyman.workflows.embedded.accept-http-events=true",
      "handyman.workflows.embedded.event-keys=wf-test-key"
    })
class WebFluxServeEndpointTest {

  @DynamicPropertySource
  static void outbox(DynamicPropertyRegistry registry) throws Exception {
    String dir = Files.createTempDirectory("outbox").toString();
    registry.add("handyman.workflows.mail.outbox-directory", () -> dir);
  }

  @LocalServerPort int port;
  @Autowired EmbeddedEngine engine;

  @Test
  void ingestsAnEventAndDescribesTheEngine() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String event =
        "{\"name\":\"auth/user.registered\",\"data\":{\"userId\":\"user123\","
            + "\"email\":\"test@example.com\",\"firstName\":\"Test\",\"role\":\"customer\"}}";
    HttpResponse<String> keyless =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/wf"))
                .POST(HttpRequest.BodyPublishers.ofString(event))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(keyless.statusCode()).isEqualTo(401);
    assertThat(keyless.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(engine.all()).noneMatch(r -> r.triggerName().equals("auth/user.registered"));

    HttpResponse<String> posted =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/wf/e/wf-test-key"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"auth/user.registered\",\"data\":{\"userId\":\"user123\","
                            + "\"email\":\"test@example.com\",\"firstName\":\"Test\","
                            + "\"role\":\"customer\"}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).isEqualTo(200);
    String id = Json.mapper().readTree(posted.body()).path("ids").get(0).asText();
    assertThat(engine.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(engine.all()).anySatisfy(r -> assertThat(r.triggerEventId()).isEqualTo(id));

    HttpResponse<String> invalid =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/wf"))
                .header("X-Event-Key", "wf-test-key")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"auth/user.registered\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(Json.mapper().readTree(invalid.body()).path("field").asText()).startsWith("data.");

    HttpResponse<String> described =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/wf")).build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode body = Json.mapper().readTree(described.body());
    assertThat(body.path("mode").asText()).isEqualTo("embedded");
    assertThat(body.path("functions"))
        .anySatisfy(f -> assertThat(f.path("id").asText()).isEqualTo(TestWorkflows.WELCOME));
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(TestWorkflows.class)
  static class App {}
}
