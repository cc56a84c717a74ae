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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cel.common.CelOptions;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our evaluator against the reference CEL implementation over a generated corpus of conditions and
 * events (missing fields, nulls, numbers, strings, booleans, nesting). A condition holds only when
 * CEL evaluates it to {@code true}; an error means "does not hold", as on the Inngest server.
 */
class CelDifferentialTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String[] FIELDS = {"a", "b", "n"};

  private final CelOptions options =
      CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
  private final CelCompiler compiler =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setOptions(options)
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addVar("event", SimpleType.DYN)
          .addVar("async", SimpleType.DYN)
          .build();
  private final CelRuntime runtime =
      CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(options).build();

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void agreesWithCelOnGeneratedConditionsAndEvents(long seed) throws Exception {
    Random random = new Random(seed);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String source = condition(random, 2);
      JsonNode event = event(random);
      JsonNode async = event(random);
      boolean ours = ours(source, event, async);
      boolean cel = cel(source, event, async);
      if (ours != cel) {
        differences.add(source + " | event=" + event + " async=" + async + " ours=" + ours);
      }
    }
    assertThat(differences).isEmpty();
  }

  private static boolean ours(String source, JsonNode event, JsonNode async) {
    try {
      return Expression.parse(source).test(Map.of("event", event, "async", async));
    } catch (ExpressionException e) {
      return false;
    }
  }

  private boolean cel(String source, JsonNode event, JsonNode async) throws Exception {
    CelRuntime.Program program = runtime.createProgram(compiler.compile(source).getAst());
    try {
      return Boolean.TRUE.equals(
          program.eval(Map.of("event", toCel(event), "async", toCel(async))));
    } catch (dev.cel.runtime.CelEvaluationException e) {
      return false;
    }
  }

  private static Object toCel(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.fields().forEachRemaining(f -> map.put(f.getKey(), toCel(f.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(e -> list.add(toCel(e)));
      return list;
    }
    if (node.isNull()) {
      return dev.cel.common.values.NullValue.NULL_VALUE;
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.asText();
  }

  private static String condition(Random random, int depth) {
    int kind = random.nextInt(depth > 0 ? 9 : 6);
    String field = FIELDS[random.nextInt(FIELDS.length)];
    switch (kind) {
      case 0:
        return "event.data." + field + " == async.data." + field;
      case 1:
        return "event.data." + field + " != async.data." + field;
      case 2:
        return "async.data." + field + " == " + literal(random);
      case 3:
        return "async.data." + field + " " + ordering(random) + " " + number(random);
      case 4:
        return "has(async.data." + field + ")";
      case 5:
        return "async.data." + field + ".k == 'x'";
      case 6:
        return "(" + condition(random, depth - 1) + ") && (" + condition(random, depth - 1) + ")";
      case 7:
        return "(" + condition(random, depth - 1) + ") || (" + condition(random, depth - 1) + ")";
      default:
        return "!(" + condition(random, depth - 1) + ")";
    }
  }

  private static String literal(Random random) {
    String[] literals = {"'x'", "'y'", "1", "2", "1.5", "true", "false", "null"};
    return literals[random.nextInt(literals.length)];
  }

  private static String number(Random random) {
    String[] numbers = {"0", "1", "2", "1.5"};
    return numbers[random.nextInt(numbers.length)];
  }

  private static String ordering(Random random) {
    String[] operators = {"<", "<=", ">", ">="};
    return operators[random.nextInt(operators.length)];
  }

  private static JsonNode event(Random random) {
    ObjectNode event = JSON.objectNode();
    event.put("name", "shop/order.created");
    ObjectNode data = event.putObject("data");
    for (String field : FIELDS) {
      switch (random.nextInt(10)) {
        case 0, 1 -> {
          // missing
        }
        case 2 -> data.putNull(field);
        case 3 -> data.put(field, "x");
        case 4 -> data.put(field, "y");
        case 5 -> data.put(field, 1);
        case 6 -> data.put(field, 2);
        case 7 -> data.put(field, 1.5);
        case 8 -> data.put(field, random.nextBoolean());
        default -> data.putObject(field).put("k", random.nextBoolean() ? "x" : "z");
      }
    }
    return event;
  }
}
