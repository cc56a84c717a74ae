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
package io.github.handymanworkflows.sample.app;

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.handyman.ApprovalStatus;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserProfile;
import io.github.handymanworkflows.user.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A small marketplace in Lagos to try the API with: an admin, two customers and three handymen (two
 * approved and available, one awaiting approval). Every demo account's password is {@value
 * #DEMO_PASSWORD}. No events are emitted: these accounts already existed.
 */
@Component
@ConditionalOnProperty(name = "handyman.app.seed", havingValue = "true", matchIfMissing = true)
class SeedData implements InitializingBean {

  /** The password of every seeded account (demo only). */
  static final String DEMO_PASSWORD = "handyman-demo";

  static final String ADMIN = "user_admin";
  static final String ADA = "user_ada";
  static final String CHIDI = "user_chidi";
  static final String EMEKA = "user_emeka";
  static final String FUNMI = "user_funmi";
  static final String TUNDE = "user_tunde";

  private static final Logger LOGGER = LoggerFactory.getLogger(SeedData.class);

  static final Location YABA =
      new Location("12 Herbert Macaulay Way, Yaba, Lagos", GeoPoint.of(6.5095, 3.3711));
  static final Location IKEJA =
      new Location("5 Allen Avenue, Ikeja, Lagos", GeoPoint.of(6.6018, 3.3515));
  static final Location LEKKI =
      new Location("3 Admiralty Way, Lekki, Lagos", GeoPoint.of(6.4698, 3.5852));

  private final UserRepository users;
  private final HandymanRepository handymen;
  private final Credentials credentials;
  private final Clock clock;

  SeedData(
      UserRepository users, HandymanRepository handymen, Credentials credentials, Clock clock) {
    this.users = users;
    this.handymen = handymen;
    this.credentials = credentials;
    this.clock = clock;
  }

  @Override
  public void afterPropertiesSet() {
    Instant since = clock.instant().minus(Duration.ofDays(90));
    user(ADMIN, "admin@handyman.example", "Amaka", "Obi", Role.ADMIN, since, null);
    user(ADA, "ada@handyman.example", "Ada", "Okafor", Role.CUSTOMER, since, IKEJA);
    user(CHIDI, "chidi@handyman.example", "Chidi", "Eze", Role.CUSTOMER, since, LEKKI);
    handyman(
        EMEKA,
        "emeka@handyman.example",
        "Emeka",
        "Nwosu",
        Set.of("plumbing", "electrical"),
        YABA,
        ApprovalStatus.APPROVED,
        since);
    handyman(
        FUNMI,
        "funmi@handyman.example",
        "Funmi",
        "Adeyemi",
        Set.of("carpentry", "painting"),
        IKEJA,
        ApprovalStatus.APPROVED,
        since);
    handyman(
        TUNDE,
        "tunde@handyman.example",
        "Tunde",
        "Bakare",
        Set.of("electrical"),
        LEKKI,
        ApprovalStatus.PENDING,
        since);
    LOGGER.info(
        "Seeded 6 demo accounts in Lagos (admin, 2 customers, 3 handymen); see the sample's"
            + " README for their logins");
  }

  private void user(
      String id,
      String email,
      String first,
      String last,
      Role role,
      Instant since,
      @Nullable Location location) {
    credentials.claim(email, id, DEMO_PASSWORD);
    users.save(
        UserAccount.builder(id, email, role, since)
            .name(first, last)
            .emailVerified(true)
            .profile(UserProfile.empty().withLocation(location).withPhone("+2348000000000"))
            .build());
  }

  private void handyman(
      String id,
      String email,
      String first,
      String last,
      Set<String> skills,
      Location location,
      ApprovalStatus status,
      Instant since) {
    user(id, email, first, last, Role.HANDYMAN, since, location);
    users.save(
        users.find(id).orElseThrow().toBuilder()
            .profile(
                UserProfile.empty()
                    .withLocation(location)
                    .withPhone("+2348000000000")
                    .withSkills(skills)
                    .withBio(first + " has fixed homes in Lagos for years."))
            .build());
    handymen.save(
        HandymanProfile.pending(id, skills, location)
            .withApprovalStatus(status)
            .withEmailVerified(true)
            .withAvailability(true, null, since));
  }
}
