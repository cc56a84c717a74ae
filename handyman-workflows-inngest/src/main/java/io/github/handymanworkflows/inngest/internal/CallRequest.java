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
package io.github.handymanworkflows.inngest.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.handymanworkflows.internal.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parsed call request body. Lenient where Inngest is (unknown fields ignored, missing flags
 * false, missing stack empty), strict about shapes: a field of the wrong type is a {@link
 * BadRequestException} naming it.
 *
 * @param events the trigger events ({@code events}, else {@code [event]})
 * @param steps the memoized state keyed by hashed step id
 * @param stack the hashed ids of completed steps in completion order
 * @param runId the run id ({@code ctx.run_id}), empty when absent
 * @param attempt {@code ctx.attempt}, 0 when absent
 * @param maxAttempts {@code ctx.max_attempts}, or null when absent
 * @param disableImmediateExecution {@code ctx.disable_immediate_execution}
 * @param useApi {@code ctx.use_api} or the deprecated top-level {@code use_api}
 */
public record CallRequest(
    List<JsonNode> events,
    Map<String, JsonNode> steps,
    List<String> stack,
    String runId,
    int attempt,
    @Nullable Integer maxAttempts,
    boolean disableImmediateExecution,
    boolean useApi) {

  private static final ObjectReader READER =
      Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Parses a body. */
  public static CallRequest parse(byte[] body) {
    JsonNode root = readJson(body);
    if (!root.isObject()) {
      throw new BadRequestException("the call request body must be a JSON object");
    }
    JsonNode ctx = root.path("ctx");
    if (!ctx.isMissingNode() && !ctx.isNull() && !ctx.isObject()) {
      throw new BadRequestException("'ctx' must be a JSON object");
    }
    List<JsonNode> events = events(root);
    Map<String, JsonNode> steps = steps(root.get("steps"), "steps");
    List<String> stack = stack(ctx.path("stack"));
    String runId = text(ctx.get("run_id"), "ctx.run_id");
    Integer attempt = integer(ctx.get("attempt"), "ctx.attempt");
    if (attempt != null && attempt < 0) {
      throw new BadRequestException("'ctx.attempt' must not be negative");
    }
    Integer maxAttempts = integer(ctx.get("max_attempts"), "ctx.max_attempts");
    boolean die = bool(ctx.get("disable_immediate_execution"), "ctx.disable_immediate_execution");
    boolean useApi =
        bool(ctx.get("use_api"), "ctx.use_api") || bool(root.get("use_api"), "use_api");
    return new CallRequest(
        events,
        steps,
        stack,
        runId == null ? "" : runId,
        attempt == null ? 0 : attempt,
        maxAttempts,
        die,
        useApi);
  }

  /** Reads JSON strictly (no trailing content); malformed input is a bad request. */
  public static JsonNode readJson(byte[] body) {
    if (body.length == 0) {
      throw new BadRequestException("the request body is empty; expected a JSON object");
    }
    try {
      JsonNode node = READER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new BadRequestException("the request body is empty; expected a JSON object");
      }
      return node;
    } catch (StreamConstraintsException e) {
      // Jackson's limits (nesting depth, number and string lengths); no location is known.
      throw new BadRequestException(
          "the request body exceeds a JSON limit: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BadRequestException(
          "the request body is not valid JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new BadRequestException("the request body could not be read as JSON");
    }
  }

  private static List<JsonNode> events(JsonNode root) {
    List<JsonNode> events = new ArrayList<>();
    JsonNode array = root.get("events");
    if (array != null && !array.isNull()) {
      if (!array.isArray()) {
        throw new BadRequestException("'events' must be an array of event objects");
      }
      for (int i = 0; i < array.size(); i++) {
        if (!array.get(i).isObject()) {
          throw new BadRequestException("'events[" + i + "]' must be an event object");
        }
        events.add(array.get(i));
      }
    }
    if (events.isEmpty()) {
      JsonNode event = root.get("event");
      if (event != null && !event.isNull()) {
        if (!event.isObject()) {
          throw new BadRequestException("'event' must be an event object");
        }
        events.add(event);
      }
    }
    return events;
  }

  /**
   * Reads a steps object: hashed id to memoized value (JSON null allowed). The map is immutable, so
   * the execution request keeps it without copying thousands of entries again.
   */
  public static Map<String, JsonNode> steps(@Nullable JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new BadRequestException("'" + field + "' must be a JSON object keyed by step id");
    }
    @SuppressWarnings("unchecked")
    Map.Entry<String, JsonNode>[] entries = node.properties().toArray(new Map.Entry[0]);
    return Map.ofEntries(entries);
  }

  private static List<String> stack(JsonNode stackNode) {
    if (stackNode.isMissingNode() || stackNode.isNull()) {
      return List.of();
    }
    if (!stackNode.isObject()) {
      throw new BadRequestException("'ctx.stack' must be a JSON object");
    }
    JsonNode array = stackNode.get("stack");
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new BadRequestException("'ctx.stack.stack' must be an array of step ids");
    }
    String[] stack = new String[array.size()];
    for (int i = 0; i < stack.length; i++) {
      JsonNode id = array.get(i);
      if (!id.isTextual()) {
        throw new BadRequestException("'ctx.stack.stack' must contain only strings");
      }
      stack[i] = id.asText();
    }
    // Immutable already, so the execution request keeps it without another copy.
    return List.of(stack);
  }

  private static @Nullable String text(@Nullable JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new BadRequestException("'" + field + "' must be a string");
    }
    return node.asText();
  }

  private static @Nullable Integer integer(@Nullable JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new BadRequestException("'" + field + "' must be an integer");
    }
    return node.asInt();
  }

  private static boolean bool(@Nullable JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new BadRequestException("'" + field + "' must be true or false");
    }
    return node.asBoolean();
  }
}
