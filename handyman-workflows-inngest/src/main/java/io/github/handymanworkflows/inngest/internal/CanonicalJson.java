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

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON in the JCS canonical form (RFC 8785) for the JSON this SDK exchanges: object keys sorted by
 * UTF-16 code units, no whitespace, JSON.stringify string escaping. The Inngest server signs call
 * requests in this form, and the JS SDK verifies signatures against it, so a harness that plays the
 * server must send it too.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /** The canonical UTF-8 bytes of a tree. */
  public static byte[] bytes(JsonNode node) {
    return text(node).getBytes(StandardCharsets.UTF_8);
  }

  /** The canonical text of a tree. */
  public static String text(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> writeObject(node, out);
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(node.get(i), out);
        }
        out.append(']');
      }
      case STRING -> writeString(node.textValue(), out);
      case NUMBER -> writeNumber(node, out);
      case BOOLEAN -> out.append(node.booleanValue());
      case NULL, MISSING -> out.append("null");
      default ->
          throw new IllegalArgumentException(
              "a " + node.getNodeType() + " node has no JSON representation");
    }
  }

  private static void writeObject(JsonNode node, StringBuilder out) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
    // String.compareTo compares UTF-16 code units: exactly the JCS key order.
    fields.sort(Map.Entry.comparingByKey());
    out.append('{');
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      writeString(fields.get(i).getKey(), out);
      out.append(':');
      write(fields.get(i).getValue(), out);
    }
    out.append('}');
  }

  private static void writeNumber(JsonNode node, StringBuilder out) {
    if (node.isIntegralNumber()) {
      out.append(node.bigIntegerValue());
      return;
    }
    double value = node.doubleValue();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("JSON cannot represent " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e21) {
      out.append(BigDecimal.valueOf(value).toBigInteger());
    } else {
      // Shortest round-trip digits, like ECMAScript, for the plain decimals workflows use.
      out.append(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }
  }

  private static void writeString(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
