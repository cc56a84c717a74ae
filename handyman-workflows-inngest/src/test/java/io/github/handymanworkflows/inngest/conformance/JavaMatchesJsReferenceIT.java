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

import static io.github.handymanworkflows.inngest.conformance.Differential.assertSame;
import static io.github.handymanworkflows.inngest.conformance.Differential.assertSameRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.inngest.conformance.Differential.Answers;
import io.github.handymanworkflows.inngest.conformance.Differential.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Differential conformance: sends the call requests, introspections, probes and syncs of
 * JsReferenceServerIT to the official JS SDK and to our Java serve endpoint (same app id, keys,
 * function shapes and step ids) and requires the same status codes, ops, hashed ids, bodies and
 * retry headers, up to the named {@link Normalisation}s documented in docs/inngest-conformance.md.
 * Where the answers differ on purpose, the test asserts both answers, so a change on either side
 * fails here and the document must be updated.
 *
 * <p>With {@code node} on the PATH the JS side is live (it fails, like JsReferenceServerIT, when
 * {@code npm ci} has not been run); without it, or with {@code -Djsref.recorded=true}, the JS
 * answers come from the recordings, which JsReferenceServerIT keeps equal to the live answers.
 */
class JavaMatchesJsReferenceIT {

  /** System property: compare with the recordings even when {@code node} is available. */
  static final String RECORDED_PROPERTY = "jsref.recorded";

  private static final String APP = JsReferenceServerIT.APP;
  private static final String SIGNING_KEY = JsReferenceServerIT.SIGNING_KEY;

  private static @Nullable FakeInngestApi jsApi;
  private static @Nullable FakeInngestApi javaApi;
  private static @Nullable JsReferenceServer js;
  private static @Nullable JavaServeServer javaServer;
  private static @Nullable Differential differential;

  @BeforeAll
  static void startServers() {
    ReferenceRecorder recordings =
        new ReferenceRecorder(ReferenceRecorder.fromSystemProperties().directory(), false);
    javaApi = FakeInngestApi.start();
    Map<String, String> javaEnv = env(javaApi);
    javaEnv.put("INNGEST_APP_ID", APP);
    // Unsigned out-of-band syncs are refused by default in cloud mode (difference
    // "unsigned-sync"); allowed here so that sync answers and register bodies compare.
    javaEnv.put("INNGEST_ENABLE_UNAUTHED_SYNC", "true");
    javaServer = JavaServeServer.start(javaEnv, ConformanceFunctions.all());
    Side javaSide =
        new Side(
            "java",
            new ProtocolClient(javaServer.serveUri()),
            javaApi,
            recorder(javaServer.port(), javaApi));
    Side jsSide = null;
    if (!Boolean.getBoolean(RECORDED_PROPERTY) && JsReferenceServer.nodeAvailable()) {
      jsApi = FakeInngestApi.start();
      js = JsReferenceServer.start(env(jsApi));
      jsSide = new Side("js", new ProtocolClient(js.serveUri()), jsApi, recorder(js.port(), jsApi));
    }
    differential = new Differential(jsSide, recordings, javaSide);
  }

  private static Map<String, String> env(FakeInngestApi api) {
    String origin = api.baseUri().toString();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("INNGEST_DEV", "0");
    env.put("INNGEST_SIGNING_KEY", SIGNING_KEY);
    env.put("INNGEST_SIGNING_KEY_FALLBACK", JsReferenceServerIT.FALLBACK_KEY);
    env.put("INNGEST_EVENT_KEY", JsReferenceServerIT.EVENT_KEY);
    env.put("INNGEST_BASE_URL", origin);
    env.put("INNGEST_API_BASE_URL", origin);
    env.put("INNGEST_EVENT_API_BASE_URL", origin);
    return env;
  }

  private static ReferenceRecorder recorder(int servePort, FakeInngestApi api) {
    return new ReferenceRecorder(ReferenceRecorder.fromSystemProperties().directory(), false)
        .replacing("127.0.0.1:" + servePort, "127.0.0.1:<serve-port>")
        .replacing("127.0.0.1:" + api.baseUri().getPort(), "127.0.0.1:<api-port>");
  }

