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
import io.github.handymanworkflows.internal.expr.Expression;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parsed expressions by source, so each is parsed once. */
final class Expressions {

  private static final Logger LOGGER = LoggerFactory.getLogger(Expressions.class);

  private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

  /** An empty cache; functions parsed their expressions when they were built. */
  Expressions() {}

  Expression get(String source) {
    return parsed.computeIfAbsent(source, Expression::parse);
  }

  /** Evaluates a condition; one that cannot be evaluated is false (and logged). */
  boolean test(String source, Map<String, JsonNode> variables) {
    return safeTest(get(source), variables);
  }

  static boolean safeTest(Expression condition, Map<String, JsonNode> variables) {
    try {
      return condition.test(variables);
    } catch (RuntimeException e) {
      // Usually a missing field, which CEL also treats as "no match".
      LOGGER.debug(
          "expression '{}' could not be evaluated: {}", condition.source(), e.getMessage());
      return false;
    }
  }
}
