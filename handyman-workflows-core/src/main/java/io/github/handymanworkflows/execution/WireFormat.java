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
package io.github.handymanworkflows.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.internal.json.Json;
import java.util.List;

/**
 * The JSON bodies of call responses, field for field as the Inngest SDKs write them, so that the
 * serve handler and the tests agree byte for byte.
 */
public final class WireFormat {

  private WireFormat() {}

  /** One op: {@code id, op, name, displayName}, then {@code opts}, {@code error}, {@code data}. */
  public static ObjectNode op(Op op) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", op.id());
    node.put("op", op.op().name());
    node.put("name", op.name());
    node.put("displayName", op.displayName());
    if (op.opts() != null) {
      node.set("opts", op.opts());
    }
    if (op.error() != null) {
      node.set("error", error(op.error()));
    }
    switch (op.op()) {
      case StepRun -> node.set("data", op.data() == null ? NullNode.getInstance() : op.data());
      case StepPlanned -> {
        // Planned steps carry no data: they have not run.
      }
      default -> node.set("data", NullNode.getInstance());
    }
    return node;
  }

  /** The {@code 206} body. */
  public static ArrayNode ops(List<Op> ops) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    ops.forEach(op -> array.add(op(op)));
    return array;
  }

  /** An error body: {@code {"name","message","stack"}}. */
  public static ObjectNode error(SerializedError error) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", error.name());
    node.put("message", error.message());
    if (error.stack() != null) {
      node.put("stack", error.stack());
    }
    return node;
  }

  /** The {@code 500} body for a targeted step the function never reached. */
  public static ObjectNode stepNotFound(ExecutionOutcome.StepNotFound notFound) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("error", "Could not find step " + notFound.requestedStep() + " to run");
    node.put("requestedStep", notFound.requestedStep());
    ArrayNode found = node.putArray("foundSteps");
    notFound.foundSteps().forEach(found::add);
    node.put("totalFoundSteps", notFound.foundSteps().size());
    return node;
  }

  /** Compact JSON bytes (no whitespace), as on the wire. */
  public static byte[] bytes(JsonNode node) {
    try {
      return Json.mapper().writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Compact JSON text. */
  public static String text(JsonNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
