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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.engine.CallExecutor;
import io.github.handymanworkflows.execution.ExecutionOutcome;
import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.execution.ExecutionResult;
import io.github.handymanworkflows.execution.Op;
import io.github.handymanworkflows.execution.OpCode;
import io.github.handymanworkflows.execution.RetryAfter;
import io.github.handymanworkflows.execution.SerializedError;
import io.github.handymanworkflows.inngest.Signatures;
import io.github.handymanworkflows.inngest.internal.CanonicalJson;
import io.github.handymanworkflows.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link CallExecutor} that makes each call of the embedded engine the way Inngest does: a signed
 * {@code POST <serveUrl>?fnId=<appId>-<fnId>&stepId=<step>} with a call-request body
 * (inngest-protocol.md §3.1), whose HTTP answer is mapped back to an {@link ExecutionOutcome}. With
 * it, {@code EmbeddedEngine} plays the Inngest server against a real serve endpoint, in this JVM or
 * another process.
 *
 * <p>Answers are read as the server reads them (§1.5, §4): {@code 200} completes the run; {@code
 * 206} carries ops (a {@code StepError} with {@code X-Inngest-No-Retry: true} counts as {@code
 * StepFailed}, a Sleep or WaitForEvent without {@code opts} takes its duration or event from {@code
 * name}); {@code X-Inngest-No-Retry: true} on an error makes it final; a {@code 500} naming a
 * {@code requestedStep} is a step-not-found; anything else, including a 2xx without {@code
 * X-Inngest-Sdk} and an unreachable endpoint, is a retriable failure. Thread-safe.
 */
public final class HttpCallExecutor implements CallExecutor {