  @AfterAll
  static void stopServers() {
    for (AutoCloseable closeable : new AutoCloseable[] {js, javaServer, jsApi, javaApi}) {
      if (closeable != null) {
        try {
          closeable.close();
        } catch (Exception e) {
          throw new IllegalStateException("could not stop " + closeable, e);
        }
      }
    }
  }

  @BeforeEach
  void resetFakeApis() {
    differential().reset();
  }

  // ---- run, sleep, run -------------------------------------------------------------------------

  @Test
  void runSleepRunMatches() {
    ObjectNode event = event("conformance/run-sleep-run", "{\"orderId\":\"o_1\"}");
    String fetchUser = StepIds.hash("fetch-user");
    String sleep = StepIds.hash("wait-1m");
    String chargeCard = StepIds.hash("charge-card");
    CallRequests.Builder afterFetch =
        CallRequests.forEvent(event)
            .version(2)
            .memoized(
                fetchUser, CallRequests.data(json("{\"email\":\"a@example.com\",\"id\":\"u_1\"}")));

    assertSame(call("run-sleep-run-1-fetch-user", "run-sleep-run", "step", forEvent(event)));
    assertSame(call("run-sleep-run-2-sleep", "run-sleep-run", "step", afterFetch));
    afterFetch.memoized(sleep, null);
    assertSame(call("run-sleep-run-3-charge-card", "run-sleep-run", "step", afterFetch));
    afterFetch.memoized(chargeCard, CallRequests.data(json("{\"chargeId\":\"ch_1\"}")));
    assertSame(call("run-sleep-run-4-complete", "run-sleep-run", "step", afterFetch));
  }

  @Test
  void plannedThenTargetedExecutionMatches() {
    CallRequests.Builder request =
        forEvent(event("conformance/run-sleep-run", "{\"orderId\":\"o_1\"}"))
            .disableImmediateExecution(true);

    assertSame(call("run-sleep-run-die-1-planned", "run-sleep-run", "step", request));
    assertSame(
        call("run-sleep-run-die-2-targeted", "run-sleep-run", StepIds.hash("fetch-user"), request));
  }

  @Test
  void unreachedTargetMatches() {
    assertSame(
        call(
            "targeted-step-not-found",
            "run-sleep-run",
            StepIds.hash("never-reached"),
            forEvent(event("conformance/run-sleep-run", "{\"orderId\":\"o_1\"}"))
                .disableImmediateExecution(true)),
        Normalisation.STEP_NOT_FOUND_BODY);
  }

  @Test
  void eventsOutsideTheTriggersAreRejectedByJsOnly() {
    Answers answers =
        call(
            "event-not-in-triggers",
            "run-sleep-run",
            "step",
            forEvent(event("shop/order.created", "{}")));

    // Difference "trigger-check": JS v4 validates the event name against the triggers; Inngest only
    // routes matching events to a function, so we run it.
    assertThat(answers.js().path("status").asInt()).isEqualTo(400);
    assertThat(answers.js().at("/body/name").asText()).isEqualTo("EventValidationError");
    assertThat(answers.java().path("status").asInt()).isEqualTo(206);
    assertThat(answers.java().at("/body/0/op").asText()).isEqualTo("StepRun");
  }

  // ---- waitForEvent ----------------------------------------------------------------------------

  @Test
  void waitForEventMatches() {
    ObjectNode event = event("shop/order.created", "{\"orderId\":\"o_1\"}");
    String wait = StepIds.hash("wait-for-payment");
    JsonNode matched =
        json(
            "{\"data\":{\"amount\":42,\"orderId\":\"o_1\"},\"id\":\"01JQ80PAYMENT000000000000EV\","
                + "\"name\":\"shop/payment.received\",\"ts\":1767225660000,\"user\":{}}");

    assertSame(call("await-payment-1-wait", "await-payment", "step", forEvent(event)));
    assertSame(call("await-match-1-wait", "await-match", "step", forEvent(event)));
    assertSame(
        call(
            "await-payment-2-timeout",
            "await-payment",
            "step",
            forEvent(event).version(2).memoized(wait, null)));
    assertSame(
        call(
            "await-payment-2-matched",
            "await-payment",
            "step",
            forEvent(event).version(2).memoized(wait, matched)));
  }

