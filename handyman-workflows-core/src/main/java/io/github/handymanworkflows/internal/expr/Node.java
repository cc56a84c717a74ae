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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A node of a parsed expression. Nodes are immutable, so one tree can be evaluated by many threads
 * at once. Evaluation failures are thrown as {@link EvaluationFailure}.
 */
sealed interface Node {

  /** Zero-based index in the source where this node starts (or where its operator is). */
  int position();

  /** Evaluates this node against the bound variables. */
  @Nullable Object evaluate(Map<String, JsonNode> variables);

  /** A literal: null, bool, int, double or string. */
  record Literal(@Nullable Object value, int position) implements Node {
    @Override
    public @Nullable Object evaluate(Map<String, JsonNode> variables) {
      return value;
    }
  }

  /** A list literal such as {@code [1, 'a']}. */
  record ListLiteral(List<Node> elements, int position) implements Node {
    public ListLiteral {
      elements = List.copyOf(elements);
    }

    @Override
    public Object evaluate(Map<String, JsonNode> variables) {
      List<@Nullable Object> values = new ArrayList<>(elements.size());
      for (Node element : elements) {
        values.add(element.evaluate(variables));
      }
      return Collections.unmodifiableList(values);
    }
  }

  /** A variable such as {@code event}; unbound variables are null. */
  record Identifier(String name, int position) implements Node {
    @Override
    public @Nullable Object evaluate(Map<String, JsonNode> variables) {
      return Values.fromJson(variables.get(name));
    }
  }

  /**
   * A field selection such as {@code event.data}. As in CEL, a missing field (or a field of
   * something that is not a map) is an error, not null: so {@code event.a == async.a} never matches
   * when {@code a} is missing, while a field holding JSON null is null.
   */
  record Select(Node operand, String field, int position) implements Node {
    @Override
    public @Nullable Object evaluate(Map<String, JsonNode> variables) {
      Object value = operand.evaluate(variables);
      if (!(value instanceof JsonNode object)) {
        throw new EvaluationFailure(
            position,
            "no field '" + field + "' on a value of type " + Values.typeName(value),
            true);
      }
      JsonNode found = object.get(field);
      if (found == null) {
        throw new EvaluationFailure(position, "no such key: " + field, true);
      }
      return Values.fromJson(found);
    }
  }

  /** An index such as {@code list[0]} or {@code map['key']}; absent elements are errors (CEL). */
  record Index(Node operand, Node index, int position) implements Node {
    @Override
    public @Nullable Object evaluate(Map<String, JsonNode> variables) {
      Object value = operand.evaluate(variables);
      Object key = index.evaluate(variables);
      if (value instanceof List<?> list) {
        if (!(key instanceof Long number)) {
          throw new EvaluationFailure(
              index.position(), "a list index must be an int, not " + Values.typeName(key));
        }
        if (number < 0 || number >= list.size()) {
          throw new EvaluationFailure(index.position(), "index out of range: " + number, true);
        }
        return list.get(number.intValue());
      }
      if (value instanceof JsonNode object) {
        if (!(key instanceof String name)) {
          throw new EvaluationFailure(
              index.position(), "a map key must be a string, not " + Values.typeName(key));
        }
        JsonNode found = object.get(name);
        if (found == null) {
          throw new EvaluationFailure(index.position(), "no such key: " + name, true);
        }
        return Values.fromJson(found);
      }
      throw new EvaluationFailure(
          index.position(), "cannot index a value of type " + Values.typeName(value), true);
    }
  }

  /** {@code has(x.field)}: whether {@code x} is an object with that field (even if null). */
  record Has(Select select, int position) implements Node {
    @Override
    public Object evaluate(Map<String, JsonNode> variables) {
      Object value = select.operand().evaluate(variables);
      return value instanceof JsonNode object && object.has(select.field());
    }
  }

  /** {@code size(x)} or {@code x.size()}: length of a string, list or map; 0 for null. */
  record Size(Node operand, int position) implements Node {
    @Override
    public Object evaluate(Map<String, JsonNode> variables) {
      Object value = operand.evaluate(variables);
      if (value == null) {
        return 0L;
      }
      if (value instanceof String string) {
        return (long) string.codePointCount(0, string.length());
      }
      if (value instanceof List<?> list) {
        return (long) list.size();
      }
      if (value instanceof JsonNode object) {
        return (long) object.size();
      }
      throw new EvaluationFailure(
          position, "size() needs a string, list or map, not " + Values.typeName(value));
    }
  }

