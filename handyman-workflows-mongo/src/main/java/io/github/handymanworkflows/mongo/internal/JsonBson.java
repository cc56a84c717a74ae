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
package io.github.handymanworkflows.mongo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;

/**
 * JSON trees as BSON values that come back equal, node type included: ints stay ints, longs stay
 * longs, doubles stay doubles and decimals stay decimals (as Decimal128), so the server can still
 * read and query the data.
 *
 * <p>Field names are escaped where BSON or MongoDB would refuse or misread them: {@code %} becomes
 * {@code %25}, {@code .} becomes {@code %2E}, a leading {@code $} becomes {@code %24} and a NUL
 * becomes {@code %00}. Since every literal {@code %} is escaped, the tags {@code %bigint} and
 * {@code %decimal} that mark numbers BSON cannot hold exactly never collide with a payload's field.
 */
public final class JsonBson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

  private JsonBson() {}

  /** The BSON value of a JSON tree. */
  public static @Nullable Object toBson(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Document doc = new Document();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        doc.append(escape(field.getKey()), toBson(field.getValue()));
      }
      return doc;
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(toBson(element)));
      return list;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isInt() || node.isShort()) {
      return node.intValue();
    }
    if (node.isLong()) {
      return node.longValue();
    }
    if (node.isDouble() || node.isFloat()) {
      return node.doubleValue();
    }
    if (node.isBigDecimal()) {
      try {
        return new Decimal128(node.decimalValue());
      } catch (NumberFormatException e) {
        // More than 34 digits or an exponent Decimal128 cannot hold: kept exactly as text.
        return new Document("%decimal", node.decimalValue().toString());
      }
    }
    if (node.isBigInteger()) {
      // Tagged so it reads back as a BigInteger node, not a decimal.
      return new Document("%bigint", node.bigIntegerValue().toString());
    }
    if (node.isBinary()) {
      try {
        return new Binary(node.binaryValue());
      } catch (java.io.IOException e) {
        throw new IllegalStateException("binary JSON node could not be read", e);
      }
    }
    throw new IllegalArgumentException("unsupported JSON node type " + node.getNodeType());
  }

  /** The JSON tree of a BSON value written by {@link #toBson}. */
  public static JsonNode toJson(@Nullable Object value) {
    if (value == null) {
      return JSON.nullNode();
    }
    if (value instanceof Document doc) {
      if (doc.size() == 1 && doc.get("%bigint") instanceof String digits) {
        return JSON.numberNode(new BigInteger(digits));
      }
      if (doc.size() == 1 && doc.get("%decimal") instanceof String digits) {
        return JSON.numberNode(new BigDecimal(digits));
      }
      ObjectNode object = JSON.objectNode();
      doc.forEach((key, child) -> object.set(unescape(key), toJson(child)));
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = JSON.arrayNode(list.size());
      list.forEach(element -> array.add(toJson(element)));
      return array;
    }
    if (value instanceof String text) {
      return JSON.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return JSON.booleanNode(bool);
    }
    if (value instanceof Integer i) {
      return JSON.numberNode(i);
    }
    if (value instanceof Long l) {
      return JSON.numberNode(l);
    }
    if (value instanceof Double d) {
      return JSON.numberNode(d);
    }
    if (value instanceof Decimal128 decimal) {
      BigDecimal big = decimal.bigDecimalValue();
      return JSON.numberNode(big);
    }
    if (value instanceof Binary binary) {
      return JSON.binaryNode(binary.getData());
    }
    throw new IllegalArgumentException(
        "stored value of type " + value.getClass().getSimpleName() + " is not JSON");
  }

  /** A field name MongoDB stores as given (see the class comment). */
  public static String escape(String key) {
    StringBuilder out = new StringBuilder(key.length() + 4);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '.' -> out.append("%2E");
        case '\u0000' -> out.append("%00");
        case '$' -> out.append(i == 0 ? "%24" : "$");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Reverses {@link #escape}. */
  public static String unescape(String key) {
    if (key.indexOf('%') < 0) {
      return key;
    }
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '%' && i + 2 < key.length()) {
        out.append((char) Integer.parseInt(key.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
