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
package io.github.handymanworkflows.internal.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.handymanworkflows.execution.SerializedError;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One memoized step state, read by Inngest's rule: an object whose only key is {@code data} is
 * data, whose only key is {@code error} is an error, whose only key is {@code input} is not yet
 * complete; anything else is the value itself.
 */
sealed interface Memo {

  /** A wrapped {@code {"data": …}} result. */
  record Data(JsonNode value) implements Memo {}

  /** A bare value: a finished sleep or timed-out wait (null), a matched event, a legacy result. */
  record Value(JsonNode value) implements Memo {}

  /** A recorded step error. */
  record Failure(SerializedError error) implements Memo {}

  /** Parses a raw state; null when the entry does not count as memoized. */
  static @Nullable Memo parse(@Nullable JsonNode raw, boolean present) {
    if (!present) {
      return null;
    }
    if (raw == null || raw.isNull() || raw.isMissingNode()) {
      return new Value(NullNode.getInstance());
    }
    if (raw.isObject() && raw.size() == 1) {
      // The one property, read once instead of looked up by each name it could have.
      Map.Entry<String, JsonNode> only = raw.properties().iterator().next();
      String key = only.getKey();
      if (key.equals("input")) {
        return null;
      }
      if (key.equals("data")) {
        return new Data(only.getValue());
      }
      if (key.equals("error")) {
        JsonNode e = only.getValue();
        String name = text(e, "name", "Error");
        String message = text(e, "message", "");
        String stack = e.hasNonNull("stack") ? e.get("stack").asText() : null;
        return new Failure(new SerializedError(name, message, stack));
      }
    }
    return new Value(raw);
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull() ? value.asText() : fallback;
  }
}