  // ---- step errors -----------------------------------------------------------------------------

  @Test
  void stepErrorsMatch() {
    ObjectNode flaky = event("conformance/flaky", "{}");
    ObjectNode nonRetriable = event("conformance/non-retriable", "{}");

    assertSame(call("flaky-attempt-0", "flaky", "step", forEvent(flaky)));
    assertSame(
        call("flaky-final-attempt", "flaky", "step", forEvent(flaky).attempt(4).maxAttempts(5)));
    assertSame(
        call(
            "flaky-replayed-error",
            "flaky",
            "step",
            forEvent(flaky)
                .version(2)
                .memoized(
                    StepIds.hash("flaky-call"),
                    CallRequests.error(
                        "Error", "connection reset", "Error: connection reset\n    at x"))));
    assertSame(call("non-retriable-step", "non-retriable", "step", forEvent(nonRetriable)));
    assertSame(
        call(
            "non-retriable-replayed-error",
            "non-retriable",
            "step",
            forEvent(nonRetriable)
                .version(2)
                .memoized(
                    StepIds.hash("validate"),
                    CallRequests.error(
                        "NonRetriableError",
                        "order total is negative",
                        "NonRetriableError: order total is negative\n    at x"))));
  }

  // ---- function errors -------------------------------------------------------------------------

  @Test
  void functionErrorsMatch() {
    assertSame(
        call(
            "fn-non-retriable",
            "fn-non-retriable",
            "step",
            forEvent(event("conformance/fn-non-retriable", "{}"))));
    Answers retryAfter =
        call(
            "fn-retry-after",
            "fn-retry-after",
            "step",
            forEvent(event("conformance/fn-retry-after", "{}")));
    assertSame(retryAfter);
    assertThat(retryAfter.java().at("/headers/retry-after").asText()).isEqualTo("30");
    assertSame(call("fn-error", "fn-error", "step", forEvent(event("conformance/fn-error", "{}"))));
    assertSame(
        call(
            "fn-error-final-attempt",
            "fn-error",
            "step",
            forEvent(event("conformance/fn-error", "{}")).attempt(4).maxAttempts(5)),
        Normalisation.FINAL_ATTEMPT_ERROR);
  }

  @Test
  void unknownFunctionMatches() {
    assertSame(
        call("unknown-fn-id", "does-not-exist", "step", forEvent(event("conformance/loop", "{}"))),
        Normalisation.INTERNAL_ERROR);
  }

  // ---- parallel --------------------------------------------------------------------------------

  @Test
  void parallelMatches() {
    ObjectNode event = event("conformance/parallel", "{}");
    String stepA = StepIds.hash("step-a");
    String stepB = StepIds.hash("step-b");
    CallRequests.Builder targeted = forEvent(event).version(2).disableImmediateExecution(true);
    CallRequests.Builder afterGroup =
        forEvent(event)
            .version(2)
            .memoized(stepB, CallRequests.data(json("\"B\"")))
            .memoized(stepA, CallRequests.data(json("\"A\"")));

    assertSame(call("parallel-1-discovery", "parallel", "step", forEvent(event)));
    assertSame(call("parallel-2-targeted-a", "parallel", stepA, targeted));
    targeted.memoized(stepA, CallRequests.data(json("\"A\"")));
    assertSame(call("parallel-3-targeted-b", "parallel", stepB, targeted));
    assertSame(call("parallel-4-finalize-immediate", "parallel", "step", afterGroup));
    assertSame(
        call(
            "parallel-4-finalize-planned",
            "parallel",
            "step",
            afterGroup.disableImmediateExecution(true)));
    afterGroup
        .disableImmediateExecution(false)
        .memoized(StepIds.hash("finalize"), CallRequests.data(json("\"F\"")));
    assertSame(call("parallel-5-complete", "parallel", "step", afterGroup));
  }

  // ---- invoke, sendEvent, loop, use_api --------------------------------------------------------

