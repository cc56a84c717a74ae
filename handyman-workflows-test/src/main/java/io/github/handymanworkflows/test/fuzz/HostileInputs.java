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
package io.github.handymanworkflows.test.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Seeded hostile inputs for fuzzing HTTP endpoints: a valid JSON body mutated one way at a time (a
 * field removed, a value swapped for a wrong type, a huge or malicious string, NaN, a fraction, a
 * number out of range, deep nesting, truncation, random bytes), hostile path segments and header
 * values. The same seed gives the same sequence, so a failure can be replayed.
 */
public final class HostileInputs {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] STRINGS = {
    "",
    " ",
    "'; DROP TABLE users; --",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "\u0000",
    "a\nb\r\nc",
    "\u202e\u0645\u0631\u062d\u0628\u0627",
    "😀😀😀",
    "NaN",
    "Infinity",
    "-1",
    "12.5",
    "null",
    "true",
    "${jndi:ldap://x/a}",
    "%2e%2e%2f",
    "a@b",
    "@",
    "a@b@c.com",
  };
  private static final String[] NUMBERS = {
    "0",
    "-1",
    "12.5",
    "1e308",
    "-1e308",
    "9223372036854775807",
    "9223372036854775808",
    "99999999999999999999999999",
    "1E+3",
    "0.000000001",
    "-0"
  };
  private static final String[] SEGMENTS = {
    "..%2F..%2Fetc",
    "%00",
    "%2e%2e",
    "x;jsessionid=1",
    "%C3%A9",
    "%ZZ",
    "%2F",
    "\u00e9",
    "..",
    "a%20b",
    "%252F",
    "null",
    "-1",
    "9223372036854775808"
  };
  private static final String[] CONTENT_TYPES = {
    "application/json", "application/json; charset=utf-8", "text/plain", "application/xml",
    "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*", "garbage",
    "application/json; charset=nonsense"
  };

  private final Random random;

  /** Inputs from a seed. */
  public HostileInputs(long seed) {
    this.random = new Random(seed);
  }

  /** The generator's random source, for the caller's own choices. */
  public Random random() {
    return random;
  }

  /** One of the choices, at random. */
  public <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A body: the template mutated one way, or now and then sent as it is. */
  public byte[] body(JsonNode template) {
    int kind = random.nextInt(14);
    return switch (kind) {
      case 0 -> utf8(template.toString());
      case 1, 2, 3 -> utf8(mutateField(template.deepCopy()).toString());
      case 4 -> utf8(truncate(template.toString()));
      case 5 -> randomBytes();
      case 6 -> new byte[0];
      case 7 -> utf8(pickOf("[]", "null", "\"text\"", "42", "{}", "[{}]", "{\"a\":}", "{{}}"));
      case 8 -> utf8(deepNesting(2000 + random.nextInt(20000)));
      case 9 -> utf8(withHugeString(template.deepCopy()).toString());
      case 10 -> utf8(template.toString().replaceFirst("\\{", "{\"__proto__\":{},"));
      case 11 -> utf8(duplicateKeys(template));
      case 12 -> utf8(mutateField(mutateField(template.deepCopy())).toString());
      default -> utf8(numbersSwapped(template.toString()));
    };
  }

  /** A path: the template with one segment made hostile, or as it is. */
  public String path(String template) {
    if (random.nextInt(3) == 0) {
      return template;
    }
    String[] parts = template.split("/", -1);
    int at = 1 + random.nextInt(Math.max(1, parts.length - 1));
    parts[Math.min(at, parts.length - 1)] =
        random.nextInt(4) == 0 ? "x".repeat(1 + random.nextInt(5000)) : pickOf(SEGMENTS);
    String path = String.join("/", parts);
    return path.startsWith("/") ? path : "/" + path;
  }

  /** A {@code Content-Type}, usually JSON. */
  public String contentType() {
    return random.nextInt(3) == 0 ? pickOf(CONTENT_TYPES) : "application/json";
  }

  /** A token-like header value that is not a valid credential. */
  public String garbageCredential() {
    return switch (random.nextInt(6)) {
      case 0 -> "";
      case 1 -> "x".repeat(1 + random.nextInt(9000));
      case 2 -> "' OR '1'='1";
      case 3 -> "Bearer";
      case 4 -> "%00";
      default -> Long.toHexString(random.nextLong());
    };
  }

  private JsonNode mutateField(JsonNode node) {
    List<ObjectNode> objects = new ArrayList<>();
    collectObjects(node, objects);
    if (objects.isEmpty()) {
      return hostileValue();
    }
    ObjectNode target = objects.get(random.nextInt(objects.size()));
    List<String> names = new ArrayList<>();
    target.fieldNames().forEachRemaining(names::add);
    if (names.isEmpty() || random.nextInt(8) == 0) {
      target.set(pickOf("admin", "role", "id", "__proto__", "constructor"), hostileValue());
      return node;
    }
    String name = names.get(random.nextInt(names.size()));
    if (random.nextInt(4) == 0) {
      target.remove(name);
    } else {
      target.set(name, hostileValue());
    }
    return node;
  }

  private static void collectObjects(JsonNode node, List<ObjectNode> into) {
    if (node instanceof ObjectNode object) {
      into.add(object);
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      collectObjects(it.next(), into);
    }
  }

  private JsonNode hostileValue() {
    return switch (random.nextInt(9)) {
      case 0 -> NODES.textNode(pickOf(STRINGS));
      case 1 -> NODES.numberNode(new java.math.BigDecimal(pickOf(NUMBERS)));
      case 2 -> NODES.nullNode();
      case 3 -> NODES.booleanNode(random.nextBoolean());
      case 4 -> NODES.objectNode().put("$ne", 1);
      case 5 -> {
        ArrayNode array = NODES.arrayNode();
        array.add(pickOf(STRINGS)).addNull().add(1);
        yield array;
      }
      case 6 -> NODES.textNode("y".repeat(1 + random.nextInt(200_000)));
      case 7 -> NODES.numberNode(random.nextLong());
      default -> NODES.numberNode(random.nextDouble() * 1e6);
    };
  }

  private JsonNode withHugeString(JsonNode node) {
    List<ObjectNode> objects = new ArrayList<>();
    collectObjects(node, objects);
    if (!objects.isEmpty()) {
      ObjectNode target = objects.get(random.nextInt(objects.size()));
      List<String> names = new ArrayList<>();
      target.fieldNames().forEachRemaining(names::add);
      String name = names.isEmpty() ? "huge" : names.get(random.nextInt(names.size()));
      target.put(name, "z".repeat(1_000_000 + random.nextInt(3_000_000)));
    }
    return node;
  }

  private String duplicateKeys(JsonNode template) {
    String text = template.toString();
    if (!(template instanceof ObjectNode object) || object.isEmpty()) {
      return text;
    }
    String first = object.fieldNames().next();
    return "{\"" + first + "\":" + hostileValue() + "," + text.substring(1);
  }

  private String numbersSwapped(String json) {
    return json.replaceAll("(?<=:)-?\\d+(\\.\\d+)?", pickOf(NUMBERS));
  }

  private String truncate(String json) {
    return json.isEmpty() ? json : json.substring(0, random.nextInt(json.length()));
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[random.nextInt(4096)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String deepNesting(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @SafeVarargs
  private <T> T pickOf(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Parses a JSON template, for callers that keep templates as text. */
  public static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the template is not JSON", e);
    }
  }
}
