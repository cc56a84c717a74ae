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
package io.github.handymanworkflows.samples.plainjava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.handymanworkflows.inngest.testing.InngestServerHarness;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the sample in-process in dev mode against an {@link InngestServerHarness} standing in for
 * the Dev Server, and checks what the Dev Server relies on: introspection and sync.
 */
class PlainJavaSampleIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path outbox;

  @Test
  void introspectsAndSyncsEveryWorkflowInDevMode() throws Exception {
    try (InngestServerHarness inngest = InngestServerHarness.builder().build();
        PlainJavaSample sample = PlainJavaSample.start(devEnvironment(inngest))) {
      long expected =
          servedFunctionCount(
              HandymanWorkflows.all(
                  SampleDependencies.fromEnvironment(devEnvironment(inngest), Clock.systemUTC())));

      HttpResponse<String> introspection =
          http.send(
              HttpRequest.newBuilder(sample.serveUri()).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> sync =
          http.send(
              HttpRequest.newBuilder(sample.serveUri())
                  .header("X-Inngest-Server-Kind", "dev")
                  .PUT(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(introspection.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(introspection.body());
      assertThat(body.get("mode").asText()).isEqualTo("dev");
      assertThat(body.get("function_count").asLong()).isEqualTo(expected);
      assertThat(sync.statusCode()).as("sync answer %s", sync.body()).isEqualTo(200);
      List<JsonNode> registrations = inngest.registrations();
      assertThat(registrations).hasSize(1);
      JsonNode register = registrations.get(0);
      assertThat(register.get("appName").asText()).isEqualTo("handyman-app");
      assertThat(register.get("url").asText()).isEqualTo(sample.serveUri().toString());
      assertThat(register.get("functions")).hasSize((int) expected);
      assertThat(inngest.serveUrl()).contains(sample.serveUri());
    }
  }

  @Test
  void refusesCloudModeWithoutASigningKey() {
    assertThatThrownBy(() -> PlainJavaSample.start(Map.of("PORT", "0")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INNGEST_SIGNING_KEY");
  }

  @Test
  void namesAMalformedPort() {
    assertThatThrownBy(() -> PlainJavaSample.start(Map.of("INNGEST_DEV", "1", "PORT", "http")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PORT");
  }

  private Map<String, String> devEnvironment(InngestServerHarness inngest) {
    URI origin = inngest.baseUri();
    return Map.of(
        "INNGEST_DEV",
        "1",
        "INNGEST_BASE_URL",
        origin.toString(),
        "PORT",
        "0",
        "MAIL_OUTBOX_DIR",
        outbox.toString());
  }

  /** The catalogue's functions plus one failure handler for each that has one. */
  private static long servedFunctionCount(List<WorkflowFunction> functions) {
    return functions.size()
        + functions.stream().filter(f -> f.failureFunction("handyman-app").isPresent()).count();
  }
}