  @Test
  void invokeMatches() {
    ObjectNode event = event("conformance/invoker", "{}");
    String callChild = StepIds.hash("call-child");
    ObjectNode timeout = ConformanceJson.object();
    timeout
        .putObject("error")
        .put("name", "InngestInvokeTimeoutError")
        .put("message", "Timed out waiting for invoked function to complete")
        .put("error", "Timed out waiting for invoked function to complete");
    ObjectNode childData = json("{\"x\":1}").deepCopy();
    childData
        .putObject("_inngest")
        .put("fn_id", APP + "-child")
        .put("source_app_id", APP)
        .put("source_fn_id", APP + "-invoker");

    assertSame(call("invoker-1-invoke", "invoker", "step", forEvent(event)));
    assertSame(
        call(
            "invoker-2-complete",
            "invoker",
            "step",
            forEvent(event)
                .version(2)
                .memoized(callChild, CallRequests.data(json("{\"doubled\":2}")))));
    assertSame(
        call(
            "invoker-2-timeout",
            "invoker",
            "step",
            forEvent(event).version(2).memoized(callChild, timeout)));
    assertSame(
        call(
            "child-invoked",
            "child",
            "step",
            forEvent(CallRequests.event("inngest/function.invoked", childData))));
  }

  @Test
  void sendEventMatches() {
    ObjectNode event = event("conformance/sender", "{}");

    assertSame(
        call(
            "sender-1-planned", "sender", "step", forEvent(event).disableImmediateExecution(true)));
    assertThat(differential().java().api().requestsTo("/e/")).isEmpty();
    assertSame(call("sender-1-immediate", "sender", "step", forEvent(event)));
    assertSameRequest(
        differential().sent("sender-event-request", api -> api.requestsTo("/e/").get(0)),
        Normalisation.SDK_IDENTITY,
        Normalisation.API_REQUEST_HEADERS,
        Normalisation.EVENT_USER);
    assertSame(
        call(
            "sender-2-complete",
            "sender",
            "step",
            forEvent(event)
                .version(2)
                .memoized(
                    StepIds.hash("send-welcome"),
                    CallRequests.data(json("{\"ids\":[\"01FAKEEVENT0000000000000001\"]}")))));
  }

  @Test
  void repeatedStepIdsMatch() {
    CallRequests.Builder request = forEvent(event("conformance/loop", "{}")).version(2);
    String[] userIds = {"loop-item", "loop-item:1", "loop-item:2"};
    for (int i = 0; i < userIds.length; i++) {
      assertSame(call("loop-" + (i + 1), "loop", "step", request));
      request.memoized(StepIds.hash(userIds[i]), CallRequests.data(json(Integer.toString(i))));
    }
    assertSame(call("loop-4-complete", "loop", "step", request));
  }

  @Test
  void useApiMatches() {
    ObjectNode event = event("conformance/loop", "{}");
    for (FakeInngestApi api : apis()) {
      api.runBatchResponse(CallRequests.RUN_ID, 200, "[" + ConformanceJson.canonical(event) + "]");
      api.runActionsResponse(
          CallRequests.RUN_ID, 200, "{\"" + StepIds.hash("loop-item") + "\":{\"data\":0}}");
    }

    assertSame(call("use-api-loop", "loop", "step", forEvent(event).version(2).useApi(true)));
    assertSameRequest(
        differential()
            .sent(
                "use-api-actions-request",
                api -> api.requestsTo("/v0/runs/" + CallRequests.RUN_ID + "/actions").get(0)),
        Normalisation.SDK_IDENTITY,
        Normalisation.API_REQUEST_HEADERS);
    differential().reset();
    assertSame(
        call("use-api-unavailable", "loop", "step", forEvent(event).useApi(true)),
        Normalisation.INTERNAL_ERROR);
  }

  // ---- signatures, introspection, probes -------------------------------------------------------

  @Test
  void signatureChecksMatch() {
    String body = forEvent(event("inngest/function.invoked", "{\"x\":1}")).json();
    Instant now = Instant.now();

    assertSame(signed("signature-missing", body, null));
    assertSame(
        signed(
            "signature-tampered-body",
            body.replace("\"x\":1", "\"x\":2"),
            CallRequests.sign(body, SIGNING_KEY, now)));
    assertSame(
        signed(
            "signature-stale",
            body,
            CallRequests.sign(body, SIGNING_KEY, now.minus(Duration.ofMinutes(6)))));
    assertSame(
        signed(
            "signature-future",
            body,
            CallRequests.sign(body, SIGNING_KEY, now.plus(Duration.ofMinutes(6)))));
    assertSame(
        signed(
            "signature-wrong-key",
            body,
            CallRequests.sign(body, "signkey-test-00112233445566778899", now)));
    assertSame(
        signed(
            "signature-fallback-key",
            body,
            CallRequests.sign(body, JsReferenceServerIT.FALLBACK_KEY, now)));
  }

