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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.inngest.internal.CanonicalJson;

/**
 * JSON helpers for the conformance harness: one plain Jackson mapper and JCS (RFC 8785) canonical
 * output.
 *
 * <p>The harness keeps its own mapper instead of the library's configured one so that what it sends
 * is exactly what it builds, independent of production serialization settings.
 */
public final class ConformanceJson {

  /** Plain mapper; the harness only uses the tree model. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private ConformanceJson() {}

  /** Parses JSON text, failing with the offending text in the message. */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + json, e);
    }
  }

  /** Creates an empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Renders a tree as JCS (RFC 8785): object keys sorted by UTF-16 code units, no whitespace,
   * JSON.stringify string escaping. The Inngest server signs JCS bodies and the JS SDK verifies
   * against the JCS form of the parsed body, so call requests must be sent in this form.
   */
  public static String canonical(JsonNode node) {
    return CanonicalJson.text(node);
  }
}
