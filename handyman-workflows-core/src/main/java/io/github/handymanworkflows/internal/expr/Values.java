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
package io.github.handymanworkflows.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value model of expressions and the operations on it.
 *
 * <p>Values are {@code null}, {@link Boolean}, {@link Long}, {@link Double}, {@link String}, an
 * unmodifiable {@link List} of values, or a {@link JsonNode} object (kept as is, so that large
 * event payloads are not copied). Numbers compare by value whatever their type.
 */
final class Values {

  private Values() {}

  /** Converts a JSON value; missing and JSON null both become {@code null}. */
  static @Nullable Object fromJson(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      return node;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>(node.size());
      for (JsonNode element : node) {
        list.add(fromJson(element));
      }
      return Collections.unmodifiableList(list);
    }
    return node.asText();
  }

  /** The CEL name of a value's type, for error messages. */
  static String typeName(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean) {
      return "bool";
    }
    if (value instanceof Long) {
      return "int";
    }
    if (value instanceof Double) {
      return "double";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof List) {
      return "list";
    }
    return "map";
  }

  /** CEL equality, except that values of different types are simply unequal. */
  static boolean equal(@Nullable Object left, @Nullable Object right) {
    if (left == null || right == null) {
      return left == right;
    }
    if (left instanceof Number && right instanceof Number) {
      Integer order = compareNumbers((Number) left, (Number) right);
      return order != null && order == 0;
    }
    if (left instanceof List<?> leftList && right instanceof List<?> rightList) {
      if (leftList.size() != rightList.size()) {
        return false;
      }
      for (int i = 0; i < leftList.size(); i++) {
        if (!equal(leftList.get(i), rightList.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (left instanceof JsonNode leftMap && right instanceof JsonNode rightMap) {
      if (leftMap.size() != rightMap.size()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = leftMap.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!rightMap.has(field.getKey())
            || !equal(fromJson(field.getValue()), fromJson(rightMap.get(field.getKey())))) {
          return false;
        }
      }
      return true;
    }
    return left.equals(right);
  }

  /**
   * Orders two numbers, two strings or two booleans; {@code null} if they cannot be ordered
   * (different types, null, NaN).
   */
  static @Nullable Integer compare(@Nullable Object left, @Nullable Object right) {
    if (left instanceof Number && right instanceof Number) {
      return compareNumbers((Number) left, (Number) right);
    }
    if (left instanceof String leftString && right instanceof String rightString) {
      return Integer.signum(leftString.compareTo(rightString));
    }
    if (left instanceof Boolean leftBoolean && right instanceof Boolean rightBoolean) {
      return Boolean.compare(leftBoolean, rightBoolean);
    }
    return null;
  }

  private static @Nullable Integer compareNumbers(Number left, Number right) {
    if (left instanceof Long leftLong && right instanceof Long rightLong) {
      return Long.compare(leftLong, rightLong);
    }
    double leftDouble = left.doubleValue();
    double rightDouble = right.doubleValue();
    if (Double.isNaN(leftDouble) || Double.isNaN(rightDouble)) {
      return null;
    }
    if (Double.isInfinite(leftDouble) || Double.isInfinite(rightDouble)) {
      return Double.compare(leftDouble, rightDouble);
    }
    // Exact comparison: a long such as 2^53 + 1 must not equal the nearest double.
    return exact(left).compareTo(exact(right));
  }

  private static BigDecimal exact(Number number) {
    return number instanceof Long
        ? BigDecimal.valueOf(number.longValue())
        : new BigDecimal(number.doubleValue());
  }

  /** Arithmetic on two values; {@code operator} is one of {@code + - * / %}. */
  static Object arithmetic(
      TokenKind operator, @Nullable Object left, @Nullable Object right, int position) {
    if (operator == TokenKind.PLUS) {
      if (left instanceof String leftString && right instanceof String rightString) {
        return leftString + rightString;
      }
      if (left instanceof List<?> leftList && right instanceof List<?> rightList) {
        List<@Nullable Object> joined = new ArrayList<>(leftList);
        joined.addAll(rightList);
        return Collections.unmodifiableList(joined);
      }
    }
    if (left instanceof Long leftLong && right instanceof Long rightLong) {
      return integerArithmetic(operator, leftLong, rightLong, position);
    }
    if (left instanceof Number leftNumber && right instanceof Number rightNumber) {
      double a = leftNumber.doubleValue();
      double b = rightNumber.doubleValue();
      switch (operator) {
        case PLUS:
          return a + b;
        case MINUS:
          return a - b;
        case STAR:
          return a * b;
        case SLASH:
          return a / b;
        default:
          return a % b;
      }
    }
    throw new EvaluationFailure(
        position,
        "cannot apply "
            + operator.description()
            + " to "
            + typeName(left)
            + " and "
            + typeName(right));
  }

  private static Long integerArithmetic(TokenKind operator, long a, long b, int position) {
    try {
      switch (operator) {
        case PLUS:
          return Math.addExact(a, b);
        case MINUS:
          return Math.subtractExact(a, b);
        case STAR:
          return Math.multiplyExact(a, b);
        case SLASH:
          if (b == 0) {
            throw new EvaluationFailure(position, "division by zero");
          }
          if (a == Long.MIN_VALUE && b == -1) {
            throw new ArithmeticException("overflow");
          }
          return a / b;
        default:
          if (b == 0) {
            throw new EvaluationFailure(position, "modulus by zero");
          }
          return b == -1 ? 0L : a % b;
      }
    } catch (ArithmeticException e) {
      throw new EvaluationFailure(position, "integer overflow");
    }
  }

  /** A value used as a condition: booleans as they are, {@code null} (a missing field) as false. */
  static boolean truth(@Nullable Object value, int position, String what) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    throw new EvaluationFailure(position, what + " must be a bool, not " + typeName(value));
  }
}
