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
package io.github.handymanworkflows.dashboard.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.handymanworkflows.internal.Masking;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Masks an event's JSON the way the events' {@code toString} masks them for logs: secrets (tokens,
 * passwords, keys, codes) completely, e-mail addresses to their first letter and domain, wherever
 * they appear.
 */
public final class JsonMasking {

  private static final Pattern SECRET_NAME =
      Pattern.compile(
          ".*(token|password|passwd|secret|apikey|api_key|authorization|signature|otp|code|hash).*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private JsonMasking() {}

  /** A masked copy; the argument is not changed. */
  public static JsonNode mask(JsonNode node) {
    JsonNode copy = node.deepCopy();
    return maskInPlace(copy);
  }

  private static JsonNode maskInPlace(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey().toLowerCase(Locale.ROOT);
        if (SECRET_NAME.matcher(name).matches() && !field.getValue().isNull()) {
          field.setValue(TextNode.valueOf(Masking.SECRET_MASK));
        } else {
          field.setValue(maskInPlace(field.getValue()));
        }
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, maskInPlace(array.get(i)));
      }
      return array;
    }
    if (node.isTextual() && EMAIL.matcher(node.asText()).matches()) {
      return TextNode.valueOf(String.valueOf(Masking.email(node.asText())));
    }
    return node;
  }
}
