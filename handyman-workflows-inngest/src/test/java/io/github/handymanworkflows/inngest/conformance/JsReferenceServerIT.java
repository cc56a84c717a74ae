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
package io.github.handymanworkflows.inngest.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Drives the official JS SDK (src/test/node/reference-server.mjs) through the sequences of
 * inngest-protocol.md §9 and records its answers under src/test/resources/js-reference (record with
 * {@code -Djsref.record=true}; otherwise the live answers must equal the recordings). Skipped only
 * when {@code node} is not on the PATH.
 */
class JsReferenceServerIT {

  static final String SIGNING_KEY = "signkey-test-7468697320697320612074657374206b6579";
  // "fallback key" in hex.
  static final String FALLBACK_KEY = "signkey-test-66616c6c6261636b206b6579";
  static final String EVENT_KEY = "conformance-event-key";
  static final String APP = "conformance-app";

  private static final Clock CLOCK = Clock.systemUTC();

  private static @Nullable FakeInngestApi api;
  private static @Nullable JsReferenceServer js;
  private static @Nullable ProtocolClient client;
  private static @Nullable ReferenceRecorder recorder;

  @BeforeAll
  static void startServers() {
    assumeTrue(
        JsReferenceServer.nodeAvailable(),
        "node is not on the PATH: skipping the JS reference conformance tests");
    api = FakeInngestApi.start();
    String apiOrigin = api.baseUri().toString();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("INNGEST_DEV", "0");
    env.put("INNGEST_SIGNING_KEY", SIGNING_KEY);
    env.put("INNGEST_SIGNING_KEY_FALLBACK", FALLBACK_KEY);
    env.put("INNGEST_EVENT_KEY", EVENT_KEY);
    env.put("INNGEST_BASE_URL", apiOrigin);
    env.put("INNGEST_API_BASE_URL", apiOrigin);
    env.put("INNGEST_EVENT_API_BASE_URL", apiOrigin);
    js = JsReferenceServer.start(env);
    client = new ProtocolClient(js.serveUri());
    recorder =
        ReferenceRecorder.fromSystemProperties()
            .replacing("127.0.0.1:" + js.port(), "127.0.0.1:<serve-port>")
            .replacing("127.0.0.1:" + api.baseUri().getPort(), "127.0.0.1:<api-port>");
  }

  @AfterAll
  static void stopServers() {
    if (js != null) {
      js.close();
    }
    if (api != null) {
      api.close();
    }
  }

  @BeforeEach
  void resetFakeApi() {
    api().reset();
  }

  // ---------------------------------------------------------------------------------------------------------------

  @Nested
  class RunSleepRun {
    private final String fetchUser = StepIds.hash("fetch-user");
    private final String sleep = StepIds.hash("wait-1m");
    private final String chargeCard = StepIds.hash("charge-card");
    private final ObjectNode event = event("conformance/run-sleep-run", "{\"orderId\":\"o_1\"}");

    @Test
    void runsFirstStepImmediatelyThenSleepsThenRunsSecondThenReturns() {
      ProtocolResponse first = call("run-sleep-run", "step", CallRequests.forEvent(event));
      record("run-sleep-run-1-fetch-user", first);
      assertThat(first.status()).isEqualTo(206);
      assertThat(first.header("x-inngest-req-version")).contains("2");
      JsonNode op = single(first);
      assertThat(op.get("id").textValue()).isEqualTo(fetchUser);
      assertThat(op.get("op").textValue()).isEqualTo("StepRun");
      assertThat(op.get("data")).isEqualTo(json("{\"id\":\"u_1\",\"email\":\"a@example.com\"}"));

      CallRequests.Builder afterFetch =
          CallRequests.forEvent(event)
              .version(2)
              .memoized(
                  fetchUser,
                  CallRequests.data(json("{\"email\":\"a@example.com\",\"id\":\"u_1\"}")));
      ProtocolResponse second = call("run-sleep-run", "step", afterFetch);
      record("run-sleep-run-2-sleep", second);
      assertThat(second.status()).isEqualTo(206);
      assertThat(single(second).get("op").textValue()).isEqualTo("Sleep");
      assertThat(single(second).get("id").textValue()).isEqualTo(sleep);

      ProtocolResponse third = call("run-sleep-run", "step", afterFetch.memoized(sleep, null));
      record("run-sleep-run-3-charge-card", third);
      assertThat(single(third).get("op").textValue()).isEqualTo("StepRun");
      assertThat(single(third).get("id").textValue()).isEqualTo(chargeCard);
      assertThat(single(third).get("data")).isEqualTo(json("{\"chargeId\":\"ch_1\"}"));

      ProtocolResponse fourth =
          call(
              "run-sleep-run",
              "step",
              afterFetch.memoized(chargeCard, CallRequests.data(json("{\"chargeId\":\"ch_1\"}"))));
      record("run-sleep-run-4-complete", fourth);
      assertThat(fourth.status()).isEqualTo(200);
      assertThat(fourth.json()).isEqualTo(json("{\"status\":\"done\",\"chargeId\":\"ch_1\"}"));
    }

