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

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.execution.WireFormat;
import io.github.handymanworkflows.internal.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonSizeTest {

  static void sameAsSerialised(JsonNode node) {
    assertThat(JsonSize.of(node)).as("%s", node).isEqualTo(WireFormat.bytes(node).length);
  }

  @Test
  void countsEveryKindOfNodeAsTheWireFormatWritesIt() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    for (JsonNode node :
        List.<JsonNode>of(
            f.nullNode(),
            f.booleanNode(true),
            f.booleanNode(false),
            f.numberNode(0),
            f.numberNode(-42),
            f.numberNode(Long.MIN_VALUE),
            f.numberNode(3.5),
            f.numberNode(1e300),
            f.numberNode(-0.0f),
            f.numberNode(new BigDecimal("12.340")),
            f.numberNode(new BigInteger("123456789012345678901234567890")),
            f.textNode(""),
            f.textNode("plain"),
            f.textNode("quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f"),
            f.textNode("control \u0001 \u001f del \u007f"),
            f.textNode("é ü ß € 漢字 \u2028"),
            f.textNode("emoji 😀 and 𝄞"),
            f.textNode("lone \ud800 surrogate"),
            f.binaryNode(new byte[] {1, 2, 3}),
            f.arrayNode(),
            f.objectNode())) {
      sameAsSerialised(node);
    }
  }

  @Test
  void countsNestedObjectsAndArrays() {
    ObjectNode node =
        Json.mapper()
            .valueToTree(
                Map.of(
                    "name", "Ann \"the\" plumber",
                    "jobs", List.of(1, 2, 3),
                    "nested", Map.of("empty", List.of(), "deeper", Map.of("x", "ü"))));
    node.putNull("none");
    node.put("ok", true);
    node.put("price", 12.5);
    node.set("é key \n", JsonNodeFactory.instance.textNode("v"));
    sameAsSerialised(node);
  }

  @Test
  void countsRandomStringsExactly() {
    Random random = new Random(7);
    for (int n = 0; n < 500; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(20);
      for (int i = 0; i < length; i++) {
        text.append((char) random.nextInt(0x3000));
      }
      sameAsSerialised(JsonNodeFactory.instance.textNode(text.toString()));
    }
  }
}
