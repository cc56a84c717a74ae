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

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCatalogueTest {

  static List<EventType<?>> types() {
    return EventCatalogue.types();
  }

  @Test
  void holdsTheNineteenEventNamesOfTheMarketplace() {
    assertThat(EventCatalogue.types())
        .extracting(EventType::name)
        .containsExactly(
            "auth/user.registered",
            "auth/email.verification.requested",
            "auth/password.reset.requested",
            "auth/2fa.enabled",
            "auth/account.locked",
            "user/onboarding.started",
            "user/profile.incomplete",
            "handyman/job.matched",
            "handyman/job.completed",
            "handyman/availability.changed",
            "customer/job.posted",
            "customer/job.completed",
            "system/cleanup.expired.tokens",
            "system/analytics.daily",
            "system/maintenance.weekly",
            "handyman/job.accepted",
            "customer/review.submitted",
            "handyman/approved",
            "handyman/rejected");
  }

  @Test
  void registryFindsEveryCatalogueTypeByName() {
    EventRegistry registry = EventCatalogue.registry();

    assertThat(registry.types()).containsExactlyElementsOf(EventCatalogue.types());
    for (EventType<?> type : EventCatalogue.types()) {
      assertThat(registry.find(type.name())).contains(type);
    }
    assertThat(registry.find("inngest/function.failed")).isEmpty();
  }

  @Test
  void typesCannotBeModified() {
    List<EventType<?>> types = EventCatalogue.types();

    assertThatThrownBy(() -> types.add(EventType.of("x/y", JsonNode.class)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @MethodSource("types")
  void everyPayloadIsARecordWhoseTypeConstantNamesIt(EventType<?> type) throws Exception {
    Class<?> payload = type.payloadType();
    Field constant = payload.getField("TYPE");

    assertThat(payload.isRecord()).isTrue();
    assertThat(payload.getPackageName()).isEqualTo("io.github.handymanworkflows.event");
    assertThat(Modifier.isFinal(constant.getModifiers())).isTrue();
    assertThat(Modifier.isStatic(constant.getModifiers())).isTrue();
    assertThat(constant.get(null)).isSameAs(type);
  }

  @Test
  void everyPayloadClassAppearsOnce() {
    assertThat(
            EventCatalogue.types().stream().map(EventType::payloadType).collect(Collectors.toSet()))
        .hasSameSizeAs(EventCatalogue.types());
  }

  @Test
  void refusesASecondPayloadTypeForACatalogueName() {
    EventType<JobAccepted> impostor = EventType.of("auth/user.registered", JobAccepted.class);

    assertThatThrownBy(() -> EventCatalogue.registry().with(impostor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auth/user.registered")
        .hasMessageContaining(UserRegistered.class.getName());
  }

  @Test
  void anUntypedViewOfACatalogueNameKeepsTheRecord() {
    EventRegistry registry =
        EventCatalogue.registry().with(EventType.untyped(UserRegistered.TYPE.name()));

    assertThat(registry.find(UserRegistered.TYPE.name())).contains(UserRegistered.TYPE);
    assertThat(
            EventRegistry.builder()
                .register(EventType.untyped(UserRegistered.TYPE.name()))
                .register(UserRegistered.TYPE)
                .build()
                .find(UserRegistered.TYPE.name()))
        .contains(UserRegistered.TYPE);
  }

  @Test
  void acceptsTheSameTypeTwice() {
    EventRegistry registry =
        EventRegistry.builder().register(UserRegistered.TYPE).register(UserRegistered.TYPE).build();

    assertThat(registry.types()).containsExactly(UserRegistered.TYPE);
  }

  @Test
  void letsHostsAddTheirOwnTypesWithoutChangingTheCatalogue() {
    EventType<JsonNode> hostType = EventType.of("host/thing.happened", JsonNode.class);

    EventRegistry extended = EventCatalogue.registry().with(hostType);

    assertThat(extended.find("host/thing.happened")).contains(hostType);
    assertThat(extended.types()).hasSize(20);
    assertThat(EventCatalogue.registry().find("host/thing.happened")).isEmpty();
  }
}