  /**
   * A string method: {@code contains}, {@code startsWith} or {@code endsWith}. A null receiver (a
   * missing field) gives false.
   */
  record StringTest(Node receiver, String method, Node argument, int position) implements Node {
    @Override
    public Object evaluate(Map<String, JsonNode> variables) {
      Object value = receiver.evaluate(variables);
      Object other = argument.evaluate(variables);
      if (!(other instanceof String text)) {
        throw new EvaluationFailure(
            argument.position(),
            method + "() needs a string argument, not " + Values.typeName(other));
      }
      if (value == null) {
        return false;
      }
      if (!(value instanceof String string)) {
        throw new EvaluationFailure(
            position, method + "() needs a string receiver, not " + Values.typeName(value));
      }
      switch (method) {
        case "contains":
          return string.contains(text);
        case "startsWith":
          return string.startsWith(text);
        default:
          return string.endsWith(text);
      }
    }
  }

  /** {@code !x} or {@code -x}. */
  record Unary(TokenKind operator, Node operand, int position) implements Node {
    @Override
    public Object evaluate(Map<String, JsonNode> variables) {
      Object value = operand.evaluate(variables);
      if (operator == TokenKind.NOT) {
        return !Values.truth(value, position, "the operand of '!'");
      }
      if (value instanceof Long number) {
        if (number == Long.MIN_VALUE) {
          throw new EvaluationFailure(position, "integer overflow");
        }
        return -number;
      }
      if (value instanceof Double number) {
        return -number;
      }
      throw new EvaluationFailure(position, "cannot negate " + Values.typeName(value));
    }
  }

  /**
   * {@code &&} or {@code ||}. Like CEL, an error on one side is forgiven when the other side alone
   * decides the result ({@code false && error} and {@code error && false} are both false).
   */
  record Logical(TokenKind operator, Node left, Node right, int position) implements Node {
    @Override
    public Object evaluate(Map<String, JsonNode> variables) {
      boolean decisive = operator == TokenKind.OR;
      String what = "the operands of " + operator.description();
      EvaluationFailure leftFailure = null;
      try {
        if (Values.truth(left.evaluate(variables), left.position(), what) == decisive) {
          return decisive;
        }
      } catch (EvaluationFailure failure) {
        leftFailure = failure;
      }
      boolean rightValue = Values.truth(right.evaluate(variables), right.position(), what);
      if (rightValue == decisive) {
        return decisive;
      }
      if (leftFailure != null) {
        throw leftFailure;
      }
      return rightValue;
    }
  }

  /** {@code == != < <= > >= in} and {@code + - * / %}. */
  record Binary(TokenKind operator, Node left, Node right, int position) implements Node {
    @Override
    public Object evaluate(Map<String, JsonNode> variables) {
      Object a = left.evaluate(variables);
      Object b = right.evaluate(variables);
      switch (operator) {
        case EQ:
          return Values.equal(a, b);
        case NE:
          return !Values.equal(a, b);
        case LT:
        case LE:
        case GT:
        case GE:
          if (!orderable(a, b)) {
            // CEL has no ordering across types (or of null, maps, lists): an error, not false,
            // so that a negation around it does not hold either.
            throw new EvaluationFailure(
                position,
                "cannot order "
                    + Values.typeName(a)
                    + " and "
                    + Values.typeName(b)
                    + " with "
                    + operator.description());
          }
          return ordered(Values.compare(a, b));
        case IN:
          return contains(a, b);
        default:
          return Values.arithmetic(operator, a, b, position);
      }
    }

    private static boolean orderable(@Nullable Object a, @Nullable Object b) {
      return (a instanceof Number && b instanceof Number)
          || (a instanceof String && b instanceof String)
          || (a instanceof Boolean && b instanceof Boolean);
    }

    private boolean ordered(@Nullable Integer order) {
      if (order == null) {
        return false;
      }
      switch (operator) {
        case LT:
          return order < 0;
        case LE:
          return order <= 0;
        case GT:
          return order > 0;
        default:
          return order >= 0;
      }
    }

    private boolean contains(@Nullable Object element, @Nullable Object container) {
      if (container == null) {
        return false;
      }
      if (container instanceof List<?> list) {
        for (Object candidate : list) {
          if (Values.equal(element, candidate)) {
            return true;
          }
        }
        return false;
      }
      if (container instanceof JsonNode object) {
        return element instanceof String key && object.has(key);
      }
      throw new EvaluationFailure(
          position, "'in' needs a list or a map on its right, not " + Values.typeName(container));
    }
  }

  /** {@code condition ? then : otherwise}. */
  record Conditional(Node condition, Node then, Node otherwise, int position) implements Node {
    @Override
    public @Nullable Object evaluate(Map<String, JsonNode> variables) {
      boolean test =
          Values.truth(
              condition.evaluate(variables), condition.position(), "the condition of '?:'");
      return test ? then.evaluate(variables) : otherwise.evaluate(variables);
    }
  }
}
