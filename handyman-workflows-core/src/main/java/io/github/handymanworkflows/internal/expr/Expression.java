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
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A parsed expression in the subset of CEL that Inngest uses for trigger {@code expression}s and
 * {@code waitForEvent}/{@code cancelOn} {@code if} conditions, such as {@code event.data.jobId ==
 * async.data.jobId}. Immutable and thread-safe; parse once, evaluate many times. No reflection or
 * script engine is involved, and nesting is bounded.
 *
 * <p>Supported: variables and field paths ({@code event.data.jobId}), indexing ({@code list[0]},
 * {@code map['key']}), literals (single- or double-quoted strings with CEL escapes, raw strings
 * {@code r'...'}, ints including {@code 0x} hex, doubles, {@code true}, {@code false}, {@code
 * null}, lists {@code [1, 2]}), {@code == != < <= > >= in}, {@code && || !}, {@code + - * / %},
 * {@code ?:}, parentheses, {@code size(x)}/{@code x.size()}, {@code has(x.field)} and the string
 * methods {@code contains}, {@code startsWith} and {@code endsWith}.
 *
 * <p>Differences from full CEL, chosen so that event payloads of any shape can be tested safely:
 *
 * <ul>
 *   <li>A missing field, a field of a non-object, an unbound variable and an index out of range are
 *       {@code null}, not errors: {@code event.data.missing == 'x'} is false.
 *   <li>{@code ==} between different types is false rather than an error; numbers compare by value
 *       ({@code 1 == 1.0}). Ordering values that cannot be ordered (a string and a number, or
 *       {@code null}) is false.
 *   <li>{@code null} counts as false where a bool is needed ({@code &&}, {@code ||}, {@code !},
 *       {@code ?:} and the overall result of {@link #test(Map)}); {@code size(null)} is 0.
 *   <li>Other type mismatches ({@code 'a' - 1}, {@code 1 && true}), integer overflow and integer
 *       division by zero fail with an {@link ExpressionException}. As in CEL, {@code false && x}
 *       and {@code x && false} are false even if {@code x} fails (and the same for {@code true ||
 *       x}).
 *   <li>Integer division truncates toward zero, as in CEL.
 * </ul>
 *
 * <p>Values seen by {@link #evaluate(Map)}: {@code null}, {@link Boolean}, {@link Long}, {@link
 * Double}, {@link String}, unmodifiable {@link java.util.List}s of these, and {@link JsonNode}
 * objects for maps.
 */
public final class Expression {

  /** Longer sources are rejected, which keeps evaluation depth small. */
  public static final int MAX_LENGTH = 4096;

  private final String source;
  private final Node root;

  private Expression(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  /**
   * Parses an expression.
   *
   * @throws ExpressionException with the position and reason if it is not valid
   */
  public static Expression parse(String source) {
    Objects.requireNonNull(source, "source");
    if (source.length() > MAX_LENGTH) {
      throw new ExpressionException(
          source.substring(0, 80) + "...",
          MAX_LENGTH,
          "the expression is longer than " + MAX_LENGTH + " characters");
    }
    return new Expression(source, Parser.parse(source));
  }

  /**
   * The Inngest {@code match} shortcut: {@code matchField("data.jobId")} is {@code
   * "event.data.jobId == async.data.jobId"}, true when the waited-for event has the same value as
   * the run's event.
   *
   * @param field a dotted field path such as {@code data.jobId}
   * @throws IllegalArgumentException if {@code field} is not a dotted path of identifiers
   */
  public static String matchField(String field) {
    Objects.requireNonNull(field, "field");
    if (!field.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
      throw new IllegalArgumentException(
          "match field must be a dotted path such as data.jobId, not '" + field + "'");
    }
    return "event." + field + " == async." + field;
  }

  /**
   * Evaluates the expression as a condition: true only if the result is {@code true}. As in CEL, a
   * missing field is an error, not null, so a condition that reads one does not hold ({@code
   * event.a == async.a} is false when {@code a} is missing on both sides) unless {@code &&}/{@code
   * ||} decide without it; a {@code null} result is false.
   *
   * @param variables the bound variables, such as {@code "event"} and {@code "async"}
   * @throws ExpressionException if evaluation fails for another reason (such as a type mismatch) or
   *     the result is neither a bool nor null
   */
  public boolean test(Map<String, JsonNode> variables) {
    Objects.requireNonNull(variables, "variables");
    Object result;
    try {
      result = root.evaluate(variables);
    } catch (EvaluationFailure failure) {
      if (failure.absent()) {
        return false;
      }
      throw new ExpressionException(source, failure.position(), failure.getMessage());
    }
    if (result == null || result instanceof Boolean) {
      return Boolean.TRUE.equals(result);
    }
    throw new ExpressionException(
        source, root.position(), "the result must be a bool but is " + Values.typeName(result));
  }

  /**
   * Evaluates the expression and returns its value (see the class description for the types).
   *
   * @param variables the bound variables, such as {@code "event"} and {@code "async"}
   * @throws ExpressionException if evaluation fails
   */
  public @Nullable Object evaluate(Map<String, JsonNode> variables) {
    Objects.requireNonNull(variables, "variables");
    try {
      return root.evaluate(variables);
    } catch (EvaluationFailure failure) {
      throw new ExpressionException(source, failure.position(), failure.getMessage());
    }
  }

  /** The expression text as given to {@link #parse(String)}. */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Expression that && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }
}