  @Test
  void signaturesOverReformattedBodiesDifferByDesign() {
    String body = forEvent(event("inngest/function.invoked", "{\"x\":1}")).json();
    String pretty = ConformanceJson.parse(body).toPrettyString();

    Answers rawSigned =
        signed(
            "signature-non-canonical-body-raw-signed",
            pretty,
            CallRequests.sign(pretty, SIGNING_KEY, Instant.now()));
    Answers canonicalSigned =
        signed(
            "signature-non-canonical-body-canonical-signed",
            pretty,
            CallRequests.sign(body, SIGNING_KEY, Instant.now()));

    // Difference "raw-body-signature": JS verifies the HMAC over the JCS form of the parsed body,
    // we over the raw bytes (doc §3.2). The server signs the exact JCS bytes it sends, so both
    // accept every real request; only a re-formatted body tells them apart.
    assertThat(rawSigned.js().path("status").asInt()).isEqualTo(401);
    assertThat(rawSigned.java().path("status").asInt()).isEqualTo(200);
    assertThat(canonicalSigned.js().path("status").asInt()).isEqualTo(200);
    assertThat(canonicalSigned.java().path("status").asInt()).isEqualTo(401);
  }

  @Test
  void signedIntrospectionMatches() {
    assertSame(
        differential()
            .answers(
                "introspection-signed",
                side ->
                    side.client()
                        .get(
                            Map.of(),
                            Map.of(
                                "X-Inngest-Signature",
                                CallRequests.sign("", SIGNING_KEY, Instant.now())))),
        Normalisation.INTROSPECTION_EXTRAS,
        Normalisation.NON_CALL_HEADERS);
  }

  @Test
  void unauthenticatedIntrospectionDiffersByDesign() {
    Answers unsigned =
        differential()
            .answers("introspection-unsigned", side -> side.client().get(Map.of(), Map.of()));
    Answers badSignature =
        differential()
            .answers(
                "introspection-bad-signature",
                side ->
                    side.client()
                        .get(
                            Map.of(),
                            Map.of(
                                "X-Inngest-Signature",
                                CallRequests.sign("x", SIGNING_KEY, Instant.now()))));

    // Difference "unauthenticated-introspection" (doc §1.6, A.12): JS answers 401, we answer the
    // unauthenticated body, which holds no secret.
    assertThat(unsigned.js().path("status").asInt()).isEqualTo(401);
    assertThat(badSignature.js().path("status").asInt()).isEqualTo(401);
    assertThat(unsigned.java().path("status").asInt()).isEqualTo(200);
    assertThat(unsigned.java().at("/body/authentication_succeeded").isNull()).isTrue();
    assertThat(badSignature.java().path("status").asInt()).isEqualTo(200);
    assertThat(badSignature.java().at("/body/authentication_succeeded").asBoolean(true)).isFalse();
    assertThat(unsigned.java().at("/body/app_id").isMissingNode()).isTrue();
  }

  @Test
  void trustProbesMatch() {
    Map<String, String> signed =
        Map.of(
            "X-Inngest-Signature",
            CallRequests.sign("{}", SIGNING_KEY, Instant.now()),
            "Content-Type",
            "application/json");

    assertSame(
        differential()
            .answers(
                "probe-trust", side -> side.client().post(Map.of("probe", "trust"), signed, "{}")),
        Normalisation.EMPTY_PROBE_BODY);
    assertSame(
        differential()
            .answers(
                "probe-unknown",
                side -> side.client().post(Map.of("probe", "other"), signed, "{}")),
        Normalisation.MESSAGE_TEXT,
        Normalisation.NON_CALL_HEADERS);
    assertSame(
        differential()
            .answers(
                "probe-trust-unsigned",
                side -> side.client().post(Map.of("probe", "trust"), Map.of(), "{}")));
  }

