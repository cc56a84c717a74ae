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
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.domain.TokenKind;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.internal.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventRoundTripTest {

  private final EventCodec codec = new EventCodec(EventCatalogue.registry());

  static Stream<Arguments> typesAndSeeds() {
    return EventCatalogue.types().stream()
        .flatMap(type -> IntStream.range(0, 25).mapToObj(seed -> Arguments.of(type, seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("typesAndSeeds")
  void everyCataloguePayloadSurvivesTheWire(EventType<?> type, int seed) throws Exception {
    Object payload = new CatalogueSamples(seed).sample(type);
    Event<?> sent =
        new Event<>(
            "evt-" + seed,
            type.name(),
            payload,
            Map.of("source", "test"),
            Instant.ofEpochMilli(1_764_000_000_000L));

    String wire = Json.mapper().writeValueAsString(codec.encode(sent));
    Event<?> received = codec.decode(Json.mapper().readTree(wire));

    assertThat(received).isEqualTo(sent);
    assertThat(received.data()).isInstanceOf(type.payloadType());
  }

  @Test
  void decodesTheExampleOfTheIntegrationDocument() throws Exception {
    String curlBody =
        """
        {
          "name": "auth/user.registered",
          "data": {
            "userId": "user123",
            "email": "test@example.com",
            "firstName": "Test",
            "lastName": "User",
            "role": "customer"
          }
        }
        """;

    Event<?> event = codec.decode(Json.mapper().readTree(curlBody));

    assertThat(event.id()).isNull();
    assertThat(event.ts()).isNull();
    assertThat(event.data(UserRegistered.TYPE))
        .isEqualTo(
            new UserRegistered("user123", "test@example.com", "Test", "User", Role.CUSTOMER));
  }

  @Test
  void writesMoneyInMinorUnitsAndAStructuredLocation() {
    JobPosted posted =
        new JobPosted(
            "customer-1",
            "job-1",
            "Fix the sink",
            "plumbing",
            new Location("12 Allen Avenue, Ikeja, Lagos", GeoPoint.of(6.6018, 3.3515)),
            Urgency.HIGH,
            Money.of(150_000, "NGN"));

    JsonNode data = codec.encode(JobPosted.TYPE.event(posted)).get("data");

    assertThat(data.get("budget"))
        .isEqualTo(
            Json.mapper().createObjectNode().put("minorUnits", 150_000L).put("currency", "NGN"));
    assertThat(data.at("/location/address").asText()).isEqualTo("12 Allen Avenue, Ikeja, Lagos");
    assertThat(data.at("/location/point/latitude").asDouble()).isEqualTo(6.6018);
    assertThat(data.at("/location/point/longitude").asDouble()).isEqualTo(3.3515);
    assertThat(data.get("urgency").asText()).isEqualTo("high");
  }

  @Test
  void writesDurationsAndInstantsAsIsoStrings() {
    JobMatched matched =
        new JobMatched(
            "handyman-1",
            "job-1",
            "customer-1",
            "Fix the sink",
            new Location("Ikeja", GeoPoint.of(6.6, 3.35)),
            Urgency.URGENT,
            Duration.ofHours(2),
            4.25);
    JobAccepted accepted =
        new JobAccepted("handyman-1", "job-1", "customer-1", Instant.parse("2026-11-27T09:30:00Z"));

    JsonNode matchedData = codec.encode(JobMatched.TYPE.event(matched)).get("data");
    JsonNode acceptedData = codec.encode(JobAccepted.TYPE.event(accepted)).get("data");

    assertThat(matchedData.get("estimatedDuration").asText()).isEqualTo("PT2H");
    assertThat(matchedData.get("urgency").asText()).isEqualTo("urgent");
    assertThat(matchedData.get("distanceKm").asDouble()).isEqualTo(4.25);
    assertThat(acceptedData.get("acceptedAt").asText()).isEqualTo("2026-11-27T09:30:00Z");
  }

  @Test
  void writesSystemRequestsInTheirDocumentedShapes() {
    JsonNode cleanup =
        codec
            .encode(
                CleanupExpiredTokensRequested.TYPE.event(
                    new CleanupExpiredTokensRequested(TokenKind.PASSWORD_RESET)))
            .get("data");
    JsonNode daily =
        codec
            .encode(
                DailyAnalyticsRequested.TYPE.event(
                    new DailyAnalyticsRequested(LocalDate.of(2026, 11, 27))))
            .get("data");
    JsonNode weekly =
        codec
            .encode(
                WeeklyMaintenanceRequested.TYPE.event(new WeeklyMaintenanceRequested("2026-W48")))
            .get("data");

    assertThat(cleanup.get("tokenKind").asText()).isEqualTo("password-reset");
    assertThat(daily.get("date").asText()).isEqualTo("2026-11-27");
    assertThat(weekly).isEqualTo(Json.mapper().createObjectNode().put("isoWeek", "2026-W48"));
  }

  @Test
  void decodesAnEmptySystemRequestAsTheDefaultRequest() throws Exception {
    for (EventType<?> type :
        List.of(
            CleanupExpiredTokensRequested.TYPE,
            DailyAnalyticsRequested.TYPE,
            WeeklyMaintenanceRequested.TYPE)) {
      Event<?> event = codec.decode(Json.mapper().readTree("{\"name\":\"" + type.name() + "\"}"));

      assertThat(event.data()).isInstanceOf(type.payloadType());
    }
    Event<?> cleanup =
        codec.decode(
            Json.mapper().readTree("{\"name\":\"system/cleanup.expired.tokens\",\"data\":{}}"));
    assertThat(cleanup.data(CleanupExpiredTokensRequested.TYPE))
        .isEqualTo(CleanupExpiredTokensRequested.allKinds());
  }

  @Test
  void decodesUnknownNamesToTheirRawJson() throws Exception {
    ObjectNode wire =
        (ObjectNode)
            Json.mapper()
                .readTree(
                    """
                    {"id":"01J","name":"inngest/function.finished",
                     "data":{"function_id":"send-welcome-email","result":{"sent":true},"n":[1,2]},
                     "ts":1764000000000}
                    """);

    Event<?> event = codec.decode(wire);

    assertThat(event.data()).isInstanceOf(JsonNode.class).isEqualTo(wire.get("data"));
    assertThat(event.ts()).isEqualTo(Instant.ofEpochMilli(1_764_000_000_000L));
    assertThat(codec.encode(event).get("data")).isEqualTo(wire.get("data"));
  }

  @Test
  void decodedUnknownPayloadIsACopyOfTheInput() throws Exception {
    ObjectNode wire =
        (ObjectNode) Json.mapper().readTree("{\"name\":\"host/thing\",\"data\":{\"a\":1}}");

    Event<?> event = codec.decode(wire);
    ((ObjectNode) wire.get("data")).put("a", 2);

    assertThat(((JsonNode) event.data()).get("a").asInt()).isEqualTo(1);
  }
}
