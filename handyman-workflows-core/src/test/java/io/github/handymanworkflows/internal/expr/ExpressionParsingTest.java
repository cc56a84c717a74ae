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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParsingTest {

  private static final Map<String, JsonNode> NONE = Map.of();

  private static @Nullable Object eval(String source) {
    return Expression.parse(source).evaluate(NONE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "'plain' | plain",
        "\"plain\" | plain",
        "'it\\'s' | it's",
        "\"say \\\"hi\\\"\" | say \"hi\"",
        "'double \" inside single' | double \" inside single",
        "\"single ' inside double\" | single ' inside double",
        "'back\\\\slash' | back\\slash",
        "'\\u00e9t\\u00E9' | été",
        "'\\x41\\102' | AB",
        "'\\U0001F600' | 😀",
        "r'raw\\n' | raw\\n",
        "'' | ``",
      })
  void resolvesEscapes(String source, String expected) {
    assertThat(eval(source)).isEqualTo(expected);
  }

  @Test
  void resolvesControlEscapes() {
    assertThat(eval("'a\\tb\\nc\\rd'")).isEqualTo("a\tb\nc\rd");
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "1 + 2 * 3 => 7",
        "(1 + 2) * 3 => 9",
        "10 - 4 - 3 => 3",
        "100 / 10 / 5 => 2",
        "2 * 3 % 4 => 2",
        "-2 * 3 => -6",
        "1 + 2 == 3 => true",
        "1 < 2 == true => true",
        "true || false && false => true",
        "(true || false) && false => false",
        "!true || true => true",
        "!(true || true) => false",
        "false && false ? 1 : 2 => 2",
        "true ? 1 : 0 + 10 => 1",
        "1 in [1] && 2 in [2] => true",
        "1 + 1 in [2] => true",
        "-3.5 => -3.5",
        "-(3) => -3",
      })
  void followsCelPrecedence(String source, String expected) {
    assertThat(String.valueOf(eval(source))).isEqualTo(expected);
  }

  @Test
  void acceptsTrailingCommaAndWhitespace() {
    assertThat(eval(" [ 1 ,\n 2 , ] ")).isEqualTo(java.util.List.of(1L, 2L));
  }

  @Test
  void keepsTheSourceText() {
    Expression expression = Expression.parse("event.data.x == 1");

    assertThat(expression.source()).isEqualTo("event.data.x == 1");
    assertThat(expression).hasToString("event.data.x == 1");
    assertThat(expression).isEqualTo(Expression.parse("event.data.x == 1"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "`` => 0 => the expression is empty",
        "`   ` => 3 => the expression is empty",
        "a = 1 => 2 => use '==' to compare",
        "a & b => 2 => use '&&'",
        "a | b => 2 => use '||'",
        "a == => 4 => expected a value but found the end of the expression",
        "(1 + 2 => 6 => expected ')' to close '(' at position 0",
        "[1, 2 => 5 => expected ']' to close the list at position 0",
        "1 2 => 2 => unexpected '2' after a complete expression",
        "'abc => 0 => unterminated string",
        "a == 'x => 5 => unterminated string",
        "'\\q' => 1 => unknown escape '\\q'",
        "'\\u12' => 1 => escape needs 4 hexadecimal digits",
        "'\\uD800' => 1 => not a valid Unicode code point",
        "9223372036854775808 => 0 => integer '9223372036854775808' is too large",
        "12abc => 2 => unexpected 'a' after a number",
        "1e => 1 => exponent without digits",
        "0x => 0 => hexadecimal number without digits",
        "a. => 2 => expected an identifier after '.'",
        "a.1 => 2 => expected an identifier after '.'",
        "true ? 1 => 8 => expected ':' in a '?:' conditional",
        "{'a': 1} => 0 => map literals are not supported",
        "a # b => 2 => unexpected character '#'",
        "'''x''' => 0 => triple-quoted strings are not supported",
        "foo(1) => 0 => unknown function 'foo()'",
        "event.data.all(x, x > 1) => 11 => unsupported method 'all()'",
        "int('1') => 0 => 'int()' is not supported",
        "size(1, 2) => 0 => size() takes 1 argument but got 2",
        "x.size(1) => 2 => size() takes 0 arguments but got 1",
        "has(event) => 0 => has() needs a field selection",
        "event.data.x.contains() => 13 => contains() takes 1 argument but got 0",
      })
  void reportsWhereAndWhyParsingFailed(String source, int position, String reason) {
    assertThatThrownBy(() -> Expression.parse(source))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.position()).as("position").isEqualTo(position);
              assertThat(e.reason()).contains(reason);
              assertThat(e.source()).isEqualTo(source);
              assertThat(e.getMessage())
                  .startsWith("Invalid expression at position " + position + ": ")
                  .endsWith(" in '" + source + "'");
            });
  }

  @Test
  void expressionExceptionIsAnIllegalArgumentException() {
    assertThatThrownBy(() -> Expression.parse("=")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsDeepNesting() {
    String deep = "(".repeat(Parser.MAX_NESTING + 1) + "1" + ")".repeat(Parser.MAX_NESTING + 1);
    String notDeep = "(".repeat(Parser.MAX_NESTING - 1) + "1" + ")".repeat(Parser.MAX_NESTING - 1);

    assertThatThrownBy(() -> Expression.parse(deep)).hasMessageContaining("nested more than");
    assertThatThrownBy(() -> Expression.parse("!".repeat(500) + "true"))
        .hasMessageContaining("nested more than");
    assertThat(eval(notDeep)).isEqualTo(1L);
  }

  @Test
  void rejectsOverlongSources() {
    String longSource = "1" + " + 1".repeat(Expression.MAX_LENGTH / 4);

    assertThatThrownBy(() -> Expression.parse(longSource))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("longer than " + Expression.MAX_LENGTH);
  }

  @Test
  void evaluatesLongFlatChainsWithinTheLengthLimit() {
    String chain = "1" + " + 1".repeat(Expression.MAX_LENGTH / 4 - 1);

    assertThat(eval(chain)).isEqualTo((long) Expression.MAX_LENGTH / 4);
  }
}