  @Test
  void emptySignedProbeIsRejectedByJsOnly() {
    Answers answers =
        differential()
            .answers(
                "probe-trust-empty-body",
                side ->
                    side.client()
                        .post(
                            Map.of("probe", "trust"),
                            Map.of(
                                "X-Inngest-Signature",
                                CallRequests.sign("", SIGNING_KEY, Instant.now())),
                            ""));

    // Difference "empty-body-probe": JS refuses any empty POST body before checking the signature;
    // we verify the signature over the (empty) body like any other. The server never sends one.
    assertThat(answers.js().path("status").asInt()).isEqualTo(401);
    assertThat(answers.java().path("status").asInt()).isEqualTo(200);
  }

  @Test
  void unsupportedMethodMatches() {
    assertSame(
        differential()
            .answers(
                "method-not-allowed",
                side -> side.client().send("DELETE", Map.of(), Map.of(), null)),
        Normalisation.MESSAGE_TEXT,
        Normalisation.UNAUTHENTICATED_HEADERS);
  }

  // ---- sync ------------------------------------------------------------------------------------

  @Test
  void outOfBandSyncMatches() {
    assertSame(
        differential()
            .answers(
                "sync-out-of-band",
                side ->
                    side.client()
                        .put(
                            Map.of("deployId", "d1"),
                            Map.of(
                                "X-Inngest-Server-Kind",
                                "cloud",
                                "Content-Type",
                                "application/json"),
                            "")),
        Normalisation.MESSAGE_TEXT,
        Normalisation.UNAUTHENTICATED_HEADERS);
    assertSameRequest(
        differential().sent("sync-register-request", api -> api.requestsTo("/fn/register").get(0)),
        Normalisation.SDK_IDENTITY,
        Normalisation.REGISTER_EXTRAS,
        Normalisation.DEPLOY_ID_IN_URL,
        Normalisation.FUNCTION_CONFIG);
  }

  @Test
  void signedOutOfBandSyncMatches() {
    assertSame(
        differential()
            .answers(
                "sync-out-of-band-signed",
                side ->
                    side.client()
                        .put(
                            Map.of(),
                            Map.of(
                                "X-Inngest-Signature",
                                CallRequests.sign("", SIGNING_KEY, Instant.now())),
                            "")),
        Normalisation.MESSAGE_TEXT,
        Normalisation.NON_CALL_HEADERS);
    for (FakeInngestApi api : apis()) {
      assertThat(api.requestsTo("/fn/register")).hasSize(1);
    }
  }

  @Test
  void inBandSyncMatches() {
    assertSame(
        differential()
            .answers(
                "sync-in-band",
                side -> {
                  String body = "{\"url\":\"" + side.serveUri() + "\"}";
                  return side.client()
                      .put(
                          Map.of(),
                          Map.of(
                              "X-Inngest-Signature",
                              CallRequests.sign(body, SIGNING_KEY, Instant.now()),
                              "X-Inngest-Sync-Kind",
                              "in_band",
                              "X-Inngest-Server-Kind",
                              "cloud",
                              "Content-Type",
                              "application/json"),
                          body);
                }),
        Normalisation.IN_BAND_EXTRAS,
        Normalisation.INTROSPECTION_EXTRAS,
        Normalisation.FUNCTION_CONFIG);
    for (FakeInngestApi api : apis()) {
      assertThat(api.requestsTo("/fn/register")).isEmpty();
    }
  }

  @Test
  void syncReportsModifiedLikeJs() {
    apis().forEach(api -> api.registerResponse(200, "{\"ok\":true,\"modified\":true}"));

    assertSame(
        differential().answers("sync-modified", side -> side.client().put(Map.of(), Map.of(), "")),
        Normalisation.MESSAGE_TEXT,
        Normalisation.UNAUTHENTICATED_HEADERS);
  }

