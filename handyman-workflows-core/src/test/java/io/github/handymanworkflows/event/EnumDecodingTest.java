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

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.domain.TokenKind;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.internal.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Enums are lower case on the wire and read in any case. */
class EnumDecodingTest {

  private final EventCodec codec = new EventCodec(EventCatalogue.registry());

  @ParameterizedTest
  @CsvSource({"customer, CUSTOMER", "CUSTOMER, CUSTOMER", "Handyman, HANDYMAN", "aDmIn, ADMIN"})
  void readsRolesInAnyCase(String wire, Role expected) throws Exception {
    Event<?> event =
        decode(
            "{\"name\":\"user/onboarding.started\",\"data\":{\"userId\":\"u\","
                + "\"email\":\"a@example.com\",\"firstName\":\"A\",\"role\":\""
                + wire
                + "\"}}");

    assertThat(event.data(OnboardingStarted.TYPE).role()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"low, LOW", "MEDIUM, MEDIUM", "High, HIGH", "URGENT, URGENT"})
  void readsUrgenciesInAnyCase(String wire, Urgency expected) {
    assertThat(Json.mapper().convertValue(wire, Urgency.class)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "password-reset, PASSWORD_RESET",
    "PASSWORD_RESET, PASSWORD_RESET",
    "Password-Reset, PASSWORD_RESET",
    "password_reset, PASSWORD_RESET",
    "Verification, VERIFICATION",
    "REFRESH, REFRESH"
  })
  void readsTokenKindsInAnyCaseWithHyphensOrUnderscores(String wire, TokenKind expected)
      throws Exception {
    Event<?> event =
        decode(
            "{\"name\":\"system/cleanup.expired.tokens\",\"data\":{\"tokenKind\":\""
                + wire
                + "\"}}");

    assertThat(event.data(CleanupExpiredTokensRequested.TYPE).tokenKind()).isEqualTo(expected);
  }

  @Test
  void writesEnumsInLowerCaseWithHyphens() {
    assertThat(Json.mapper().valueToTree(Role.HANDYMAN).asText()).isEqualTo("handyman");
    assertThat(Json.mapper().valueToTree(Urgency.URGENT).asText()).isEqualTo("urgent");
    assertThat(Json.mapper().valueToTree(TokenKind.PASSWORD_RESET).asText())
        .isEqualTo("password-reset");
  }

  @Test
  void readsTheFieldNamesOfTheOriginalApp() throws Exception {
    Event<?> availability =
        decode(
            "{\"name\":\"handyman/availability.changed\",\"data\":{\"handymanId\":\"h\","
                + "\"isAvailable\":true,\"changedAt\":\"2026-11-27T10:00:00Z\"}}");
    Event<?> rejected =
        decode(
            "{\"name\":\"handyman/rejected\",\"data\":{\"userId\":\"u\",\"email\":\"a@example.com\","
                + "\"firstName\":\"A\",\"lastName\":\"B\",\"rejectedBy\":\"admin-1\","
                + "\"rejectionReason\":\"Documents unreadable\",\"rejectedAt\":\"2026-11-27T10:00:00Z\"}}");
    Event<?> cleanup =
        decode("{\"name\":\"system/cleanup.expired.tokens\",\"data\":{\"tokenType\":\"refresh\"}}");

    assertThat(availability.data(AvailabilityChanged.TYPE).available()).isTrue();
    assertThat(rejected.data(HandymanRejected.TYPE).reason()).isEqualTo("Documents unreadable");
    assertThat(cleanup.data(CleanupExpiredTokensRequested.TYPE).tokenKind())
        .isEqualTo(TokenKind.REFRESH);
  }

  private Event<?> decode(String json) throws Exception {
    JsonNode wire = Json.mapper().readTree(json);
    return codec.decode(wire);
  }
}
