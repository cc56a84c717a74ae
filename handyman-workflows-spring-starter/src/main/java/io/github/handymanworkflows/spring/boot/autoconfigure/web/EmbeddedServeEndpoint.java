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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.inngest.ServeRequest;
import io.github.handymanworkflows.inngest.ServeResponse;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serve endpoint in embedded mode. {@code GET} describes the engine and its functions; {@code
 * POST} of an event in wire JSON ({@code {"name":…,"data":{…}}}, or an array of them) ingests it
 * into the engine and answers {@code 200 {"ids":[…]}}, when the {@link EventIngestPolicy} admits
 * the request: closed by default, otherwise an event key in the path ({@code …/e/<key>}) or the
 * {@value EventIngestPolicy#KEY_HEADER} header. An invalid event is a {@code 400} naming the field;
 * nothing of that request is ingested. Errors are RFC 9457 problem details ({@code
 * application/problem+json}) with the offending {@code field} and {@code event} where there is one.
 */
public final class EmbeddedServeEndpoint implements ServeEndpoint {

  private static final Logger LOGGER = LoggerFactory.getLogger(EmbeddedServeEndpoint.class);

  private final EmbeddedEngine engine;
  private final EventIngestPolicy policy;

  /**
   * Creates the endpoint.
   *
   * @param policy who may POST events; {@link EventIngestPolicy#closed()} refuses every POST
   */
  public EmbeddedServeEndpoint(EmbeddedEngine engine, EventIngestPolicy policy) {
    this.engine = Objects.requireNonNull(engine, "engine must not be null");
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
  }

  @Override
  public ServeResponse handle(ServeRequest request) {
    try {
      return switch (request.method()) {
        case "GET" -> json(200, describe());
        case "POST" -> ingest(request);
        default ->
            error(
                405,
                "method " + request.method() + " is not allowed in embedded mode; use GET or POST",
                null);
      };
    } catch (RuntimeException e) {
      LOGGER.error("the embedded serve endpoint failed on {}", request.method(), e);
      return error(500, "internal error in the embedded serve endpoint", null);
    }
  }

  private ObjectNode describe() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("mode", "embedded");
    body.put("appId", engine.appId());
    body.put("functionsFound", engine.functions().size());
    ArrayNode functions = body.putArray("functions");
    for (WorkflowFunction fn : engine.functions().values()) {
      ObjectNode f = functions.addObject();
      f.put("id", fn.id());
      f.put("name", fn.name());
      ArrayNode triggers = f.putArray("triggers");
      for (Trigger trigger : fn.triggers()) {
        ObjectNode t = triggers.addObject();
        if (trigger instanceof Trigger.OnEvent on) {
          t.put("event", on.event());
          if (on.expression() != null) {
            t.put("expression", on.expression());
          }
        } else if (trigger instanceof Trigger.OnCron cron) {
          t.put("cron", cron.cron());
        }
      }
    }
    body.put("usage", "POST an event as JSON, {\"name\":\"...\",\"data\":{...}}, to trigger runs");
    return body;
  }

  private ServeResponse ingest(ServeRequest request) {
    if (!policy.enabled()) {
      return error(
          403,
          "this endpoint does not accept events (handyman.workflows.embedded.accept-http-events)",
          null);
    }
    if (!policy.admits(request)) {
      // One answer for a missing and a wrong key, so a caller learns nothing about the keys.
      return error(
          401,
          "send an event key: POST to <serve path>/e/<key> or set the "
              + EventIngestPolicy.KEY_HEADER
              + " header",
          null);
    }
    JsonNode body;
    try {
      body = Json.mapper().readTree(request.body());
    } catch (JsonProcessingException e) {
      return error(400, "the request body is not valid JSON", null);
    } catch (IOException e) {
      return error(400, "the request body could not be read", null);
    }
    if (body == null || body.isMissingNode() || !(body.isObject() || body.isArray())) {
      return error(400, "the request body must be an event object or an array of events", null);
    }
    for (JsonNode event : body.isArray() ? body : List.of(body)) {
      String name = event.path("name").asText("");
      if (!policy.accepts(name)) {
        return error(
            403,
            "events named '"
                + name
                + "' are not accepted over HTTP (handyman.workflows.embedded"
                + ".allowed-sensitive-events)",
            new EventValidationException(name, "name", "is not accepted over HTTP"));
      }
    }
    if (engine.isClosed()) {
      // Shutting down: the sender should retry against an instance that accepts events.
      return error(503, "the embedded engine is shutting down and accepts no events", null);
    }
    try {
      PublishResult result = engine.publishJson(body);
      ObjectNode answer = JsonNodeFactory.instance.objectNode();
      answer.put("status", 200);
      ArrayNode ids = answer.putArray("ids");
      result.ids().forEach(ids::add);
      return json(200, answer);
    } catch (EventValidationException e) {
      return error(400, e.getMessage(), e);
    } catch (IllegalStateException e) {
      // Closed between the check and the publish.
      return error(503, "the embedded engine is shutting down and accepts no events", null);
    }
  }

  private static ServeResponse error(
      int status, String message, @Nullable EventValidationException cause) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", "about:blank");
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", message);
    if (cause != null) {
      body.put("event", cause.eventName());
      body.put("field", cause.field());
    }
    return json(status, body, "application/problem+json");
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 405 -> "Method Not Allowed";
      case 503 -> "Service Unavailable";
      default -> "Internal Server Error";
    };
  }

  private static ServeResponse json(int status, JsonNode body) {
    return json(status, body, "application/json");
  }

  private static ServeResponse json(int status, JsonNode body, String contentType) {
    try {
      return new ServeResponse(
          status, Map.of("Content-Type", contentType), Json.mapper().writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
