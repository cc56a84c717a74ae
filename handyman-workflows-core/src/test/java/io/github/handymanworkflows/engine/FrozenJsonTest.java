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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.execution.WireFormat;
import io.github.handymanworkflows.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FrozenJsonTest {

  static ObjectNode tree() throws Exception {
    return (ObjectNode)
        Json.mapper()
            .readTree(
                "{\"id\":\"e1\",\"name\":\"shop/order.created\",\"data\":{\"total\":12.5,"
                    + "\"items\":[{\"sku\":\"a\",\"qty\":2},{\"sku\":\"b\",\"qty\":null}],"
                    + "\"nested\":{\"deep\":{\"x\":true}}},\"user\":{},\"ts\":1700000000000}");
  }

  @Test
  void aFrozenTreeIsTheSameJsonInTheSameFieldOrder() throws Exception {
    ObjectNode original = tree();

    JsonNode frozen = FrozenJson.freeze(original);

    assertThat(frozen).isEqualTo(original);
    assertThat(original).isEqualTo(frozen);
    assertThat(WireFormat.text(frozen)).isEqualTo(WireFormat.text(original));
    assertThat(frozen.path("data").path("items").get(1).get("sku").asText()).isEqualTo("b");
    assertThat(frozen.path("data").has("total")).isTrue();
    assertThat(frozen.path("data").has("missing")).isFalse();
    assertThat(Json.mapper().treeToValue(frozen.get("data"), Map.class)).containsKey("nested");
  }

  @Test
  void aFrozenTreeRefusesChangesAndIsNotChangedThroughTheOriginal() throws Exception {
    ObjectNode original = tree();
    ObjectNode frozen = FrozenJson.freezeObject(original);

    ((ObjectNode) original.get("data")).put("total", 99);

    assertThat(frozen.path("data").path("total").asDouble()).isEqualTo(12.5);
    assertThatThrownBy(() -> frozen.put("id", "other"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((ObjectNode) frozen.get("data")).remove("total"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(frozen.deepCopy().put("id", "copy").get("id").asText()).isEqualTo("copy");
  }

  @Test
  void largeObjectsKeepTheirOrderToo() {
    ObjectNode wide = Json.mapper().createObjectNode();
    IntStream.range(0, 40).forEach(i -> wide.put("f" + (39 - i), i));

    ObjectNode frozen = FrozenJson.freezeObject(wide);

    List<String> names = new ArrayList<>();
    frozen.fieldNames().forEachRemaining(names::add);
    assertThat(names).first().isEqualTo("f39");
    assertThat(names).last().isEqualTo("f0");
    assertThat(frozen.get("f7").asInt()).isEqualTo(32);
    assertThat(frozen).isEqualTo(wide);
  }

  @Test
  void objectsWithTheSameFieldNamesKeepTheirOwnValues() throws Exception {
    ObjectNode first = (ObjectNode) Json.mapper().readTree("{\"a\":1,\"b\":\"x\"}");
    ObjectNode second = (ObjectNode) Json.mapper().readTree("{\"a\":2,\"b\":\"y\"}");

    ObjectNode frozenFirst = FrozenJson.freezeObject(first);
    ObjectNode frozenSecond = FrozenJson.freezeObject(second);

    assertThat(frozenFirst).isEqualTo(first).isNotEqualTo(frozenSecond);
    assertThat(frozenSecond).isEqualTo(second);
    assertThat(frozenFirst.hashCode()).isEqualTo(first.hashCode());
    List<String> fields = new ArrayList<>();
    frozenSecond.fields().forEachRemaining(f -> fields.add(f.getKey() + "=" + f.getValue()));
    assertThat(fields).containsExactly("a=2", "b=\"y\"");
    assertThat(frozenSecond.properties()).hasSize(2);
    assertThat(frozenSecond.toString()).isEqualTo(second.toString());
  }

  @Test
  void emptyObjectsAreReadOnlyAndEqualToAnyEmptyObject() {
    ObjectNode frozen = FrozenJson.freezeObject(Json.mapper().createObjectNode());

    assertThat(frozen).isEqualTo(Json.mapper().createObjectNode());
    assertThat(frozen.isEmpty()).isTrue();
    assertThat(frozen.remove("missing")).isNull();
    assertThatThrownBy(() -> frozen.put("id", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void removingAFieldThatIsNotThereChangesNothing() throws Exception {
    ObjectNode frozen = FrozenJson.freezeObject(tree());

    assertThat(frozen.remove("missing")).isNull();
    assertThat(frozen.has("id")).isTrue();
    assertThatThrownBy(frozen::removeAll).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void objectsOfEverySmallSizeReadLikeTheOriginal() {
    for (int size = 0; size <= 6; size++) {
      ObjectNode original = Json.mapper().createObjectNode();
      IntStream.range(0, size).forEach(i -> original.put("k" + i, "v" + i));

      ObjectNode frozen = FrozenJson.freezeObject(original);

      assertThat(frozen).isEqualTo(original);
      assertThat(original).isEqualTo(frozen);
      assertThat(frozen.hashCode()).isEqualTo(original.hashCode());
      assertThat(frozen.toString()).isEqualTo(original.toString());
      assertThat(frozen.size()).isEqualTo(size);
      List<String> names = new ArrayList<>();
      frozen.fieldNames().forEachRemaining(names::add);
      List<String> values = new ArrayList<>();
      frozen.elements().forEachRemaining(v -> values.add(v.asText()));
      assertThat(names)
          .containsExactlyElementsOf(IntStream.range(0, size).mapToObj(i -> "k" + i).toList());
      assertThat(values)
          .containsExactlyElementsOf(IntStream.range(0, size).mapToObj(i -> "v" + i).toList());
      assertThat(frozen.get("k" + size)).isNull();
      if (size > 0) {
        assertThat(frozen.get("k" + (size - 1)).asText()).isEqualTo("v" + (size - 1));
      }
    }
  }
}
