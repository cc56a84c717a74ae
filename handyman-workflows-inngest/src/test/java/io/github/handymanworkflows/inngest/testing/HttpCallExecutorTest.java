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
package io.github.handymanworkflows.inngest.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.execution.ExecutionOutcome;
import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.execution.Op;
import io.github.handymanworkflows.execution.OpCode;
import io.github.handymanworkflows.execution.RetryAfter;
import io.github.handymanworkflows.execution.SerializedError;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpCallExecutorTest {

  private static final Map<String, String> SDK = Map.of("X-Inngest-Sdk", "x:v1.0.0");

  @Test
  void writesTheCallRequestBodyTheServerSends() throws Exception {
    WorkflowFunction fn =
        Workflow.function("greet", "Greet").trigger("app/hi", null).handler((ctx, step) -> null);
    JsonNode event = json("{\"data\":{\"a\":1},\"id\":\"e1\",\"name\":\"app/hi\",\"ts\":5}");
    Map<String, JsonNode> steps = new LinkedHashMap<>();
    steps.put("h1", json("{\"data\":2}"));
    ExecutionRequest request =
        new ExecutionRequest(
            fn, "app", "run-1", List.of(event), steps, List.of("h1"), "h2", true, 1, 4);

    String body = new String(HttpCallExecutor.body(request), StandardCharsets.UTF_8);

    JsonNode parsed = json(body);
    assertThat(parsed.at("/ctx/attempt").asInt()).isEqualTo(1);
    assertThat(parsed.at("/ctx/disable_immediate_execution").asBoolean()).isTrue();
    assertThat(parsed.at("/ctx/max_attempts").asInt()).isEqualTo(4);
    assertThat(parsed.at("/ctx/run_id").asText()).isEqualTo("run-1");
    assertThat(parsed.at("/ctx/step_id").asText()).isEqualTo("step");
    assertThat(parsed.at("/ctx/use_api").asBoolean(true)).isFalse();
    assertThat(parsed.at("/ctx/stack")).isEqualTo(json("{\"current\":1,\"stack\":[\"h1\"]}"));
    assertThat(parsed.get("event")).isEqualTo(event);
    assertThat(parsed.get("events")).containsExactly(event);
    assertThat(parsed.get("steps")).isEqualTo(json("{\"h1\":{\"data\":2}}"));
    assertThat(parsed.get("version").asInt()).isEqualTo(2);
    // JCS: sorted keys, no whitespace, as the server signs it.
    assertThat(body).startsWith("{\"ctx\":{\"attempt\":1,").doesNotContain(" ");
  }

  @Test
  void mapsA200ToCompleted() {
    ExecutionOutcome outcome = HttpCallExecutor.outcome(200, SDK, bytes("{\"ok\":true}"));

    assertThat(outcome).isEqualTo(new ExecutionOutcome.Completed(json("{\"ok\":true}")));
  }

  @Test
  void treatsA2xxWithoutSdkHeaderAsARetriableFailure() {
    ExecutionOutcome outcome = HttpCallExecutor.outcome(200, Map.of(), bytes("{}"));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ExecutionOutcome.Failed.class,
            failed -> {
              assertThat(failed.retriable()).isTrue();
              assertThat(failed.error().message()).contains("X-Inngest-Sdk");
            });
  }

  @Test
  void mapsA206ToOpsWithOptsDataAndRetryAfter() {
    Map<String, String> headers = new LinkedHashMap<>(SDK);
    headers.put("retry-after", "30");
    String body =
        "[{\"id\":\"h1\",\"op\":\"StepRun\",\"name\":\"a\",\"displayName\":\"A\",\"data\":{\"x\":1}},"
            + "{\"id\":\"h2\",\"op\":\"stepError\",\"name\":\"b\",\"error\":{\"name\":\"Error\","
            + "\"message\":\"boom\",\"stack\":\"\"}},"
            + "{\"id\":\"h3\",\"op\":\"WaitForEvent\",\"name\":\"w\",\"opts\":{\"event\":\"e\","
            + "\"timeout\":\"1h\"}}]";

    ExecutionOutcome outcome = HttpCallExecutor.outcome(206, headers, bytes(body));

    assertThat(outcome).isInstanceOf(ExecutionOutcome.Steps.class);
    ExecutionOutcome.Steps steps = (ExecutionOutcome.Steps) outcome;
    assertThat(steps.retryAfter()).isEqualTo(new RetryAfter(Duration.ofSeconds(30), null));
    assertThat(steps.ops())
        .containsExactly(
            new Op("h1", OpCode.StepRun, "a", "A", null, json("{\"x\":1}"), null),
            new Op(
                "h2",
                OpCode.StepError,
                "b",
                "b",
                null,
                null,
                new SerializedError("Error", "boom", null)),
            new Op(
                "h3",
                OpCode.WaitForEvent,
                "w",
                "w",
                (ObjectNode) json("{\"event\":\"e\",\"timeout\":\"1h\"}"),
                null,
                null));
  }

  @Test
  void readsJsStylePausesAndInvokesLikeTheServer() {
    String body =
        "[{\"id\":\"h1\",\"op\":\"Sleep\",\"name\":\"1m\",\"displayName\":\"nap\",\"opts\":{}},"
            + "{\"id\":\"h2\",\"op\":\"InvokeFunction\",\"displayName\":\"call\","
            + "\"userland\":{\"id\":\"call\"},\"opts\":{\"function_id\":\"app-child\"}}]";

    ExecutionOutcome.Steps steps =
        (ExecutionOutcome.Steps) HttpCallExecutor.outcome(206, SDK, bytes(body));

    assertThat(steps.ops().get(0).opts()).isEqualTo(json("{\"duration\":\"1m\"}"));
    assertThat(steps.ops().get(1).name()).isEqualTo("call");
  }

  @Test
  void makesAStepErrorFinalWhenTheAnswerSaysNoRetry() {
    Map<String, String> headers = new LinkedHashMap<>(SDK);
    headers.put("X-Inngest-No-Retry", "true");
    String body =
        "[{\"id\":\"h\",\"op\":\"StepError\",\"name\":\"s\",\"error\":{\"message\":\"x\"}}]";

    ExecutionOutcome.Steps steps =
        (ExecutionOutcome.Steps) HttpCallExecutor.outcome(206, headers, bytes(body));

    assertThat(steps.ops().get(0).op()).isEqualTo(OpCode.StepFailed);
    assertThat(steps.noRetry()).isTrue();
  }

  @Test
  void mapsA400WithNoRetryToAFinalFailure() {
    ExecutionOutcome outcome =
        HttpCallExecutor.outcome(
            400,
            Map.of("x-inngest-no-retry", "true"),
            bytes("{\"name\":\"NonRetriableError\",\"message\":\"bad\",\"stack\":\"at x\"}"));

    assertThat(outcome)
        .isEqualTo(
            new ExecutionOutcome.Failed(
                new SerializedError("NonRetriableError", "bad", "at x"), false, null));
  }

  @Test
  void mapsA500WithRequestedStepToStepNotFound() {
    ExecutionOutcome outcome =
        HttpCallExecutor.outcome(
            500,
            SDK,
            bytes(
                "{\"error\":\"…\",\"requestedStep\":\"h9\",\"foundSteps\":[\"h1\",{\"id\":\"h2\"}]}"));

    assertThat(outcome).isEqualTo(new ExecutionOutcome.StepNotFound("h9", List.of("h1", "h2")));
  }

  @Test
  void mapsOther500sToRetriableFailuresWithRetryAfter() {
    ExecutionOutcome outcome =
        HttpCallExecutor.outcome(
            500,
            Map.of("Retry-After", "2026-01-01T00:00:30Z", "X-Inngest-No-Retry", "false"),
            bytes("{\"name\":\"Error\",\"message\":\"slow down\"}"));

    assertThat(outcome)
        .isEqualTo(
            new ExecutionOutcome.Failed(
                new SerializedError("Error", "slow down", null),
                true,
                new RetryAfter(null, Instant.parse("2026-01-01T00:00:30Z"))));
  }

  @Test
  void quotesANonJsonErrorBody() {
    ExecutionOutcome outcome = HttpCallExecutor.outcome(401, Map.of(), bytes("Unauthorized"));

    assertThat(((ExecutionOutcome.Failed) outcome).error().message())
        .isEqualTo("HTTP 401: Unauthorized");
    assertThat(((ExecutionOutcome.Failed) outcome).retriable()).isTrue();
  }

  @Test
  void reportsAnUnreachableEndpointAsARetriableFailure() {
    WorkflowFunction fn = Workflow.function("f", "F").handler((ctx, step) -> null);
    HttpCallExecutor executor =
        HttpCallExecutor.builder(URI.create("http://127.0.0.1:1/api/inngest"))
            .timeout(Duration.ofSeconds(2))
            .build();
    ExecutionRequest request =
        new ExecutionRequest(
            fn,
            "app",
            "r",
            List.of(json("{\"name\":\"x\"}")),
            Map.of(),
            List.of(),
            null,
            false,
            0,
            1);

    ExecutionOutcome outcome = executor.execute(request).outcome();

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ExecutionOutcome.Failed.class, failed -> assertThat(failed.retriable()).isTrue());
  }

  @Test
  void rejectsARelativeServeUrl() {
    assertThatThrownBy(() -> HttpCallExecutor.builder(URI.create("/api/inngest")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("serveUrl");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