  @Test
  void registerFailuresDifferInStatusOnly() {
    // Signed, as Inngest sends them: to an unsigned sync we answer a generic message instead of
    // Inngest's error text (difference "unsigned-sync").
    apis().forEach(api -> api.registerResponse(400, "{\"error\":\"boom\",\"status\":400}"));
    Answers withStatus =
        differential()
            .answers(
                "sync-register-failed", side -> side.client().put(Map.of(), signedEmpty(), ""));
    apis().forEach(api -> api.registerResponse(400, "{\"error\":\"boom\"}"));
    Answers withoutStatus =
        differential()
            .answers(
                "sync-register-failed-no-status-field",
                side -> side.client().put(Map.of(), signedEmpty(), ""));

    // Difference "register-failure-status" (doc §2.1): JS answers the PUT with the status field of
    // the register answer's JSON (200 when it has none); we answer 500 for any failed register.
    assertThat(withStatus.js().path("status").asInt()).isEqualTo(400);
    assertThat(withoutStatus.js().path("status").asInt()).isEqualTo(200);
    for (Answers answers : new Answers[] {withStatus, withoutStatus}) {
      assertThat(answers.java().path("status").asInt()).isEqualTo(500);
      assertThat(answers.java().at("/body/message").asText()).isEqualTo("boom");
      assertThat(answers.js().at("/body/message").asText()).isEqualTo("boom");
      assertThat(answers.java().at("/body/modified").asBoolean(true)).isFalse();
    }
  }

  @Test
  void unsignedSyncAndTheRegisteredUrlDifferByDesign() throws Exception {
    Answers js =
        differential()
            .answers(
                "sync-out-of-band",
                side ->
                    side.client()
                        .put(
                            Map.of("deployId", "d1"),
                            Map.of(
                                "X-Inngest-Server-Kind",
                                "cloud",
                                "Content-Type",
                                "application/json"),
                            ""));
    // Difference "unsigned-sync": JS performs an unsigned out-of-band sync in cloud mode and
    // registers the URL it derives from the request's Host; with default settings we refuse the
    // unsigned PUT and register only the configured serve origin and path.
    assertThat(js.js().path("status").asInt()).isEqualTo(200);
    try (FakeInngestApi api = FakeInngestApi.start()) {
      Map<String, String> env = env(api);
      env.put("INNGEST_APP_ID", APP);
      env.put("INNGEST_SERVE_ORIGIN", "https://app.example.com");
      try (JavaServeServer strict = JavaServeServer.start(env, ConformanceFunctions.all())) {
        ProtocolClient client = new ProtocolClient(strict.serveUri());
        assertThat(client.put(Map.of("deployId", "d1"), Map.of(), "").status()).isEqualTo(401);
        assertThat(api.requestsTo("/fn/register")).isEmpty();
        assertThat(client.put(Map.of("fnId", APP + "-other"), signedEmpty(), "").status())
            .isEqualTo(200);
        assertThat(api.requestsTo("/fn/register").get(0).json().get("url").asText())
            .isEqualTo("https://app.example.com" + JsReferenceServer.SERVE_PATH);
      }
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static Map<String, String> signedEmpty() {
    return Map.of("X-Inngest-Signature", CallRequests.sign("", SIGNING_KEY, Instant.now()));
  }

  private static Answers call(
      String caseName, String function, String stepId, CallRequests.Builder request) {
    String body = request.json();
    return differential()
        .answers(
            caseName,
            side ->
                side.client()
                    .call(
                        APP + "-" + function,
                        stepId,
                        body,
                        Map.of(
                            "X-Inngest-Signature",
                            CallRequests.sign(body, SIGNING_KEY, Instant.now()))));
  }

  private static Answers signed(String caseName, String body, @Nullable String signature) {
    return differential()
        .answers(
            caseName,
            side ->
                side.client()
                    .call(
                        APP + "-child",
                        "step",
                        body,
                        signature == null ? Map.of() : Map.of("X-Inngest-Signature", signature)));
  }

  private static List<FakeInngestApi> apis() {
    return jsApi == null
        ? List.of(Objects.requireNonNull(javaApi))
        : List.of(jsApi, Objects.requireNonNull(javaApi));
  }

  private static CallRequests.Builder forEvent(ObjectNode event) {
    return CallRequests.forEvent(event);
  }

  private static ObjectNode event(String name, String dataJson) {
    return CallRequests.event(name, json(dataJson));
  }

  private static JsonNode json(String text) {
    return ConformanceJson.parse(text);
  }

  private static Differential differential() {
    return Objects.requireNonNull(differential, "servers not started");
  }
}
