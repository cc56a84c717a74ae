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

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.domain.TokenKind;
import io.github.handymanworkflows.domain.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Valid payloads for every catalogue type, drawn from a seeded random source. */
final class CatalogueSamples {

  private static final List<String> NAMES =
      List.of("Ada", "Chukwuemeka", "Zoë", "O'Brien", "Nnamdi", "José María", "Ngozi");
  private static final List<String> CURRENCIES = List.of("NGN", "USD", "EUR", "GBP", "JPY");
  private static final List<String> PROFILE_FIELDS =
      List.of("phone", "address", "skills", "avatar", "bio");

  private final Random random;

  CatalogueSamples(long seed) {
    this.random = new Random(seed);
  }

  /** A valid payload of the given type. */
  Object sample(EventType<?> type) {
    switch (type.name()) {
      case "auth/user.registered":
        return new UserRegistered(
            id("user"), email(), name(), optional(name()), pick(Role.values()));
      case "auth/email.verification.requested":
        return new EmailVerificationRequested(id("user"), id("tok"));
      case "auth/password.reset.requested":
        return new PasswordResetRequested(id("user"), id("tok"));
      case "auth/2fa.enabled":
        return new TwoFactorEnabled(id("user"), email(), name());
      case "auth/account.locked":
        return new AccountLocked(
            id("user"), email(), name(), "Too many failed login attempts", optional(instant()));
      case "user/onboarding.started":
        return new OnboardingStarted(id("user"), email(), name(), pick(Role.values()));
      case "user/profile.incomplete":
        return new ProfileIncomplete(
            id("user"), email(), name(), pick(Role.values()), missingFields());
      case "handyman/job.matched":
        return new JobMatched(
            id("handyman"),
            id("job"),
            id("customer"),
            "Fix the kitchen sink",
            location(),
            pick(Urgency.values()),
            Duration.ofMinutes(1 + random.nextInt(24 * 60)),
            random.nextDouble() * 50);
      case "handyman/job.completed":
        return new JobCompleted(
            id("handyman"),
            id("job"),
            id("customer"),
            instant(),
            optional(rating()),
            optional("Great work"));
      case "handyman/availability.changed":
        return new AvailabilityChanged(
            id("handyman"), random.nextBoolean(), optional("job-completed"), instant());
      case "customer/job.posted":
        return new JobPosted(
            id("customer"),
            id("job"),
            "Paint the living room",
            "painting",
            location(),
            pick(Urgency.values()),
            Money.of(Math.abs(random.nextLong() % 100_000_000L), pick(CURRENCIES)));
      case "customer/job.completed":
        return new CustomerJobCompleted(
            id("customer"), id("job"), id("handyman"), name(), optional(rating()));
      case "system/cleanup.expired.tokens":
        return new CleanupExpiredTokensRequested(optional(pick(TokenKind.values())));
      case "system/analytics.daily":
        return new DailyAnalyticsRequested(optional(date()));
      case "system/maintenance.weekly":
        return random.nextBoolean()
            ? WeeklyMaintenanceRequested.latest()
            : WeeklyMaintenanceRequested.weekOf(date());
      case "handyman/job.accepted":
        return new JobAccepted(id("handyman"), id("job"), id("customer"), instant());
      case "customer/review.submitted":
        return new ReviewSubmitted(
            id("review"),
            id("job"),
            id("customer"),
            id("handyman"),
            rating(),
            optional("Tidy and on time"),
            instant());
      case "handyman/approved":
        return new HandymanApproved(
            id("user"), email(), name(), optional(name()), id("admin"), instant());
      case "handyman/rejected":
        return new HandymanRejected(
            id("user"),
            email(),
            name(),
            optional(name()),
            id("admin"),
            "Documents unreadable",
            instant());
      default:
        throw new IllegalArgumentException("no sample for " + type.name());
    }
  }

  private String id(String prefix) {
    return prefix + "-" + Long.toHexString(random.nextLong());
  }

  private String name() {
    return pick(NAMES);
  }

  private String email() {
    return "user" + random.nextInt(1_000_000) + "@example.com";
  }

  private Instant instant() {
    return Instant.ofEpochSecond(
        1_700_000_000L + random.nextInt(200_000_000), random.nextInt(1_000_000_000));
  }

  private LocalDate date() {
    return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(4000));
  }

  private int rating() {
    return 1 + random.nextInt(5);
  }

  private Location location() {
    return new Location(
        random.nextInt(200) + " Allen Avenue, Ikeja, Lagos",
        GeoPoint.of(random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180));
  }

  private List<String> missingFields() {
    List<String> fields = new ArrayList<>(PROFILE_FIELDS);
    java.util.Collections.shuffle(fields, random);
    return fields.subList(0, 1 + random.nextInt(fields.size()));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> @Nullable T optional(T value) {
    return random.nextBoolean() ? value : null;
  }
}
