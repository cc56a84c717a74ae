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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A named rewrite applied to both SDKs' normalised answers before they are compared, for a
 * documented difference that does not matter to the Inngest server (docs/inngest-conformance.md
 * lists each one with its reason). Rewrites map both sides to one canonical form, so a rewrite can
 * never hide a difference in the fields it does not touch.
 *
 * @param name the name used in docs/inngest-conformance.md
 * @param reason why the difference is harmless
 * @param rewrite edits a normalised exchange ({@code status, headers, body} for answers, {@code
 *     method, path, query, headers, body} for requests sent to the API) in place
 */
public record Normalisation(String name, String reason, Consumer<ObjectNode> rewrite) {

  /** Validates the fields. */
  public Normalisation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rewrite, "rewrite");
  }

  /** Applies the rewrite to a copy. */
  public ObjectNode apply(ObjectNode exchange) {
    ObjectNode copy = exchange.deepCopy();
    rewrite.accept(copy);
    return copy;
  }

  // ---- applied to every answer -----------------------------------------------------------------

  /** The SDK's name, version and framework are ours to choose. */
  public static final Normalisation SDK_IDENTITY =
      new Normalisation(
          "sdk-identity",
          "X-Inngest-Sdk, User-Agent and X-Inngest-Framework name the SDK; only their presence"
              + " matters to the server (a 2xx without X-Inngest-Sdk is rejected)",
          exchange -> {
            ObjectNode headers = headers(exchange);
            for (String name : List.of("x-inngest-sdk", "user-agent", "x-inngest-framework")) {
              if (headers.has(name)) {
                headers.put(name, "<sdk>");
              }
            }
          });

  /** Stack traces and JS's serialisation marker. */
  public static final Normalisation ERROR_DECORATION =
      new Normalisation(
          "error-decoration",
          "error objects: the stack is language-specific text (empty or absent when there is"
              + " none) and \"__serialized\": true is a JS-internal marker; the server reads"
              + " name and message",
          exchange -> removeEverywhere(exchange.get("body"), Set.of("stack", "__serialized")));

  /** Op fields the JS SDK adds and the server does not need. */
  public static final Normalisation OP_DECORATION =
      new Normalisation(
          "op-decoration",
          "JS adds userland {id,index} and timing to ops and always sends opts (\"{}\" when"
              + " empty) and data (null when none); the server treats a missing opts or data"
              + " like an empty one",
          exchange ->
              forEachOp(
                  exchange,
                  op -> {
                    op.remove("userland");
                    op.remove("timing");
                    if (op.path("opts").isObject() && op.get("opts").isEmpty()) {
                      op.remove("opts");
                    }
                    if (!op.has("data")) {
                      op.set("data", NullNode.getInstance());
                    }
                  }));

  /** JS copies a failed step's error into {@code data}. */
  public static final Normalisation FAILED_STEP_DATA =
      new Normalisation(
          "failed-step-data",
          "on StepFailed JS also copies the error into data (stack emptied); the server stores"
              + " the error from the error field",
          exchange ->
              forEachOp(
                  exchange,
                  op -> {
                    if (op.path("op").asText().equals("StepFailed")) {
                      op.set("data", NullNode.getInstance());
                    }
                  }));

  /** JS omits the no-retry header on 206 answers that carry no step error. */
  public static final Normalisation NO_RETRY_ON_PLAIN_OPS =
      new Normalisation(
          "no-retry-on-plain-ops",
          "on a 206 without StepError/StepFailed the server never reads X-Inngest-No-Retry;"
              + " we always send it (false), JS omits it",
          exchange -> {
            if (exchange.path("status").asInt() != 206 || !exchange.path("body").isArray()) {
              return;
            }
            for (JsonNode op : exchange.get("body")) {
              String code = op.path("op").asText();
              if (code.equals("StepError") || code.equals("StepFailed")) {
                return;
              }
            }
            headers(exchange).remove("x-inngest-no-retry");
          });

  /** Sleep duration and wait event: JS puts them in {@code name}, we in {@code opts} (A.10). */
  public static final Normalisation PAUSE_TARGET =
      new Normalisation(
          "pause-target",
          "protocol doc A.10: the server reads a Sleep's duration from opts.duration and a"
              + " WaitForEvent's event from opts.event, falling back to name; JS sends them in"
              + " name only, we send opts and keep name = step id (as the doc recommends)",
          exchange ->
              forEachOp(
                  exchange,
                  op -> {
                    String field =
                        switch (op.path("op").asText()) {
                          case "Sleep" -> "duration";
                          case "WaitForEvent" -> "event";
                          default -> null;
                        };
                    if (field == null) {
                      return;
                    }
                    ObjectNode opts =
                        op.path("opts").isObject()
                            ? (ObjectNode) op.get("opts")
                            : op.putObject("opts");
                    if (!opts.has(field) && op.has("name")) {
                      opts.set(field, op.get("name"));
                    }
                    op.remove("name");
                  }));

  /** JS sends no {@code name} on InvokeFunction. */
  public static final Normalisation INVOKE_NAME =
      new Normalisation(
          "invoke-name",
          "JS sends InvokeFunction without name; we send the step id, which the server only"
              + " shows in the UI (displayName carries the same)",
          exchange ->
              forEachOp(
                  exchange,
                  op -> {
                    if (op.path("op").asText().equals("InvokeFunction")) {
                      op.remove("name");
                    }
                  }));

  /** JS marks sendEvent steps with {@code name: "sendEvent"} and {@code opts.type}. */
  public static final Normalisation SEND_EVENT_STEP =
      new Normalisation(
          "send-event-step",
          "JS reports step.sendEvent as a run step named \"sendEvent\" with opts.type"
              + " \"step.sendEvent\" (a UI hint); we report it as a plain run step named by its"
              + " step id. Same op, id, displayName and data",
          exchange ->
              forEachOp(
                  exchange,
                  op -> {
                    if (op.path("opts").path("type").asText().equals("step.sendEvent")) {
                      ((ObjectNode) op.get("opts")).remove("type");
                      if (op.get("opts").isEmpty()) {
                        op.remove("opts");
                      }
                      op.set("name", op.get("displayName"));
                    }
                  }));

  /** Every normalisation applied to every answer. */
  public static final List<Normalisation> COMMON =
      List.of(
          SDK_IDENTITY,
          ERROR_DECORATION,
          OP_DECORATION,
          FAILED_STEP_DATA,
          NO_RETRY_ON_PLAIN_OPS,
          PAUSE_TARGET,
          INVOKE_NAME,
          SEND_EVENT_STEP);

  // ---- applied to single cases -----------------------------------------------------------------

  /** Internal-error answers: JS omits the no-retry header and words the message differently. */
  public static final Normalisation INTERNAL_ERROR =
      new Normalisation(
          "internal-error",
          "unknown fnId and an unavailable use_api payload: both answer 500 (retried); JS"
              + " omits X-Inngest-No-Retry (500 is retried without it) and adds type"
              + " \"internal\"; the message text is free",
          exchange -> {
            ObjectNode headers = headers(exchange);
            if (headers.path("x-inngest-no-retry").asText().equals("false")) {
              headers.remove("x-inngest-no-retry");
            }
            if (exchange.get("body") instanceof ObjectNode body) {
              body.remove("type");
              body.remove("message");
            }
          });

  /** The step-not-found body. */
  public static final Normalisation STEP_NOT_FOUND_BODY =
      new Normalisation(
          "step-not-found-body",
          "500 step-not-found: the server only logs the body; JS words error differently and"
              + " lists found steps as {id,name,displayName} objects, we list their hashed ids",
          exchange -> {
            if (exchange.get("body") instanceof ObjectNode body) {
              body.remove("error");
              if (body.get("foundSteps") instanceof ArrayNode found) {
                ArrayNode ids = found.arrayNode();
                found.forEach(s -> ids.add(s.isObject() ? s.path("id") : s));
                body.set("foundSteps", ids);
              }
            }
          });

  /** A function error on the final attempt. */
  public static final Normalisation FINAL_ATTEMPT_ERROR =
      new Normalisation(
          "final-attempt-error",
          "function error on the last attempt: JS answers 400 + no-retry, we answer 500"
              + " (retriable); the server has no attempts left either way and fails the run"
              + " (protocol doc §4.7: not required)",
          exchange -> {
            int status = exchange.path("status").asInt();
            if (status == 400 || status == 500) {
              exchange.put("status", "<function-error>");
              headers(exchange).remove("x-inngest-no-retry");
            }
          });

  /** Free-text messages. */
  public static final Normalisation MESSAGE_TEXT =
      new Normalisation(
          "message-text",
          "human-readable message text (\"Successfully registered\" vs \"Successfully"
              + " synced.\", \"Method not allowed\", unknown probe); the server does not parse"
              + " it",
          exchange -> {
            if (exchange.get("body") instanceof ObjectNode body) {
              body.remove("message");
            }
          });

  /** An empty trust-probe body. */
  public static final Normalisation EMPTY_PROBE_BODY =
      new Normalisation(
          "empty-probe-body",
          "trust probe: JS answers an empty body, we answer {}; the doc allows either (§2.8)",
          exchange -> {
            JsonNode body = exchange.get("body");
            if (body != null && body.isObject() && body.isEmpty()) {
              exchange.set("body", TextNode.valueOf(""));
            }
          });

  /** Headers on answers to unauthenticated requests. */
  public static final Normalisation UNAUTHENTICATED_HEADERS =
      new Normalisation(
          "unauthenticated-headers",
          "unsigned sync PUT and 405: JS strips every x-inngest-* header but Sdk-Handled; we"
              + " strip them only on 401. No secret is exposed either way (doc §1.4: SDK"
              + " identity only)",
          exchange -> headers(exchange).retain("content-type", "x-inngest-sdk-handled"));

  /** Introspection fields beyond the common schema. */
  public static final Normalisation INTROSPECTION_EXTRAS =
      new Normalisation(
          "introspection-extras",
          "introspection: capabilities differ by design (JS connect, we in_band_sync),"
              + " framework/sdk_language/sdk_version name the SDK, JS adds extra{} and omits"
              + " has_signing_key_fallback (which the doc lists); serve_origin/serve_path: cloud"
              + " mode requires them configured on our side, JS reports null when it derives the"
              + " URL from the request",
          exchange -> {
            JsonNode body = exchange.get("body");
            stripIntrospection(body);
            if (body != null) {
              stripIntrospection(body.get("inspection"));
            }
          });

  /** The in-band sync answer. */
  public static final Normalisation IN_BAND_EXTRAS =
      new Normalisation(
          "in-band-extras",
          "in-band sync answer: SDK identity fields (sdk, sdk_author, sdk_language,"
              + " sdk_version, framework), JS telemetry (featureObservations), our platform:null"
              + " and capabilities (as in introspection) are not compared",
          exchange -> {
            if (exchange.get("body") instanceof ObjectNode body) {
              body.remove(
                  List.of(
                      "sdk",
                      "sdk_author",
                      "sdk_language",
                      "sdk_version",
                      "framework",
                      "featureObservations",
                      "platform",
                      "capabilities"));
            }
          });

  /** Function configuration differences shared by register bodies and in-band answers. */
  public static final Normalisation FUNCTION_CONFIG =
      new Normalisation(
          "function-config",
          "function config: JS passes concurrency through without scope, we always send the"
              + " scope (\"fn\" is the server's default)",
          exchange -> {
            JsonNode functions = exchange.path("body").path("functions");
            for (JsonNode fn : functions) {
              for (JsonNode limit : fn.path("concurrency")) {
                if (limit.path("scope").asText().equals("fn")) {
                  ((ObjectNode) limit).remove("scope");
                }
              }
            }
          });

  /** {@code deployId} in reported URLs. */
  public static final Normalisation DEPLOY_ID_IN_URL =
      new Normalisation(
          "deploy-id-in-url",
          "register body: JS keeps ?deployId=… in url and every runtime URL; the protocol (doc"
              + " §1.2) says to strip it and the server strips it anyway, so we strip it",
          exchange -> stripDeployId(exchange.get("body")));

  /** The register request. */
  public static final Normalisation REGISTER_EXTRAS =
      new Normalisation(
          "register-extras",
          "register request: sdk/framework name the SDK, capabilities differ by design,"
              + " featureObservations is JS telemetry, JS repeats deployId in the body (it is"
              + " in the query for both), v is the register schema version we send; JS adds"
              + " X-Inngest-Sdk-Handled and we add X-Inngest-Req-Version on the request",
          exchange -> {
            if (exchange.get("body") instanceof ObjectNode body) {
              body.remove(
                  List.of(
                      "sdk", "framework", "capabilities", "featureObservations", "deployId", "v"));
            }
            headers(exchange).remove(List.of("x-inngest-sdk-handled", "x-inngest-req-version"));
          });

  /** Headers of requests the SDK sends to Inngest's API. */
  public static final Normalisation API_REQUEST_HEADERS =
      new Normalisation(
          "api-request-headers",
          "requests to the API (POST /e/{key}, GET /v0/runs/…): JS adds"
              + " x-inngest-event-id-seed (optional, so retries map to the same ids) and"
              + " X-Inngest-Sdk-Handled and sends fetch's own User-Agent; we add"
              + " X-Inngest-Framework and X-Inngest-Req-Version. None is required by the server",
          exchange ->
              headers(exchange)
                  .remove(
                      List.of(
                          "x-inngest-event-id-seed",
                          "x-inngest-req-version",
                          "x-inngest-sdk-handled",
                          "x-inngest-framework",
                          "user-agent")));

  /** Events posted by step.sendEvent. */
  public static final Normalisation EVENT_USER =
      new Normalisation(
          "event-user",
          "POST /e/{key}: we send user:{} on each event (the server's default for a missing"
              + " user), JS omits it",
          exchange -> {
            for (JsonNode event : exchange.path("body")) {
              if (event.path("user").isObject() && event.get("user").isEmpty()) {
                ((ObjectNode) event).remove("user");
              }
            }
          });

  /** Headers on answers that are not call responses. */
  public static final Normalisation NON_CALL_HEADERS =
      new Normalisation(
          "non-call-headers",
          "answers to GET, PUT and probes: JS signs every answer to a verified request, we"
              + " sign call answers and in-band syncs (response signatures are optional, doc"
              + " §5.5: the server never checks them); we also send X-Inngest-No-Retry on a"
              + " 400 probe answer, which the server does not read",
          exchange ->
              headers(exchange).remove(List.of("x-inngest-signature", "x-inngest-no-retry")));

  // ---- helpers ---------------------------------------------------------------------------------

  private static ObjectNode headers(ObjectNode exchange) {
    return exchange.get("headers") instanceof ObjectNode h ? h : exchange.putObject("headers");
  }

  private static void forEachOp(ObjectNode exchange, Consumer<ObjectNode> edit) {
    if (exchange.path("status").asInt() != 206 || !exchange.path("body").isArray()) {
      return;
    }
    for (JsonNode op : exchange.get("body")) {
      if (op instanceof ObjectNode object) {
        edit.accept(object);
      }
    }
  }

  private static void removeEverywhere(JsonNode node, Set<String> fields) {
    if (node instanceof ObjectNode object) {
      object.remove(fields);
      object.forEach(child -> removeEverywhere(child, fields));
    } else if (node instanceof ArrayNode array) {
      array.forEach(child -> removeEverywhere(child, fields));
    }
  }

  private static void stripIntrospection(JsonNode node) {
    if (node instanceof ObjectNode body && body.has("schema_version")) {
      body.remove(
          List.of(
              "capabilities",
              "extra",
              "framework",
              "sdk_language",
              "sdk_version",
              "has_signing_key_fallback",
              "serve_origin",
              "serve_path"));
    }
  }

  private static void stripDeployId(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object
          .properties()
          .forEach(
              field -> {
                if (field.getValue().isTextual() && field.getKey().equals("url")) {
                  field.setValue(TextNode.valueOf(withoutDeployId(field.getValue().textValue())));
                } else {
                  stripDeployId(field.getValue());
                }
              });
    } else if (node instanceof ArrayNode array) {
      array.forEach(Normalisation::stripDeployId);
    }
  }

  private static String withoutDeployId(String url) {
    return url.replaceAll("([?&])deployId=[^&]*&", "$1").replaceAll("[?&]deployId=[^&]*$", "");
  }
}
