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
package io.github.handymanworkflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.execution.WireFormat;
import java.util.Iterator;
import java.util.Map;

/**
 * The length of {@link WireFormat#bytes} of a JSON tree, counted without serialising it: the engine
 * records the size of every step result, and writing each result out just to count its bytes cost a
 * generator, a buffer and a copy per step. Objects, arrays, strings, integers, booleans and null
 * are counted exactly as Jackson writes them (compact, UTF-8, only the escapes JSON requires);
 * other numbers and anything unusual (an unpaired surrogate) are serialised as before.
 */
final class JsonSize {

  private JsonSize() {}

  /** {@code WireFormat.bytes(node).length}. */
  static int of(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> object(node);
      case ARRAY -> array(node);
      case STRING -> string(node);
      case BOOLEAN -> node.booleanValue() ? 4 : 5;
      case NULL -> 4;
      case NUMBER ->
          node.isInt() || node.isLong() ? Long.toString(node.longValue()).length() : exact(node);
      default -> exact(node);
    };
  }

  private static int object(JsonNode node) {
    int size = 2;
    int fields = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      int name = quoted(field.getKey());
      if (name < 0) {
        return exact(node);
      }
      size += name + 1 + of(field.getValue());
      fields++;
    }
    return size + Math.max(0, fields - 1);
  }

  private static int array(JsonNode node) {
    int size = 2;
    for (JsonNode element : node) {
      size += of(element);
    }
    return size + Math.max(0, node.size() - 1);
  }

  private static int string(JsonNode node) {
    int size = quoted(node.textValue());
    return size < 0 ? exact(node) : size;
  }

  /** The UTF-8 length of a string written as a JSON string, or -1 if it has a surrogate. */
  private static int quoted(String text) {
    int size = 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b'
            || c == '\f') {
          size += 2;
        } else if (c < 0x20) {
          size += 6;
        } else {
          size += 1;
        }
      } else if (c < 0x800) {
        size += 2;
      } else if (Character.isSurrogate(c)) {
        // How Jackson writes characters outside the BMP depends on its version and settings.
        return -1;
      } else {
        size += 3;
      }
    }
    return size;
  }

  private static int exact(JsonNode node) {
    return WireFormat.bytes(node).length;
  }
}