    @Test
    void plansTheStepWhenImmediateExecutionIsDisabledAndRunsItOnTheTargetedRequest() {
      CallRequests.Builder request = CallRequests.forEvent(event).disableImmediateExecution(true);

      ProtocolResponse discovery = call("run-sleep-run", "step", request);
      record("run-sleep-run-die-1-planned", discovery);
      assertThat(discovery.status()).isEqualTo(206);
      assertThat(single(discovery).get("op").textValue()).isEqualTo("StepPlanned");
      assertThat(single(discovery).get("id").textValue()).isEqualTo(fetchUser);

      ProtocolResponse targeted = call("run-sleep-run", fetchUser, request);
      record("run-sleep-run-die-2-targeted", targeted);
      assertThat(targeted.status()).isEqualTo(206);
      assertThat(single(targeted).get("op").textValue()).isEqualTo("StepRun");
      assertThat(single(targeted).get("data").get("id").textValue()).isEqualTo("u_1");
    }

    @Test
    void answersStepNotFoundWhenTheTargetedHashIsNeverReached() {
      String unknown = StepIds.hash("never-reached");

      ProtocolResponse response =
          call(
              "run-sleep-run",
              unknown,
              CallRequests.forEvent(event).disableImmediateExecution(true));

      record("targeted-step-not-found", response);
      assertThat(response.status()).isEqualTo(500);
      assertThat(response.header("x-inngest-no-retry")).contains("false");
      assertThat(response.json().get("requestedStep").textValue()).isEqualTo(unknown);
    }

    @Test
    void rejectsAnEventThatMatchesNoTrigger() {
      ProtocolResponse response =
          call("run-sleep-run", "step", CallRequests.forEvent(event("shop/order.created", "{}")));

      record("event-not-in-triggers", response);
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.header("x-inngest-no-retry")).contains("true");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  @Nested
  class WaitForEvent {
    private final String wait = StepIds.hash("wait-for-payment");
    private final ObjectNode event = event("shop/order.created", "{\"orderId\":\"o_1\"}");

    @Test
    void reportsTheWaitWithItsIfExpression() {
      ProtocolResponse response = call("await-payment", "step", CallRequests.forEvent(event));

      record("await-payment-1-wait", response);
      assertThat(response.status()).isEqualTo(206);
      JsonNode op = single(response);
      assertThat(op.get("op").textValue()).isEqualTo("WaitForEvent");
      assertThat(op.get("id").textValue()).isEqualTo(wait);
      assertThat(op.at("/opts/if").textValue())
          .isEqualTo("event.data.orderId == async.data.orderId");
      assertThat(op.at("/opts/timeout").textValue()).isEqualTo("1h");
    }

    @Test
    void returnsUnpaidWhenTheWaitTimedOut() {
      ProtocolResponse response =
          call(
              "await-payment",
              "step",
              CallRequests.forEvent(event).version(2).memoized(wait, null));

      record("await-payment-2-timeout", response);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.json()).isEqualTo(json("{\"paid\":false}"));
    }

    @Test
    void returnsTheAmountWhenTheEventMatched() {
      JsonNode matched =
          json(
              "{\"data\":{\"amount\":42,\"orderId\":\"o_1\"},\"id\":\"01JQ80PAYMENT000000000000EV\","
                  + "\"name\":\"shop/payment.received\",\"ts\":1767225660000,\"user\":{}}");

      ProtocolResponse response =
          call(
              "await-payment",
              "step",
              CallRequests.forEvent(event).version(2).memoized(wait, matched));

      record("await-payment-2-matched", response);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.json()).isEqualTo(json("{\"paid\":true,\"amount\":42}"));
    }

