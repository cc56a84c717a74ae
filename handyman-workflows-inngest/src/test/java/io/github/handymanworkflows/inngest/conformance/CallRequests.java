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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds call-request bodies the way the Inngest server sends them (inngest-protocol.md §3.1) and
 * signs them (§5.2).
 *
 * <p>Bodies are rendered as JCS, like the server's, so that the raw bytes and the canonical form
 * agree.
 */
public final class CallRequests {

  /**
   * Internal function UUID placed in {@code ctx.fn_id} (the server sends its own UUID here, not the
   * slug).
   */
  public static final String FN_UUID = "0d2b4f6a-8c1e-5a3b-9d7f-1e2c3b4a5d6e";

  /** Run id used unless a test sets another one. */
  public static final String RUN_ID = "01JQ7Z5V9K3M4N5P6Q7R8S9T0V";

  /** Event id used by {@link #event}. */
  public static final String EVENT_ID = "01JQ7Z5T0000000000000000EV";

  /** Event timestamp used by {@link #event} (2026-01-01T00:00:00Z). */
  public static final long EVENT_TS = 1767225600000L;

  private CallRequests() {}

  /** An event object as the server delivers it: {@code data, id, name, ts, user}. */
  public static ObjectNode event(String name, JsonNode data) {
    ObjectNode event = ConformanceJson.object();
    event.set("data", data);
    event.put("id", EVENT_ID);
    event.put("name", name);
    event.put("ts", EVENT_TS);
    event.set("user", ConformanceJson.object());
    return event;
  }

  /**
   * Starts a request for a run triggered by {@code event} (also used as the single element of
   * {@code events}).
   */
  public static Builder forEvent(ObjectNode event) {
    return new Builder(event);
  }

  /** {@code X-Inngest-Signature} header value for the body, signed at {@code at}. */
  public static String sign(String body, String signingKey, Instant at) {
    return Signatures.header(body, signingKey, at);
  }

  /** {@code {"data": value}}, the memo of a finished run step or a successful invoke. */
  public static ObjectNode data(JsonNode value) {
    ObjectNode memo = ConformanceJson.object();
    memo.set("data", value);
    return memo;
  }

  /** {@code {"error": {"name","message","stack"}}}, the memo of a permanently failed step. */
  public static ObjectNode error(String name, String message, String stack) {
    ObjectNode error = ConformanceJson.object();
    error.put("name", name);
    error.put("message", message);
    error.put("stack", stack);
    ObjectNode memo = ConformanceJson.object();
    memo.set("error", error);
    return memo;
  }

  /** Mutable builder for one call-request body. */
  public static final class Builder {
    private final ObjectNode event;
    private final List<ObjectNode> events = new ArrayList<>();
    private final Map<String, JsonNode> steps = new LinkedHashMap<>();
    private final List<String> stack = new ArrayList<>();
    private int attempt;
    private int maxAttempts = 5;
    private boolean disableImmediateExecution;
    private boolean useApi;
    private String runId = RUN_ID;
    private int version = -1;

    private Builder(ObjectNode event) {
      this.event = Objects.requireNonNull(event, "event");
      events.add(event);
    }

    /** {@code ctx.attempt} (0-based). */
    public Builder attempt(int value) {
      this.attempt = value;
      return this;
    }

    /** {@code ctx.max_attempts} (retries + 1; default 5). */
    public Builder maxAttempts(int value) {
      this.maxAttempts = value;
      return this;
    }

    /** {@code ctx.disable_immediate_execution}. */
    public Builder disableImmediateExecution(boolean value) {
      this.disableImmediateExecution = value;
      return this;
    }

    /**
     * {@code ctx.use_api} and the deprecated top-level {@code use_api}; also empties {@code
     * events}.
     */
    public Builder useApi(boolean value) {
      this.useApi = value;
      return this;
    }

    /** {@code ctx.run_id}. */
    public Builder runId(String value) {
      this.runId = Objects.requireNonNull(value, "runId");
      return this;
    }

    /** Top-level {@code version}: -1 on a new run, then the version the SDK answered with. */
    public Builder version(int value) {
      this.version = value;
      return this;
    }

    /**
     * Adds a finished step: {@code steps[hashedId] = memo} and appends the hash to {@code
     * ctx.stack.stack}.
     *
     * @param memo the stored value; {@code null} for a finished sleep or a timed-out wait
     */
    public Builder memoized(String hashedId, @Nullable JsonNode memo) {
      steps.put(hashedId, memo == null ? NullNode.getInstance() : memo);
      stack.add(hashedId);
      return this;
    }

    /** The body as a JSON tree. */
    public ObjectNode build() {
      ObjectNode ctx = ConformanceJson.object();
      ctx.put("attempt", attempt);
      ctx.put("disable_immediate_execution", disableImmediateExecution);
      ctx.put("env", "");
      ctx.put("fn_id", FN_UUID);
      ctx.put("max_attempts", maxAttempts);
      ctx.put("qi_id", "qi-" + runId);
      ctx.put("run_id", runId);
      ObjectNode stackNode = ctx.putObject("stack");
      stackNode.put("current", stack.size());
      ArrayNode stackIds = stackNode.putArray("stack");
      stack.forEach(stackIds::add);
      ctx.put("step_id", "step");
      ctx.put("use_api", useApi);

      ObjectNode body = ConformanceJson.object();
      body.set("ctx", ctx);
      body.set("defers", ConformanceJson.object());
      body.set("event", event);
      ArrayNode eventsNode = body.putArray("events");
      if (!useApi) {
        events.forEach(eventsNode::add);
      }
      ObjectNode stepsNode = body.putObject("steps");
      if (!useApi) {
        steps.forEach(stepsNode::set);
      }
      body.put("use_api", useApi);
      body.put("version", version);
      return body;
    }

    /** The body as JCS text, ready to sign and send. */
    public String json() {
      return ConformanceJson.canonical(build());
    }
  }
}
