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
package io.github.handymanworkflows.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.internal.json.Json;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every string field of the catalogue has a maximum, and ids and tokens an alphabet. */
class EventBoundsTest {

  private static final long SEED = 20261129L;

  private final EventCodec codec = new EventCodec(EventCatalogue.registry());

  static Stream<Arguments> stringComponents() {
    return EventCatalogue.types().stream()
        .flatMap(
            type ->
                Arrays.stream(type.payloadType().getRecordComponents())
                    .filter(c -> c.getType() == String.class)
                    .filter(c -> !c.getName().equals("isoWeek"))
                    .map(component -> Arguments.of(type, component)));
  }

  static Stream<Arguments> idComponents() {
    return stringComponents()
        .filter(
            a -> {
              String name = ((RecordComponent) a.get()[1]).getName();
              return name.endsWith("Id") || name.endsWith("By") || name.equals("token");
            });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("stringComponents")
  void refusesAStringOverItsDocumentedMaximumNamingTheField(
      EventType<?> type, RecordComponent component) {
    ObjectNode wire = sampleWire(type);
    String name = component.getName();
    ((ObjectNode) wire.get("data")).put(name, "a".repeat(maximum(name) + 1));

    assertInvalid(wire, type, "data." + name);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("stringComponents")
  void acceptsAStringAtItsDocumentedMaximum(EventType<?> type, RecordComponent component) {
    ObjectNode wire = sampleWire(type);
    String name = component.getName();
    String value =
        name.equals("email")
            ? "a".repeat(maximum(name) - "@example.com".length()) + "@example.com"
            : "a".repeat(maximum(name));
    ((ObjectNode) wire.get("data")).put(name, value);

    assertThat(codec.decode(wire).name()).isEqualTo(type.name());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("idComponents")
  void refusesIdsAndTokensOutsideTheirAlphabet(EventType<?> type, RecordComponent component) {
    for (String bad : new String[] {"'; DROP TABLE users; --", "a b", "a/b", "ü", "a\nb"}) {
      ObjectNode wire = sampleWire(type);
      ((ObjectNode) wire.get("data")).put(component.getName(), bad);
      assertInvalid(wire, type, "data." + component.getName());
    }
  }

  @Test
  void aFiveMegabyteFirstNameFailsAtTheDoor() {
    ObjectNode wire = sampleWire(UserRegistered.TYPE);
    ((ObjectNode) wire.get("data")).put("firstName", "x".repeat(5 * 1024 * 1024));

    assertInvalid(wire, UserRegistered.TYPE, "data.firstName");
  }

  @Test
  void refusesControlCharactersInNamesButKeepsLineBreaksInFreeText() {
    ObjectNode wire = sampleWire(UserRegistered.TYPE);
    ((ObjectNode) wire.get("data")).put("firstName", "Ada\u0000");
    assertInvalid(wire, UserRegistered.TYPE, "data.firstName");

    ReviewSubmitted review =
        new ReviewSubmitted(
            "review_1",
            "job_1",
            "user_1",
            "user_2",
            5,
            "Great.\nOn time.",
            java.time.Instant.EPOCH);
    assertThat(review.comment()).contains("\n");
  }

  @Test
  void refusesMoneyOverTheMaximum() {
    ObjectNode wire = sampleWire(JobPosted.TYPE);
    ((ObjectNode) wire.get("data").get("budget")).put("minorUnits", Long.MAX_VALUE);

    assertInvalid(wire, JobPosted.TYPE, "data.budget.minorUnits");
  }

  @Test
  void refusesAnAddressOverTheMaximumAndANotANumberLatitude() {
    ObjectNode wire = sampleWire(JobPosted.TYPE);
    ((ObjectNode) wire.get("data").get("location")).put("address", "a".repeat(501));
    assertInvalid(wire, JobPosted.TYPE, "data.location");

    ObjectNode nan = sampleWire(JobPosted.TYPE);
    ((ObjectNode) nan.get("data").get("location").get("point")).put("latitude", "NaN");
    assertInvalid(nan, JobPosted.TYPE, "data.location.point");
  }

  @Test
  void refusesEnvelopeNamesAndIdsWithSpacesOrOverTheMaximum() {
    ObjectNode spaced = sampleWire(UserRegistered.TYPE);
    spaced.put("name", "auth/user registered");
    assertThatThrownBy(() -> codec.decode(spaced))
        .isInstanceOfSatisfying(
            EventValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));

    ObjectNode longId = sampleWire(UserRegistered.TYPE);
    longId.put("id", "i".repeat(EventBounds.MAX_ENVELOPE_LENGTH + 1));
    assertInvalid(longId, UserRegistered.TYPE, "id");
  }

  @Test
  void errorsNeverQuoteTheValue() {
    ObjectNode wire = sampleWire(UserRegistered.TYPE);
    ((ObjectNode) wire.get("data")).put("userId", "secret-value with space");

    assertThatThrownBy(() -> codec.decode(wire)).hasMessageNotContaining("secret-value");
  }

  private static int maximum(String field) {
    if (field.endsWith("Id") || field.endsWith("By")) {
      return EventBounds.MAX_ID_LENGTH;
    }
    return switch (field) {
      case "token" -> EventBounds.MAX_TOKEN_LENGTH;
      case "email" -> 254;
      case "reason", "comment", "review" -> EventBounds.MAX_LONG_TEXT_LENGTH;
      default -> EventBounds.MAX_TEXT_LENGTH;
    };
  }

  private ObjectNode sampleWire(EventType<?> type) {
    Object payload = new CatalogueSamples(SEED).sample(type);
    ObjectNode wire = codec.encode(new Event<>("evt-1", type.name(), payload, Map.of(), null));
    return Json.mapper().valueToTree(wire);
  }

  private void assertInvalid(ObjectNode wire, EventType<?> type, String field) {
    assertThatThrownBy(() -> codec.decode(wire))
        .isInstanceOfSatisfying(
            EventValidationException.class,
            e -> {
              assertThat(e.eventName()).isEqualTo(type.name());
              assertThat(e.field()).isEqualTo(field);
            });
  }
}
