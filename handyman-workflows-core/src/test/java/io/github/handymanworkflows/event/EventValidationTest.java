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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.workflow.NonRetriableException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalogue payload rejects missing and blank required fields, naming the field. */
class EventValidationTest {

  private static final long SEED = 20261127L;

  private final EventCodec codec = new EventCodec(EventCatalogue.registry());

  static Stream<Arguments> requiredComponents() {
    return components().filter(a -> !isNullable((RecordComponent) a.get()[1]));
  }

  static Stream<Arguments> requiredReferenceComponents() {
    return requiredComponents()
        .filter(a -> !((RecordComponent) a.get()[1]).getType().isPrimitive());
  }

  static Stream<Arguments> requiredStringComponents() {
    return requiredComponents()
        .filter(a -> ((RecordComponent) a.get()[1]).getType() == String.class);
  }

  static Stream<Arguments> optionalComponents() {
    return components().filter(a -> isNullable((RecordComponent) a.get()[1]));
  }

  private static Stream<Arguments> components() {
    return EventCatalogue.types().stream()
        .flatMap(
            type ->
                Arrays.stream(type.payloadType().getRecordComponents())
                    .map(component -> Arguments.of(type, component)));
  }

  private static boolean isNullable(RecordComponent component) {
    return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("requiredComponents")
  void decodingRejectsAMissingRequiredField(EventType<?> type, RecordComponent component) {
    ObjectNode wire = sampleWire(type);
    ((ObjectNode) wire.get("data")).remove(component.getName());

    assertInvalid(wire, type, "data." + component.getName(), "is required");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("requiredComponents")
  void decodingRejectsANullRequiredField(EventType<?> type, RecordComponent component) {
    ObjectNode wire = sampleWire(type);
    ((ObjectNode) wire.get("data")).putNull(component.getName());

    assertInvalid(wire, type, "data." + component.getName(), "is required");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("requiredStringComponents")
  void decodingRejectsABlankRequiredString(EventType<?> type, RecordComponent component) {
    ObjectNode wire = sampleWire(type);
    ((ObjectNode) wire.get("data")).put(component.getName(), " \t ");

    assertInvalid(wire, type, "data." + component.getName(), "must not be blank");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("optionalComponents")
  void decodingAcceptsAMissingOptionalField(EventType<?> type, RecordComponent component)
      throws Exception {
    ObjectNode wire = sampleWire(type);
    ((ObjectNode) wire.get("data")).remove(component.getName());

    Object payload = codec.decode(wire).data();

    assertThat(component.getAccessor().invoke(payload)).isNull();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("requiredReferenceComponents")
  void constructionRejectsANullRequiredField(EventType<?> type, RecordComponent component)
      throws Exception {
    Object sample = new CatalogueSamples(SEED).sample(type);
    RecordComponent[] components = type.payloadType().getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] =
          components[i].getName().equals(component.getName())
              ? null
              : components[i].getAccessor().invoke(sample);
    }
    Constructor<?> canonical = type.payloadType().getConstructor(types);

    InvocationTargetException thrown =
        catchThrowableOfType(InvocationTargetException.class, () -> canonical.newInstance(args));

    assertThat(thrown.getCause())
        .isInstanceOfSatisfying(
            EventValidationException.class,
            e -> {
              assertThat(e.eventName()).isEqualTo(type.name());
              assertThat(e.field()).isEqualTo("data." + component.getName());
              assertThat(e).hasMessageEndingWith("is required");
            });
  }

  @Test
  void validationErrorsAreNotRetried() {
    assertThat(new EventValidationException("a/b", "data.x", "is required"))
        .isInstanceOf(NonRetriableException.class)
        .hasMessage("invalid event 'a/b': field 'data.x' is required");
  }

  @Test
  void blankOptionalTextsReadAsAbsent() {
    UserRegistered registered =
        new UserRegistered(
            "user-1",
            "ada@example.com",
            "Ada",
            "  ",
            io.github.handymanworkflows.domain.Role.CUSTOMER);
    JobCompleted completed = new JobCompleted("h", "j", "c", java.time.Instant.EPOCH, null, "");

    assertThat(registered.lastName()).isNull();
    assertThat(completed.review()).isNull();
  }

  private ObjectNode sampleWire(EventType<?> type) {
    Object payload = new CatalogueSamples(SEED).sample(type);
    return codec.encode(new Event<>("evt-1", type.name(), payload, java.util.Map.of(), null));
  }

  private void assertInvalid(JsonNode wire, EventType<?> type, String field, String problem) {
    assertThatThrownBy(() -> codec.decode(wire))
        .isInstanceOfSatisfying(
            EventValidationException.class,
            e -> {
              assertThat(e.eventName()).isEqualTo(type.name());
              assertThat(e.field()).isEqualTo(field);
              assertThat(e).hasMessageEndingWith(problem);
            });
  }
}