    @Test
    void expandsMatchIntoAnIfExpression() {
      ProtocolResponse response = call("await-match", "step", CallRequests.forEvent(event));

      record("await-match-1-wait", response);
      assertThat(single(response).at("/opts/if").textValue())
          .isEqualTo("event.data.orderId == async.data.orderId");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  @Nested
  class StepErrors {
    private final String flakyCall = StepIds.hash("flaky-call");
    private final String validate = StepIds.hash("validate");

    @Test
    void reportsARetriableStepErrorOnAnEarlyAttempt() {
      ProtocolResponse response =
          call("flaky", "step", CallRequests.forEvent(event("conformance/flaky", "{}")));

      record("flaky-attempt-0", response);
      assertThat(response.status()).isEqualTo(206);
      assertThat(response.header("x-inngest-no-retry")).contains("false");
      JsonNode op = single(response);
      assertThat(op.get("op").textValue()).isEqualTo("StepError");
      assertThat(op.get("id").textValue()).isEqualTo(flakyCall);
      assertThat(op.at("/error/message").textValue()).isEqualTo("connection reset");
    }

    @Test
    void reportsTheFinalAttempt() {
      ProtocolResponse response =
          call(
              "flaky",
              "step",
              CallRequests.forEvent(event("conformance/flaky", "{}")).attempt(4).maxAttempts(5));

      record("flaky-final-attempt", response);
      assertThat(response.status()).isEqualTo(206);
      assertThat(single(response).get("id").textValue()).isEqualTo(flakyCall);
    }

    @Test
    void failsTheRunNonRetriablyWhenAFailedStepIsReplayed() {
      ProtocolResponse response =
          call(
              "flaky",
              "step",
              CallRequests.forEvent(event("conformance/flaky", "{}"))
                  .version(2)
                  .memoized(
                      flakyCall,
                      CallRequests.error(
                          "Error", "connection reset", "Error: connection reset\n    at x")));

      record("flaky-replayed-error", response);
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.header("x-inngest-no-retry")).contains("true");
    }

    @Test
    void reportsANonRetriableStepErrorAsFailed() {
      ProtocolResponse response =
          call(
              "non-retriable",
              "step",
              CallRequests.forEvent(event("conformance/non-retriable", "{}")));

      record("non-retriable-step", response);
      assertThat(response.status()).isEqualTo(206);
      assertThat(response.header("x-inngest-no-retry")).contains("true");
      assertThat(single(response).get("op").textValue()).isEqualTo("StepFailed");
      assertThat(single(response).get("id").textValue()).isEqualTo(validate);
      assertThat(single(response).at("/error/name").textValue()).isEqualTo("NonRetriableError");
    }

    @Test
    void failsTheRunWhenTheNonRetriableStepErrorIsReplayed() {
      ProtocolResponse response =
          call(
              "non-retriable",
              "step",
              CallRequests.forEvent(event("conformance/non-retriable", "{}"))
                  .version(2)
                  .memoized(
                      validate,
                      CallRequests.error(
                          "NonRetriableError",
                          "order total is negative",
                          "NonRetriableError: order total is negative\n    at x")));

      record("non-retriable-replayed-error", response);
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.header("x-inngest-no-retry")).contains("true");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  @Nested
  class FunctionErrors {

    @Test
    void answersNonRetriableFunctionErrorWith400() {
      ProtocolResponse response =
          call(
              "fn-non-retriable",
              "step",
              CallRequests.forEvent(event("conformance/fn-non-retriable", "{}")));

      record("fn-non-retriable", response);
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.header("x-inngest-no-retry")).contains("true");
      assertThat(response.json().get("name").textValue()).isEqualTo("NonRetriableError");
      assertThat(response.json().get("message").textValue()).isEqualTo("order total is negative");
    }

    @Test
    void answersRetryAfterWithTheDelayHeader() {
      ProtocolResponse response =
          call(
              "fn-retry-after",
              "step",
              CallRequests.forEvent(event("conformance/fn-retry-after", "{}")));

      record("fn-retry-after", response);
      assertThat(response.status()).isEqualTo(500);
      assertThat(response.header("x-inngest-no-retry")).contains("false");
      assertThat(response.header("retry-after")).contains("30");
    }

    @Test
    void answersAnOrdinaryFunctionErrorWith500() {
      ProtocolResponse response =
          call("fn-error", "step", CallRequests.forEvent(event("conformance/fn-error", "{}")));

      record("fn-error", response);
      assertThat(response.status()).isEqualTo(500);
      assertThat(response.header("x-inngest-no-retry")).contains("false");
      assertThat(response.json().get("message").textValue()).isEqualTo("boom");
    }

    @Test
    void answersAnOrdinaryFunctionErrorOnTheFinalAttempt() {
      ProtocolResponse response =
          call(
              "fn-error",
              "step",
              CallRequests.forEvent(event("conformance/fn-error", "{}")).attempt(4).maxAttempts(5));

      record("fn-error-final-attempt", response);
      assertThat(response.json().get("message").textValue()).isEqualTo("boom");
    }

    @Test
    void answersUnknownFunctionIdWith500() {
      ProtocolResponse response =
          call("does-not-exist", "step", CallRequests.forEvent(event("conformance/loop", "{}")));

      record("unknown-fn-id", response);
      assertThat(response.status()).isEqualTo(500);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  @Nested
  class Parallel {
    private final String stepA = StepIds.hash("step-a");
    private final String stepB = StepIds.hash("step-b");
    private final String finalize = StepIds.hash("finalize");
    private final ObjectNode event = event("conformance/parallel", "{}");

    @Test
    void plansBothBranchesOnDiscoveryWithoutRunningThem() {
      ProtocolResponse response = call("parallel", "step", CallRequests.forEvent(event));

      record("parallel-1-discovery", response);
      assertThat(response.status()).isEqualTo(206);
      assertThat(response.json()).hasSize(2);
      List<String> ops = new java.util.ArrayList<>();
      List<String> ids = new java.util.ArrayList<>();
      response.json().forEach(op -> ops.add(op.get("op").textValue()));
      response.json().forEach(op -> ids.add(op.get("id").textValue()));
      assertThat(ops).containsOnly("StepPlanned");
      assertThat(ids).containsExactly(stepA, stepB);
    }

    @Test
    void runsOnlyTheTargetedBranch() {
      CallRequests.Builder request =
          CallRequests.forEvent(event).version(2).disableImmediateExecution(true);

      ProtocolResponse a = call("parallel", stepA, request);
      record("parallel-2-targeted-a", a);
      assertThat(single(a).get("op").textValue()).isEqualTo("StepRun");
      assertThat(single(a).get("id").textValue()).isEqualTo(stepA);
      assertThat(single(a).get("data").textValue()).isEqualTo("A");

      ProtocolResponse b =
          call("parallel", stepB, request.memoized(stepA, CallRequests.data(json("\"A\""))));
      record("parallel-3-targeted-b", b);
      assertThat(single(b).get("id").textValue()).isEqualTo(stepB);
      assertThat(single(b).get("data").textValue()).isEqualTo("B");
    }

    @Test
    void runsOrPlansTheNextStepAfterTheGroupDependingOnTheFlag() {
      CallRequests.Builder afterGroup =
          CallRequests.forEvent(event)
              .version(2)
              .memoized(stepB, CallRequests.data(json("\"B\"")))
              .memoized(stepA, CallRequests.data(json("\"A\"")));

      ProtocolResponse immediate = call("parallel", "step", afterGroup);
      record("parallel-4-finalize-immediate", immediate);
      assertThat(single(immediate).get("op").textValue()).isEqualTo("StepRun");
      assertThat(single(immediate).get("id").textValue()).isEqualTo(finalize);

      ProtocolResponse planned =
          call("parallel", "step", afterGroup.disableImmediateExecution(true));
      record("parallel-4-finalize-planned", planned);
      assertThat(single(planned).get("op").textValue()).isEqualTo("StepPlanned");
      assertThat(single(planned).get("id").textValue()).isEqualTo(finalize);

      ProtocolResponse done =
          call(
              "parallel",
              "step",
              afterGroup
                  .disableImmediateExecution(false)
                  .memoized(finalize, CallRequests.data(json("\"F\""))));
      record("parallel-5-complete", done);
      assertThat(done.status()).isEqualTo(200);
      assertThat(done.json()).isEqualTo(json("{\"a\":\"A\",\"b\":\"B\",\"f\":\"F\"}"));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  @Nested
  class InvokeSendAndLoop {

    @Test
    void reportsTheInvocationAndReturnsTheChildResult() {
      String callChild = StepIds.hash("call-child");
      ObjectNode event = event("conformance/invoker", "{}");

      ProtocolResponse invoke = call("invoker", "step", CallRequests.forEvent(event));
      record("invoker-1-invoke", invoke);
      JsonNode op = single(invoke);
      assertThat(op.get("op").textValue()).isEqualTo("InvokeFunction");
      assertThat(op.get("id").textValue()).isEqualTo(callChild);
      assertThat(op.at("/opts/function_id").textValue()).isEqualTo(APP + "-child");
      assertThat(op.at("/opts/payload/data")).isEqualTo(json("{\"x\":1}"));

      ProtocolResponse done =
          call(
              "invoker",
              "step",
              CallRequests.forEvent(event)
                  .version(2)
                  .memoized(callChild, CallRequests.data(json("{\"doubled\":2}"))));
      record("invoker-2-complete", done);
      assertThat(done.status()).isEqualTo(200);
      assertThat(done.json()).isEqualTo(json("{\"doubled\":2}"));

      ObjectNode timeout = ConformanceJson.object();
      timeout
          .putObject("error")
          .put("name", "InngestInvokeTimeoutError")
          .put("message", "Timed out waiting for invoked function to complete")
          .put("error", "Timed out waiting for invoked function to complete");
      ProtocolResponse timedOut =
          call(
              "invoker",
              "step",
              CallRequests.forEvent(event).version(2).memoized(callChild, timeout));
      record("invoker-2-timeout", timedOut);
      assertThat(timedOut.status()).isEqualTo(400);
    }

    @Test
    void runsTheInvokedChildWithTheInvocationEvent() {
      ObjectNode data = json("{\"x\":1}").deepCopy();
      data.putObject("_inngest")
          .put("fn_id", APP + "-child")
          .put("source_app_id", APP)
          .put("source_fn_id", APP + "-invoker");
      ProtocolResponse response =
          call(
              "child",
              "step",
              CallRequests.forEvent(CallRequests.event("inngest/function.invoked", data)));

      record("child-invoked", response);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.json()).isEqualTo(json("{\"doubled\":2}"));
    }

    @Test
    void sendsTheEventInsideTheStepAndReturnsTheIds() {
      String sendWelcome = StepIds.hash("send-welcome");
      ObjectNode event = event("conformance/sender", "{}");

      ProtocolResponse planned =
          call("sender", "step", CallRequests.forEvent(event).disableImmediateExecution(true));
      record("sender-1-planned", planned);
      assertThat(single(planned).get("op").textValue()).isEqualTo("StepPlanned");
      assertThat(api().requestsTo("/e/")).isEmpty();

      ProtocolResponse sent = call("sender", "step", CallRequests.forEvent(event));
      record("sender-1-immediate", sent);
      assertThat(single(sent).get("op").textValue()).isEqualTo("StepRun");
      assertThat(single(sent).get("id").textValue()).isEqualTo(sendWelcome);
      List<RecordedRequest> eventPosts = api().requestsTo("/e/");
      assertThat(eventPosts).hasSize(1);
      recorder().request("sender-event-request", eventPosts.get(0));
      assertThat(eventPosts.get(0).path()).isEqualTo("/e/" + EVENT_KEY);
      assertThat(eventPosts.get(0).json().get(0).get("id").textValue()).isEqualTo("welcome-u_1");

      ProtocolResponse done =
          call(
              "sender",
              "step",
              CallRequests.forEvent(event)
                  .version(2)
                  .memoized(sendWelcome, ((ObjectNode) single(sent).deepCopy()).retain("data")));
      record("sender-2-complete", done);
      assertThat(done.json().textValue()).isEqualTo("sent");
    }

    @Test
    void suffixesRepeatedStepIdsWithTheirIndex() {
      ObjectNode event = event("conformance/loop", "{}");
      CallRequests.Builder request = CallRequests.forEvent(event).version(2);
      String[] userIds = {"loop-item", "loop-item:1", "loop-item:2"};
      for (int i = 0; i < userIds.length; i++) {
        ProtocolResponse response = call("loop", "step", request);
        record("loop-" + (i + 1), response);
        assertThat(single(response).get("id").textValue()).isEqualTo(StepIds.hash(userIds[i]));
        assertThat(single(response).get("data").intValue()).isEqualTo(i);
        request.memoized(StepIds.hash(userIds[i]), CallRequests.data(json(Integer.toString(i))));
      }

      ProtocolResponse done = call("loop", "step", request);
      record("loop-4-complete", done);
      assertThat(done.json().intValue()).isEqualTo(3);
    }

    @Test
    void fetchesEventsAndStepsFromTheApiWhenToldTo() {
      ObjectNode event = event("conformance/loop", "{}");
      api()
          .runBatchResponse(CallRequests.RUN_ID, 200, "[" + ConformanceJson.canonical(event) + "]");
      api()
          .runActionsResponse(
              CallRequests.RUN_ID, 200, "{\"" + StepIds.hash("loop-item") + "\":{\"data\":0}}");

      ProtocolResponse response =
          call("loop", "step", CallRequests.forEvent(event).version(2).useApi(true));

      record("use-api-loop", response);
      assertThat(single(response).get("id").textValue()).isEqualTo(StepIds.hash("loop-item:1"));
      assertThat(api().requestsTo("/v0/runs/")).hasSize(2);
      recorder()
          .request(
              "use-api-actions-request",
              api().requestsTo("/v0/runs/" + CallRequests.RUN_ID + "/actions").get(0));
    }

    @Test
    void failsRetriablyWhenTheApiPayloadIsUnavailable() {
      ProtocolResponse response =
          call("loop", "step", CallRequests.forEvent(event("conformance/loop", "{}")).useApi(true));

      record("use-api-unavailable", response);
      assertThat(response.status()).isEqualTo(500);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  @Nested
  class SignaturesAndIntrospection {
    private final String body =
        CallRequests.forEvent(event("inngest/function.invoked", "{\"x\":1}")).json();

    @Test
    void rejectsACallWithoutSignature() {
      ProtocolResponse response = client().call(fnId("child"), "step", body, Map.of());

      record("signature-missing", response);
      assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void rejectsATamperedBody() {
      String signature = CallRequests.sign(body, SIGNING_KEY, now());
      String tampered = body.replace("\"x\":1", "\"x\":2");

      ProtocolResponse response = signedCall(tampered, signature);

      record("signature-tampered-body", response);
      assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void rejectsASignatureOlderThanFiveMinutes() {
      ProtocolResponse response =
          signedCall(
              body, CallRequests.sign(body, SIGNING_KEY, now().minus(Duration.ofMinutes(6))));

      record("signature-stale", response);
      assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void rejectsASignatureFromTheFuture() {
      ProtocolResponse response =
          signedCall(body, CallRequests.sign(body, SIGNING_KEY, now().plus(Duration.ofMinutes(6))));

      record("signature-future", response);
      assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void rejectsAnUnknownKey() {
      ProtocolResponse response =
          signedCall(body, CallRequests.sign(body, "signkey-test-00112233445566778899", now()));

      record("signature-wrong-key", response);
      assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void acceptsTheFallbackKey() {
      ProtocolResponse response = signedCall(body, CallRequests.sign(body, FALLBACK_KEY, now()));

      record("signature-fallback-key", response);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.json()).isEqualTo(json("{\"doubled\":2}"));
    }

    @Test
    void verifiesAgainstTheCanonicalFormOfTheBodyNotItsRawBytes() {
      String pretty = ConformanceJson.parse(body).toPrettyString();

      ProtocolResponse rawSigned =
          signedCall(pretty, CallRequests.sign(pretty, SIGNING_KEY, now()));
      ProtocolResponse canonicalSigned =
          signedCall(pretty, CallRequests.sign(body, SIGNING_KEY, now()));

      record("signature-non-canonical-body-raw-signed", rawSigned);
      record("signature-non-canonical-body-canonical-signed", canonicalSigned);
      assertThat(rawSigned.status()).isEqualTo(401);
      assertThat(canonicalSigned.status()).isEqualTo(200);
    }

    @Test
    void answersUnsignedIntrospection() {
      ProtocolResponse response = client().get(Map.of(), Map.of());

      record("introspection-unsigned", response);
      assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void answersIntrospectionWithABadSignature() {
      ProtocolResponse response =
          client()
              .get(
                  Map.of(),
                  Map.of("X-Inngest-Signature", CallRequests.sign("x", SIGNING_KEY, now())));

      record("introspection-bad-signature", response);
      assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void answersSignedIntrospectionWithTheAuthenticatedBody() {
      ProtocolResponse response =
          client()
              .get(
                  Map.of(),
                  Map.of("X-Inngest-Signature", CallRequests.sign("", SIGNING_KEY, now())));

      record("introspection-signed", response);
      assertThat(response.status()).isEqualTo(200);
      JsonNode body = response.json();
      assertThat(body.get("authentication_succeeded").booleanValue()).isTrue();
      assertThat(body.get("app_id").textValue()).isEqualTo(APP);
      assertThat(body.get("mode").textValue()).isEqualTo("cloud");
      assertThat(body.get("event_key_hash").textValue()).isEqualTo(Signatures.sha256Hex(EVENT_KEY));
      String hashedKey =
          Signatures.hashedSigningKey(SIGNING_KEY).substring("signkey-test-".length());
      assertThat(body.get("signing_key_hash").textValue()).isEqualTo(hashedKey.substring(0, 12));
    }

    @Test
    void answersTrustProbes() {
      Map<String, String> signed =
          Map.of(
              "X-Inngest-Signature",
              CallRequests.sign("{}", SIGNING_KEY, now()),
              "Content-Type",
              "application/json");

      ProtocolResponse trust = client().post(Map.of("probe", "trust"), signed, "{}");
      ProtocolResponse other = client().post(Map.of("probe", "other"), signed, "{}");
      ProtocolResponse unsigned = client().post(Map.of("probe", "trust"), Map.of(), "{}");

      record("probe-trust", trust);
      record("probe-unknown", other);
      record("probe-trust-unsigned", unsigned);
      assertThat(trust.status()).isEqualTo(200);
      assertThat(trust.body()).isEmpty();
      assertThat(other.status()).isEqualTo(400);
      assertThat(unsigned.status()).isEqualTo(401);
    }

    @Test
    void rejectsATrustProbeWithoutBodyEvenWhenSigned() {
      ProtocolResponse response =
          client()
              .post(
                  Map.of("probe", "trust"),
                  Map.of("X-Inngest-Signature", CallRequests.sign("", SIGNING_KEY, now())),
                  "");

      record("probe-trust-empty-body", response);
      assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void answersUnsupportedMethodsWith405() {
      ProtocolResponse response = client().send("DELETE", Map.of(), Map.of(), null);

      record("method-not-allowed", response);
      assertThat(response.status()).isEqualTo(405);
    }

    private ProtocolResponse signedCall(String requestBody, String signature) {
      return client()
          .call(fnId("child"), "step", requestBody, Map.of("X-Inngest-Signature", signature));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  @Nested
  class Sync {

    @Test
    void registersWithTheApiAndMirrorsTheServerKind() {
      ProtocolResponse response =
          client()
              .put(
                  Map.of("deployId", "d1"),
                  Map.of("X-Inngest-Server-Kind", "cloud", "Content-Type", "application/json"),
                  "");

      record("sync-out-of-band", response);
      assertThat(response.status()).isEqualTo(200);
      List<RecordedRequest> registers = api().requestsTo("/fn/register");
      assertThat(registers).hasSize(1);
      RecordedRequest register = registers.get(0);
      recorder().request("sync-register-request", register);
      assertThat(register.query()).isEqualTo("deployId=d1");
      assertThat(register.header("authorization"))
          .contains("Bearer " + Signatures.hashedSigningKey(SIGNING_KEY));
      assertThat(register.header("x-inngest-expected-server-kind")).contains("cloud");
      JsonNode payload = register.json();
      assertThat(payload.get("appName").textValue()).isEqualTo(APP);
      // JS keeps deployId in the reported URL and in every runtime URL (the protocol says to strip
      // it).
      assertThat(payload.get("url").textValue()).isEqualTo(js().serveUri() + "?deployId=d1");
      assertThat(payload.get("functions").findValuesAsText("id"))
          .contains(APP + "-cron-fn", APP + "-on-failure-fn", APP + "-on-failure-fn-failure");
    }

    @Test
    void keepsSdkHeadersOnTheAnswerWhenTheSyncIsSigned() {
      ProtocolResponse response =
          client()
              .put(
                  Map.of(),
                  Map.of("X-Inngest-Signature", CallRequests.sign("", SIGNING_KEY, now())),
                  "");

      record("sync-out-of-band-signed", response);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("x-inngest-sync-kind")).contains("out_of_band");
      assertThat(api().requestsTo("/fn/register")).hasSize(1);
    }

    @Test
    void answersInBandSyncWithTheConfigurationAndNoRegisterCall() {
      String body = "{\"url\":\"" + js().serveUri() + "\"}";

      ProtocolResponse response =
          client()
              .put(
                  Map.of(),
                  Map.of(
                      "X-Inngest-Signature",
                      CallRequests.sign(body, SIGNING_KEY, now()),
                      "X-Inngest-Sync-Kind",
                      "in_band",
                      "X-Inngest-Server-Kind",
                      "cloud",
                      "Content-Type",
                      "application/json"),
                  body);

      record("sync-in-band", response);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("x-inngest-sync-kind")).contains("in_band");
      assertThat(response.json().get("app_id").textValue()).isEqualTo(APP);
      assertThat(api().requestsTo("/fn/register")).isEmpty();
    }

    @Test
    void reportsModifiedFromTheRegisterAnswer() {
      api().registerResponse(200, "{\"ok\":true,\"modified\":true}");

      ProtocolResponse response = client().put(Map.of(), Map.of(), "");

      record("sync-modified", response);
      assertThat(response.json().get("modified").booleanValue()).isTrue();
    }

    @Test
    void reportsARegisterFailure() {
      api().registerResponse(400, "{\"error\":\"boom\",\"status\":400}");

      ProtocolResponse response = client().put(Map.of(), Map.of(), "");

      record("sync-register-failed", response);
      assertThat(response.json().get("message").textValue()).isEqualTo("boom");
    }

    @Test
    void reportsARegisterFailureWithoutStatusInTheBody() {
      api().registerResponse(400, "{\"error\":\"boom\"}");

      ProtocolResponse response = client().put(Map.of(), Map.of(), "");

      record("sync-register-failed-no-status-field", response);
      assertThat(response.json().get("message").textValue()).isEqualTo("boom");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static ProtocolResponse call(
      String function, String stepId, CallRequests.Builder request) {
    String body = request.json();
    return client()
        .call(
            fnId(function),
            stepId,
            body,
            Map.of("X-Inngest-Signature", CallRequests.sign(body, SIGNING_KEY, now())));
  }

  private static void record(String caseName, ProtocolResponse response) {
    recorder().response(caseName, response);
  }

  private static JsonNode single(ProtocolResponse response) {
    assertThat(response.status()).as("status of %s", response.body()).isEqualTo(206);
    JsonNode ops = response.json();
    assertThat(ops.isArray()).as("206 body is an array: %s", response.body()).isTrue();
    assertThat(ops).as("ops in %s", response.body()).hasSize(1);
    return ops.get(0);
  }

  private static ObjectNode event(String name, String dataJson) {
    return CallRequests.event(name, json(dataJson));
  }

  private static JsonNode json(String text) {
    return ConformanceJson.parse(text);
  }

  private static String fnId(String function) {
    return APP + "-" + function;
  }

  private static Instant now() {
    return Instant.now(CLOCK);
  }

  private static FakeInngestApi api() {
    return java.util.Objects.requireNonNull(api, "fake API not started");
  }

  private static JsReferenceServer js() {
    return java.util.Objects.requireNonNull(js, "JS reference server not started");
  }

  private static ProtocolClient client() {
    return java.util.Objects.requireNonNull(client, "client not created");
  }

  private static ReferenceRecorder recorder() {
    return java.util.Objects.requireNonNull(recorder, "recorder not created");
  }
}