  private static final Logger LOGGER = LoggerFactory.getLogger(HttpCallExecutor.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_QUOTED_BODY = 300;

  private final URI serveUrl;
  private final @Nullable String signingKey;
  private final Clock clock;
  private final Duration timeout;
  private final HttpClient http;

  private HttpCallExecutor(Builder b) {
    this.serveUrl = b.serveUrl;
    this.signingKey = b.signingKey;
    this.clock = b.clock;
    this.timeout = b.timeout;
    this.http =
        b.http != null
            ? b.http
            : HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(b.timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
  }

  /**
   * A builder for calls to a serve endpoint.
   *
   * @param serveUrl the serve URL as synced, for example {@code http://127.0.0.1:3000/api/inngest};
   *     its own query parameters are kept
   */
  public static Builder builder(URI serveUrl) {
    return new Builder(serveUrl);
  }

  /** The serve URL calls go to. */
  public URI serveUrl() {
    return serveUrl;
  }

  @Override
  public ExecutionResult execute(ExecutionRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    String compositeId = request.appId() + "-" + request.function().id();
    String stepId =
        request.targetStepId() == null
            ? ExecutionRequest.DISCOVERY_STEP_ID
            : request.targetStepId();
    byte[] body = body(request);
    HttpRequest.Builder http =
        HttpRequest.newBuilder(callUri(compositeId, stepId))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("X-Inngest-Step-ID", stepId)
            .header("X-Inngest-Req-Version", Integer.toString(version(request)))
            .header("X-Run-ID", request.runId())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signingKey != null) {
      http.header(
          "X-Inngest-Signature",
          Signatures.sign(signingKey, body, clock.instant().getEpochSecond()));
    }
    HttpResponse<byte[]> response;
    try {
      response = this.http.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      LOGGER.warn("call of {} at {} failed: {}", compositeId, serveUrl, e.toString());
      return result(
          retriable("the serve endpoint " + serveUrl + " could not be reached: " + e, null));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return result(retriable("interrupted while calling " + serveUrl, null));
    }
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
    return result(outcome(response.statusCode(), headers, response.body()));
  }

  private URI callUri(String compositeId, String stepId) {
    String url = serveUrl.toString();
    return URI.create(
        url
            + (url.contains("?") ? "&" : "?")
            + "fnId="
            + URLEncoder.encode(compositeId, StandardCharsets.UTF_8)
            + "&stepId="
            + URLEncoder.encode(stepId, StandardCharsets.UTF_8));
  }

  private static ExecutionResult result(ExecutionOutcome outcome) {
    return new ExecutionResult(outcome, List.of());
  }

  // ---- request -------------------------------------------------------------------------------

  /**
   * The call-request body the Inngest server would send for this call (JCS, as the server signs
   * it): {@code ctx} with attempt, flags, run id, stack and max attempts; {@code event}, {@code
   * events}, {@code steps}, {@code use_api} and {@code version}.
   */
  public static byte[] body(ExecutionRequest request) {
    ObjectNode root = NODES.objectNode();
    ObjectNode ctx = root.putObject("ctx");
    ctx.put("attempt", request.attempt());
    ctx.put("disable_immediate_execution", request.disableImmediateExecution());
    ctx.put("env", "");
    String compositeId = request.appId() + "-" + request.function().id();
    // The server sends its own function UUID here, not the slug; a stable one per function.
    ctx.put(
        "fn_id", UUID.nameUUIDFromBytes(compositeId.getBytes(StandardCharsets.UTF_8)).toString());
    ctx.put("max_attempts", request.maxAttempts());
    ctx.put("run_id", request.runId());
    ObjectNode stack = ctx.putObject("stack");
    stack.put("current", request.stack().size());
    ArrayNode ids = stack.putArray("stack");
    request.stack().forEach(ids::add);
    ctx.put("step_id", ExecutionRequest.DISCOVERY_STEP_ID);
    ctx.put("use_api", false);
    root.putObject("defers");
    root.set("event", request.events().get(0));
    root.putArray("events").addAll(request.events());
    ObjectNode steps = root.putObject("steps");
    request.steps().forEach(steps::set);
    root.put("use_api", false);
    root.put("version", version(request));
    return CanonicalJson.bytes(root);
  }

  /** {@code -1} for a new run (the SDK decides), then 2, the version every SDK answers with. */
  private static int version(ExecutionRequest request) {
    return request.stack().isEmpty() && request.steps().isEmpty() ? -1 : 2;
  }

  // ---- response ------------------------------------------------------------------------------

  /**
   * Maps a serve endpoint's answer to an outcome, as the Inngest server reads it.
   *
   * @param headers the response headers; looked up case-insensitively
   */
  public static ExecutionOutcome outcome(int status, Map<String, String> headers, byte[] body) {
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    boolean noRetry = "true".equalsIgnoreCase(h.getOrDefault("X-Inngest-No-Retry", "").trim());
    RetryAfter retryAfter = retryAfter(h.get("Retry-After"));
    if ((status == 200 || status == 206) && !h.containsKey("X-Inngest-Sdk")) {
      return retriable(
          "the " + status + " answer has no X-Inngest-Sdk header, so it is not from an SDK", null);
    }
    JsonNode json = parse(body);
    if (status == 200) {
      return new ExecutionOutcome.Completed(
          body.length == 0 ? NullNode.getInstance() : json != null ? json : NullNode.getInstance());
    }
    if (status == 206) {
      return steps(json, noRetry, retryAfter);
    }
    if (status == 500 && json != null && json.path("requestedStep").isTextual()) {
      List<String> found = new ArrayList<>();
      for (JsonNode step : json.path("foundSteps")) {
        found.add(step.isObject() ? step.path("id").asText() : step.asText());
      }
      return new ExecutionOutcome.StepNotFound(json.get("requestedStep").asText(), found);
    }
    SerializedError error =
        json != null && json.isObject() && json.has("message")
            ? error(json)
            : new SerializedError("Error", "HTTP " + status + ": " + quote(body), null);
    // The server retries unless told not to; without the header it retries even a 4xx (§1.5).
    return new ExecutionOutcome.Failed(error, !noRetry, noRetry ? null : retryAfter);
  }

  private static ExecutionOutcome steps(
      @Nullable JsonNode json, boolean noRetry, @Nullable RetryAfter retryAfter) {
    if (json == null || !(json.isArray() || json.isObject())) {
      return retriable("the 206 answer is not a JSON array of ops", retryAfter);
    }
    List<Op> ops = new ArrayList<>();
    Iterable<JsonNode> items = json.isArray() ? json : List.of(json);
    for (JsonNode item : items) {
      try {
        ops.add(op(item, noRetry));
      } catch (IllegalArgumentException e) {
        return retriable("the 206 answer holds an invalid op: " + e.getMessage(), retryAfter);
      }
    }
    if (ops.isEmpty()) {
      return retriable("the 206 answer holds no op", retryAfter);
    }
    return new ExecutionOutcome.Steps(ops, retryAfter);
  }

  private static Op op(JsonNode node, boolean noRetry) {
    if (!node.isObject() || !node.path("id").isTextual()) {
      throw new IllegalArgumentException("an op needs a string id");
    }
    String id = node.get("id").asText();
    OpCode code = opCode(node.path("op").asText());
    if (code == OpCode.StepError && noRetry) {
      code = OpCode.StepFailed;
    }
    String name =
        text(node, "name")
            .or(() -> text(node.path("userland"), "id"))
            .or(() -> text(node, "displayName"))
            .orElse(id);
    String displayName = text(node, "displayName").orElse(name);
    ObjectNode opts =
        node.path("opts").isObject() ? (ObjectNode) node.get("opts").deepCopy() : null;
    // As the server does (A.10): a pause without opts takes its duration or event from the name.
    if (code == OpCode.Sleep || code == OpCode.WaitForEvent) {
      String field = code == OpCode.Sleep ? "duration" : "event";
      if (opts == null) {
        opts = NODES.objectNode();
      }
      if (!opts.hasNonNull(field) && node.path("name").isTextual()) {
        opts.put(field, node.get("name").asText());
      }
    }
    JsonNode data = null;
    if (code == OpCode.StepRun) {
      data = node.has("data") ? node.get("data") : NullNode.getInstance();
    }
    SerializedError error = null;
    if (code == OpCode.StepError || code == OpCode.StepFailed) {
      error =
          node.path("error").isObject()
              ? error(node.get("error"))
              : new SerializedError("Error", "the step failed without an error object", null);
    }
    return new Op(id, code, name, displayName, opts, data, error);
  }

  private static OpCode opCode(String value) {
    for (OpCode code : OpCode.values()) {
      if (code.name().equalsIgnoreCase(value)) {
        return code;
      }
    }
    throw new IllegalArgumentException("unknown op code '" + value + "'");
  }

  private static SerializedError error(JsonNode node) {
    String stack = text(node, "stack").filter(s -> !s.isEmpty()).orElse(null);
    return new SerializedError(
        text(node, "name").filter(s -> !s.isEmpty()).orElse("Error"),
        text(node, "message").orElse(""),
        stack);
  }

  /** Integer seconds (at most 7 digits, as the server reads them) or an RFC 3339 instant. */
  static @Nullable RetryAfter retryAfter(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    if (value.matches("[0-9]{1,7}")) {
      return new RetryAfter(Duration.ofSeconds(Long.parseLong(value)), null);
    }
    try {
      return new RetryAfter(null, Instant.parse(value));
    } catch (DateTimeParseException e) {
      LOGGER.warn("ignoring a Retry-After header that is neither seconds nor RFC 3339");
      return null;
    }
  }

  private static ExecutionOutcome.Failed retriable(
      String message, @Nullable RetryAfter retryAfter) {
    return new ExecutionOutcome.Failed(
        new SerializedError("Error", message, null), true, retryAfter);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static @Nullable JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static String quote(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return "(empty body)";
    }
    return text.length() > MAX_QUOTED_BODY ? text.substring(0, MAX_QUOTED_BODY) + "…" : text;
  }

  /** Builds an {@link HttpCallExecutor}. */
  public static final class Builder {
    private final URI serveUrl;
    private @Nullable String signingKey;
    private Clock clock = Clock.systemUTC();
    private Duration timeout = Duration.ofSeconds(30);
    private @Nullable HttpClient http;

    private Builder(URI serveUrl) {
      Objects.requireNonNull(serveUrl, "serveUrl must not be null");
      String scheme =
          serveUrl.getScheme() == null ? "" : serveUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || serveUrl.getHost() == null) {
        throw new IllegalArgumentException("serveUrl must be an absolute http(s) URL");
      }
      this.serveUrl = serveUrl;
    }

    /** Signs every call with this key (cloud mode); unsigned when null (dev mode). */
    public Builder signingKey(@Nullable String value) {
      this.signingKey = value == null || value.isBlank() ? null : value;
      return this;
    }

    /**
     * The clock signatures are stamped with (default: the system clock). It must be within five
     * minutes of the serve endpoint's clock, so keep it real when the engine runs on a manual
     * clock.
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock must not be null");
      return this;
    }

    /** How long one call may take (default 30 seconds). */
    public Builder timeout(Duration value) {
      Objects.requireNonNull(value, "timeout must not be null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = value;
      return this;
    }

    /** The HTTP client (default: a JDK client that never follows redirects). */
    public Builder httpClient(HttpClient value) {
      this.http = Objects.requireNonNull(value, "httpClient must not be null");
      return this;
    }

    /** Builds the executor. */
    public HttpCallExecutor build() {
      return new HttpCallExecutor(this);
    }
  }
}
