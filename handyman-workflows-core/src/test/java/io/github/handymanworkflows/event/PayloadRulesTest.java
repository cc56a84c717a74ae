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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.internal.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Range, format and nested-value rules, checked on decode and on construction. */
class PayloadRulesTest {

  private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
  private static final Location IKEJA = new Location("Ikeja, Lagos", GeoPoint.of(6.6, 3.35));

  private final EventCodec codec = new EventCodec(EventCatalogue.registry());

  @ParameterizedTest(name = "{0} {1}={2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          auth/user.registered          | email                   | "SECRET-not-an-address"   | data.email                    | must be an email address
          auth/user.registered          | email                   | "SECRET@a@example.com"    | data.email                    | must be an email address
          auth/user.registered          | email                   | "SECRET x@example.com"    | data.email                    | must be an email address
          auth/user.registered          | email                   | "@SECRET.example.com"     | data.email                    | must be an email address
          auth/user.registered          | email                   | "SECRET@"                 | data.email                    | must be an email address
          auth/user.registered          | email                   | 42                        | data.email                    | must be an email address
          auth/user.registered          | role                    | "SECRET-boss"             | data.role                     | is invalid
          auth/user.registered          | role                    | {"r":"SECRET"}            | data.role                     | has the wrong type
          auth/email.verification.requested | tokenId             | "SECRET token"           | data.tokenId                  | must be 1 to 100 characters of A-Z a-z 0-9 _ - . :
          handyman/job.completed        | rating                  | 0                         | data.rating                   | must be between 1 and 5
          handyman/job.completed        | rating                  | 6                         | data.rating                   | must be between 1 and 5
          customer/job.completed        | rating                  | -1                        | data.rating                   | must be between 1 and 5
          customer/review.submitted     | rating                  | 0                         | data.rating                   | must be between 1 and 5
          customer/review.submitted     | rating                  | 6                         | data.rating                   | must be between 1 and 5
          customer/review.submitted     | rating                  | "SECRET"                  | data.rating                   | has the wrong format
          handyman/job.matched          | distanceKm              | -0.5                      | data.distanceKm               | must be a finite distance of at least 0
          handyman/job.matched          | estimatedDuration       | "PT0S"                    | data.estimatedDuration        | must be positive
          handyman/job.matched          | estimatedDuration       | "-PT1H"                   | data.estimatedDuration        | must be positive
          handyman/job.matched          | estimatedDuration       | "SECRET 2 hours"          | data.estimatedDuration        | has the wrong format
          handyman/job.matched          | location                | "SECRET Lagos, Nigeria"   | data.location                 | has the wrong type
          handyman/job.matched          | urgency                 | "SECRET-asap"             | data.urgency                  | is invalid
          customer/job.posted           | budget.minorUnits       | -100                      | data.budget                   | is invalid
          customer/job.posted           | budget.currency         | "SECRET"                  | data.budget                   | is invalid
          customer/job.posted           | budget.minorUnits       | null                      | data.budget.minorUnits        | is required
          customer/job.posted           | budget                  | 1500                      | data.budget                   | has the wrong type
          customer/job.posted           | location.point.latitude | 90.5                      | data.location.point           | is invalid
          customer/job.posted           | location.point.longitude| null                      | data.location.point.longitude | is required
          customer/job.posted           | location.address        | " "                       | data.location                 | is invalid
          customer/job.posted           | location.point          | null                      | data.location                 | is invalid
          user/profile.incomplete       | missingFields           | []                        | data.missingFields            | must not be empty
          user/profile.incomplete       | missingFields           | ["phone"," "]             | data.missingFields[1]         | must not be blank
          user/profile.incomplete       | missingFields           | ["phone",null]            | data.missingFields[1]         | is required
          user/profile.incomplete       | missingFields           | "SECRET"                  | data.missingFields            | has the wrong type
          handyman/availability.changed | available               | "SECRET"                  | data.available                | has the wrong format
          system/maintenance.weekly     | isoWeek                 | "2025-W53"                | data.isoWeek                  | must be an existing ISO week of its year
          system/maintenance.weekly     | isoWeek                 | "2026-W00"                | data.isoWeek                  | must be an existing ISO week of its year
          system/maintenance.weekly     | isoWeek                 | "2026-48"                 | data.isoWeek                  | must be an ISO week such as 2026-W48
          system/maintenance.weekly     | isoWeek                 | "SECRET last week"        | data.isoWeek                  | must be an ISO week such as 2026-W48
          system/analytics.daily        | date                    | "2026-13-01"              | data.date                     | has the wrong format
          system/cleanup.expired.tokens | tokenKind               | "SECRET-session"          | data.tokenKind                | is invalid
          """)
  void decodingRejectsBadValuesNamingTheFieldButNotTheValue(
      String name, String path, String json, String field, String problem) throws Exception {
    EventType<?> type = EventCatalogue.registry().find(name).orElseThrow();
    ObjectNode wire = codec.encode(Event.of(cast(type), new CatalogueSamples(7).sample(type)));
    set((ObjectNode) wire.get("data"), path, Json.mapper().readTree(json));

    assertThatThrownBy(() -> codec.decode(wire))
        .isInstanceOfSatisfying(
            EventValidationException.class,
            e -> {
              assertThat(e.eventName()).isEqualTo(name);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage())
                  .isEqualTo("invalid event '" + name + "': field '" + field + "' " + problem)
                  .doesNotContain("SECRET");
            });
  }

  @Test
  void validationErrorsSurfaceUnchangedWhenTheMapperDoesNotWrapExceptions() throws Exception {
    ObjectMapper unwrapping =
        Json.newMapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.WRAP_EXCEPTIONS);
    EventCodec strict = new EventCodec(EventCatalogue.registry(), unwrapping);
    JsonNode wire =
        Json.mapper()
            .readTree(
                "{\"name\":\"auth/2fa.enabled\",\"data\":{\"userId\":\"u\",\"email\":\"SECRET\",\"firstName\":\"A\"}}");

    assertInvalid(
        () -> strict.decode(wire), "auth/2fa.enabled", "data.email", "must be an email address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ada@example.com", "a@b", "first.last+tag@sub.example.co.uk"})
  void acceptsPlausibleEmailAddresses(String email) {
    assertThat(new TwoFactorEnabled("user-1", email, "Ada").email()).isEqualTo(email);
  }

  @Test
  void constructionRejectsAnImplausibleEmail() {
    assertInvalid(
        () -> new TwoFactorEnabled("user-1", "ada at example.com", "Ada"),
        "auth/2fa.enabled",
        "data.email",
        "must be an email address");
  }

  @Test
  void constructionRejectsBlankStrings() {
    assertInvalid(
        () -> new JobAccepted("handyman-1", "", "customer-1", AT),
        "handyman/job.accepted",
        "data.jobId",
        "must not be blank");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -3, 100})
  void constructionRejectsRatingsOutsideOneToFive(int rating) {
    assertInvalid(
        () ->
            new ReviewSubmitted("review-1", "job-1", "customer-1", "handyman-1", rating, null, AT),
        "customer/review.submitted",
        "data.rating",
        "must be between 1 and 5");
    assertInvalid(
        () -> new JobCompleted("handyman-1", "job-1", "customer-1", AT, rating, null),
        "handyman/job.completed",
        "data.rating",
        "must be between 1 and 5");
  }

  @Test
  void constructionRejectsANonPositiveDurationAndANegativeDistance() {
    assertInvalid(
        () -> jobMatched(Duration.ZERO, 1),
        "handyman/job.matched",
        "data.estimatedDuration",
        "must be positive");
    assertInvalid(
        () -> jobMatched(Duration.ofHours(1), -1),
        "handyman/job.matched",
        "data.distanceKm",
        "must be a finite distance of at least 0");
    assertInvalid(
        () -> jobMatched(Duration.ofHours(1), Double.NaN),
        "handyman/job.matched",
        "data.distanceKm",
        "must be a finite distance of at least 0");
  }

  @Test
  void constructionRejectsEmptyOrBlankMissingFields() {
    assertInvalid(
        () -> new ProfileIncomplete("user-1", "ada@example.com", "Ada", Role.HANDYMAN, List.of()),
        "user/profile.incomplete",
        "data.missingFields",
        "must not be empty");
    assertInvalid(
        () ->
            new ProfileIncomplete(
                "user-1", "ada@example.com", "Ada", Role.HANDYMAN, List.of("phone", "")),
        "user/profile.incomplete",
        "data.missingFields[1]",
        "must not be blank");
  }

  @Test
  void missingFieldsAreCopiedAndImmutable() {
    List<String> fields = new ArrayList<>(List.of("phone"));
    ProfileIncomplete incomplete =
        new ProfileIncomplete("user-1", "ada@example.com", "Ada", Role.HANDYMAN, fields);

    fields.add("bio");

    assertThat(incomplete.missingFields()).containsExactly("phone");
    assertThatThrownBy(() -> incomplete.missingFields().add("bio"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructionRejectsAWeekThatDoesNotExist() {
    assertInvalid(
        () -> new WeeklyMaintenanceRequested("2026-W54"),
        "system/maintenance.weekly",
        "data.isoWeek",
        "must be an existing ISO week of its year");
  }

  @Test
  void weeklyRequestKnowsTheMondayOfItsWeek() {
    assertThat(WeeklyMaintenanceRequested.weekOf(java.time.LocalDate.of(2026, 11, 27)).isoWeek())
        .isEqualTo("2026-W48");
    assertThat(WeeklyMaintenanceRequested.weekOf(java.time.LocalDate.of(2027, 1, 1)).isoWeek())
        .isEqualTo("2026-W53");
    assertThat(new WeeklyMaintenanceRequested("2026-W48").weekStart())
        .contains(java.time.LocalDate.of(2026, 11, 23));
    assertThat(new WeeklyMaintenanceRequested("2020-W53").weekStart())
        .contains(java.time.LocalDate.of(2020, 12, 28));
    assertThat(WeeklyMaintenanceRequested.latest().weekStart()).isEmpty();
  }

  @Test
  void domainValuesStillFailWithTheirOwnErrorsWhenBuiltDirectly() {
    // On construction the caller builds the domain value, so its own error reaches them first.
    assertThatThrownBy(() -> io.github.handymanworkflows.domain.Money.of(-1, "NGN"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void envelopeErrorsNameTheEnvelopeField() throws Exception {
    assertInvalidWire("{\"data\":{}}", "?", "name", "is required");
    assertInvalidWire(
        "{\"name\":\"auth/2fa.enabled\",\"data\":[1]}",
        "auth/2fa.enabled",
        "data",
        "must be a JSON object");
    assertInvalidWire(
        "{\"name\":\"auth/2fa.enabled\",\"data\":{},\"ts\":\"yesterday\"}",
        "auth/2fa.enabled",
        "ts",
        "must be epoch milliseconds");
  }

  private void assertInvalidWire(String json, String name, String field, String problem)
      throws Exception {
    JsonNode wire = Json.mapper().readTree(json);
    assertInvalid(() -> codec.decode(wire), name, field, problem);
  }

  private static JobMatched jobMatched(Duration duration, double distanceKm) {
    return new JobMatched(
        "handyman-1",
        "job-1",
        "customer-1",
        "Fix the sink",
        IKEJA,
        Urgency.LOW,
        duration,
        distanceKm);
  }

  private static void assertInvalid(
      ThrowingCallable call, String name, String field, String problem) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            EventValidationException.class,
            e -> {
              assertThat(e.eventName()).isEqualTo(name);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e).hasMessageEndingWith(problem);
            });
  }

  private static void set(ObjectNode data, String path, JsonNode value) {
    String[] parts = path.split("\\.");
    ObjectNode parent = data;
    for (int i = 0; i < parts.length - 1; i++) {
      parent = (ObjectNode) parent.get(parts[i]);
    }
    parent.set(parts[parts.length - 1], value);
  }

  @SuppressWarnings("unchecked")
  private static EventType<Object> cast(EventType<?> type) {
    return (EventType<Object>) type;
  }
}
