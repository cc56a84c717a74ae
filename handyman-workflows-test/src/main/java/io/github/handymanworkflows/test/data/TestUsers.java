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
package io.github.handymanworkflows.test.data;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserProfile;
import java.time.Instant;
import java.util.Set;

/**
 * Users with complete, verified defaults; adjust through the returned builder. Instants are whole
 * seconds, which every store keeps exactly.
 */
public final class TestUsers {

  /** The default registration time: 2026-01-01T00:00:00Z. */
  public static final Instant REGISTERED_AT = Instant.parse("2026-01-01T00:00:00Z");

  private TestUsers() {}

  /** A verified customer with a complete profile. */
  public static UserAccount.Builder customer(String id) {
    return user(id, Role.CUSTOMER)
        .profile(UserProfile.empty().withPhone("+234 800 000 0000").withAddress("1 Allen Avenue"));
  }

  /** A verified handyman with a complete profile in Ikeja offering plumbing. */
  public static UserAccount.Builder handyman(String id) {
    return user(id, Role.HANDYMAN)
        .profile(
            UserProfile.empty()
                .withPhone("+234 800 000 0001")
                .withLocation(TestPlaces.at(TestPlaces.IKEJA))
                .withBio("Ten years of fixing things.")
                .withSkills(Set.of("plumbing")));
  }

  /** A verified admin. */
  public static UserAccount.Builder admin(String id) {
    return user(id, Role.ADMIN);
  }

  /** A verified user of any role with names, an address on example.com and an empty profile. */
  public static UserAccount.Builder user(String id, Role role) {
    return UserAccount.builder(id, id + "@example.com", role, REGISTERED_AT)
        .name("Ada", "Obi")
        .emailVerified(true);
  }
}
