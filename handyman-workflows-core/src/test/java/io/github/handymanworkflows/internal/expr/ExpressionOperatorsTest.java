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
import io.github.handymanworkflows.internal.json.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionOperatorsTest {

  private static final Map<String, JsonNode> EVENT =
      Map.of(
          "event",
          json(
              "{\"name\":\"job/created\",\"data\":{\"jobId\":\"j-1\",\"count\":3,\"price\":2.5,"
                  + "\"tags\":[\"a\",\"b\"],\"urgent\":true,\"nothing\":null,\"nested\":{\"x\":1}}}"));

  private static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static @Nullable Object eval(String source) {
    return Expression.parse(source).evaluate(EVENT);
  }

  private static boolean test(String source) {
    return Expression.parse(source).test(EVENT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1 == 1",
        "1 == 1.0",
        "1.0 == 1",
        "'a' == 'a'",
        "\"a\" == 'a'",
        "true == true",
        "null == null",
        "[1, 'a'] == [1.0, 'a']",
        "event.data.count == 3",
        "event.data.count == 3.0",
        "event.data.nested == event.data.nested",
        "event.data.nothing == null",
        "1 != 2",
        "1 != '1'",
        "'a' != null",
        "[1] != [1, 2]",
        "1 < 2",
        "1 < 1.5",
        "2 <= 2",
        "3 > 2.5",
        "3 >= 3",
        "'abc' < 'abd'",
        "false < true",
        "'b' in ['a', 'b']",
        "1 in [1.0]",
        "'jobId' in event.data",
        "!('c' in event.data.tags)",
        "true && true",
        "false || true",
        "!false",
        "!!true",
      })
  void holds(String source) {
    assertThat(test(source)).as(source).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1 == 2",
        "1 == '1'",
        "'true' == true",
        "0 == false",
        "0 == null",
        "[1] == [1, 2]",
        "event.data.missing == 'x'",
        "event.data.jobId.deeper == 'x'",
        "event.data.nested == event.data",
        "1 != 1.0",
        "2 < 1",
        "event.data.missing < 1",
        "event.data.missing >= 0",
        "'c' in ['a', 'b']",
        "'x' in event.data.missing",
        "'missing' in event.data",
        "true && false",
        "false || false",
        "!true",
        "event.data.missing",
        "event.data.missing && true",
        "!event.data.urgent",
      })
  void doesNotHold(String source) {
    assertThat(test(source)).as(source).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "1 + 2 => 3",
        "7 - 10 => -3",
        "6 * 7 => 42",
        "7 / 2 => 3",
        "-7 / 2 => -3",
        "7 % 3 => 1",
        "-7 % 3 => -1",
        "7.0 / 2 => 3.5",
        "1 + 0.5 => 1.5",
        "event.data.count * event.data.price => 7.5",
        "'ab' + 'cd' => abcd",
        "-event.data.count => -3",
        "- -3 => 3",
        "0x1F => 31",
        "1e3 => 1000.0",
        "2.5e-1 => 0.25",
      })
  void computes(String source, String expected) {
    assertThat(String.valueOf(eval(source))).isEqualTo(expected);
  }

  @Test
  void keepsIntegersAndDoublesApart() {
    assertThat(eval("1 + 2")).isEqualTo(3L);
    assertThat(eval("1 + 2.0")).isEqualTo(3.0);
    assertThat(eval("event.data.count")).isEqualTo(3L);
    assertThat(eval("event.data.price")).isEqualTo(2.5);
  }

  @Test
  void concatenatesLists() {
    assertThat(eval("[1] + ['a']")).isEqualTo(List.of(1L, "a"));
    assertThat(eval("event.data.tags + ['c']")).isEqualTo(List.of("a", "b", "c"));
  }

  @Test
  void comparesLargeIntegersWithDoublesExactly() {
    // 2^53 + 1 has no exact double; it must not equal 2^53 as a double.
    assertThat(test("9007199254740993 == 9007199254740992.0")).isFalse();
    assertThat(test("9007199254740993 > 9007199254740992.0")).isTrue();
    assertThat(test("9007199254740992 == 9007199254740992.0")).isTrue();
  }

  @Test
  void ternaryPicksABranch() {
    assertThat(eval("event.data.urgent ? 'now' : 'later'")).isEqualTo("now");
    // CEL: a missing field is an error, not null; a condition reading it does not hold.
    assertThatThrownBy(() -> eval("event.data.missing ? 'now' : 'later'"))
        .hasMessageContaining("no such key: missing");
    assertThat(test("event.data.missing ? true : false")).isFalse();
    assertThat(eval("false ? 1 : true ? 2 : 3")).isEqualTo(2L);
  }

  @Test
  void sizeCountsStringsListsAndMaps() {
    assertThat(eval("size('héllo')")).isEqualTo(5L);
    assertThat(eval("size('😀')")).isEqualTo(1L);
    assertThat(eval("size(event.data.tags)")).isEqualTo(2L);
    assertThat(eval("event.data.tags.size()")).isEqualTo(2L);
    assertThat(eval("size(event.data.nested)")).isEqualTo(1L);
    assertThat(eval("size([])")).isEqualTo(0L);
    assertThatThrownBy(() -> eval("size(event.data.missing)"))
        .hasMessageContaining("no such key: missing");
  }

  @Test
  void hasTellsWhetherAFieldIsPresent() {
    assertThat(test("has(event.data.jobId)")).isTrue();
    assertThat(test("has(event.data.nothing)")).as("present with a null value").isTrue();
    assertThat(test("has(event.data.missing)")).isFalse();
    assertThat(test("has(event.data.missing.deeper)")).isFalse();
    assertThat(test("has(event.data.jobId.length)")).as("field of a string").isFalse();
    assertThat(test("has(nobody.data)")).isFalse();
  }

  @Test
  void stringMethodsTestSubstrings() {
    assertThat(test("event.data.jobId.startsWith('j-')")).isTrue();
    assertThat(test("event.data.jobId.endsWith('-1')")).isTrue();
    assertThat(test("event.data.jobId.contains('-')")).isTrue();
    assertThat(test("event.data.jobId.contains('x')")).isFalse();
    assertThat(test("event.data.missing.startsWith('j')")).isFalse();
  }

  @Test
  void indexesListsAndMaps() {
    assertThat(eval("event.data.tags[1]")).isEqualTo("b");
    assertThatThrownBy(() -> eval("event.data.tags[5]"))
        .hasMessageContaining("index out of range: 5");
    assertThatThrownBy(() -> eval("event.data.tags[-1]"))
        .hasMessageContaining("index out of range: -1");
    assertThat(eval("event.data['jobId']")).isEqualTo("j-1");
    assertThat(eval("event['data']['nested'].x")).isEqualTo(1L);
    assertThat(eval("[10, 20][0]")).isEqualTo(10L);
  }

  @Test
  void unboundVariablesAreNull() {
    assertThat(eval("async")).isNull();
    assertThat(test("async.data.jobId == event.data.jobId")).isFalse();
  }

  @Test
  void returnsObjectsAsJsonNodes() {
    assertThat(eval("event.data.nested")).isEqualTo(json("{\"x\":1}"));
  }

  @Test
  void logicalOperatorsForgiveAnErrorTheOtherSideOutweighs() {
    assertThat(test("false && 1 / 0 == 1")).isFalse();
    assertThat(test("1 / 0 == 1 && false")).isFalse();
    assertThat(test("true || 1 / 0 == 1")).isTrue();
    assertThat(test("1 / 0 == 1 || true")).isTrue();
    assertThatThrownBy(() -> test("1 / 0 == 1 || false"))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("division by zero");
  }

  @Test
  void orderingAcrossTypesIsAnErrorAsInCel() {
    assertThatThrownBy(() -> test("'a' < 1")).hasMessageContaining("cannot order string and int");
    assertThatThrownBy(() -> test("null <= null")).hasMessageContaining("cannot order null");
    assertThatThrownBy(() -> test("!(event.data.jobId > 0)"))
        .hasMessageContaining("cannot order string and int");
  }

  @Test
  void failsOnTypeMismatchesWithThePosition() {
    assertThatThrownBy(() -> eval("1 + 'a'"))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.position()).isEqualTo(2);
              assertThat(e.reason()).isEqualTo("cannot apply '+' to int and string");
              assertThat(e.source()).isEqualTo("1 + 'a'");
            });
    assertThatThrownBy(() -> eval("event.data.nothing - 1"))
        .hasMessageContaining("cannot apply '-' to null and int");
    assertThatThrownBy(() -> test("1 && true"))
        .hasMessageContaining("the operands of '&&' must be a bool, not int");
    assertThatThrownBy(() -> test("!'x'")).hasMessageContaining("must be a bool, not string");
    assertThatThrownBy(() -> test("1 ? true : false")).hasMessageContaining("condition");
    assertThatThrownBy(() -> eval("-'x'")).hasMessageContaining("cannot negate string");
    assertThatThrownBy(() -> eval("size(1)")).hasMessageContaining("size() needs");
    assertThatThrownBy(() -> eval("1 in 'abc'")).hasMessageContaining("'in' needs a list or a map");
    assertThatThrownBy(() -> eval("event.data.tags['a']")).hasMessageContaining("list index");
    assertThatThrownBy(() -> eval("event.data[0]")).hasMessageContaining("map key");
    assertThatThrownBy(() -> eval("event.data.count.startsWith('a')"))
        .hasMessageContaining("string receiver");
    assertThatThrownBy(() -> eval("event.data.jobId.endsWith(1)"))
        .hasMessageContaining("string argument");
  }

  @Test
  void failsOnIntegerDivisionByZeroAndOverflow() {
    assertThatThrownBy(() -> eval("1 / 0")).hasMessageContaining("division by zero");
    assertThatThrownBy(() -> eval("1 % 0")).hasMessageContaining("modulus by zero");
    assertThatThrownBy(() -> eval("9223372036854775807 + 1")).hasMessageContaining("overflow");
    assertThatThrownBy(() -> eval("-9223372036854775807 - 2")).hasMessageContaining("overflow");
    assertThatThrownBy(() -> eval("9223372036854775807 * 2")).hasMessageContaining("overflow");
    assertThat(eval("1.0 / 0")).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void testRejectsNonBooleanResults() {
    assertThatThrownBy(() -> test("event.data.count"))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("the result must be a bool but is int");
  }
}
