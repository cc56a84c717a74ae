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

import io.github.handymanworkflows.domain.Role;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MaskingInToStringTest {

  private static final List<String> SENSITIVE = List.of("email", "token");

  static Stream<Arguments> typesAndSeeds() {
    return EventCatalogue.types().stream()
        .flatMap(type -> IntStream.range(0, 5).mapToObj(seed -> Arguments.of(type, seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("typesAndSeeds")
  void toStringNeverContainsATokenOrAFullEmailAddress(EventType<?> type, int seed)
      throws Exception {
    Object payload = new CatalogueSamples(seed).sample(type);
    String text = payload.toString();

    for (RecordComponent component : type.payloadType().getRecordComponents()) {
      if (SENSITIVE.contains(component.getName())) {
        String value = (String) component.getAccessor().invoke(payload);
        assertThat(text).doesNotContain(value).contains(component.getName() + "=");
      }
    }
    assertThat(text).startsWith(type.payloadType().getSimpleName() + "[");
  }

  @Test
  void noEventOfTheCatalogueCarriesARawTokenOnlyTokenIds() {
    // §8 G.35: the engine stores events, so a token travels by id and is derived in the email step.
    for (EventType<?> type : EventCatalogue.types()) {
      for (RecordComponent component : type.payloadType().getRecordComponents()) {
        assertThat(component.getName())
            .as(type.name())
            .isNotEqualToIgnoringCase("token")
            .doesNotContainIgnoringCase("secret");
      }
    }
  }

  @Test
  void masksEmailsOfEveryUserEvent() {
    UserRegistered registered =
        new UserRegistered("user-1", "ngozi@example.com", "Ngozi", null, Role.HANDYMAN);

    assertThat(registered.toString())
        .isEqualTo(
            "UserRegistered[userId=user-1, email=n***@example.com, firstName=Ngozi,"
                + " lastName=null, role=HANDYMAN]");
  }
}
