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
package io.github.handymanworkflows.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileCompletenessTest {

  private static final Location IKEJA = new Location("Ikeja", GeoPoint.of(6.6018, 3.3515));

  private static UserAccount.Builder user(Role role) {
    return UserAccount.builder("u-1", "u-1@example.com", role, Instant.EPOCH).name("Ada", "Obi");
  }

  @Test
  void anEmptyCustomerProfileMissesPhoneAndAddress() {
    assertThat(ProfileCompleteness.missingFields(user(Role.CUSTOMER).build()))
        .containsExactly("phone", "address");
  }

  @Test
  void aCustomerAddressMayBeFreeTextOrALocation() {
    UserProfile withText = UserProfile.empty().withPhone("0800").withAddress("1 Allen Avenue");
    UserProfile withLocation = UserProfile.empty().withPhone("0800").withLocation(IKEJA);

    assertThat(ProfileCompleteness.isComplete(user(Role.CUSTOMER).profile(withText).build()))
        .isTrue();
    assertThat(ProfileCompleteness.isComplete(user(Role.CUSTOMER).profile(withLocation).build()))
        .isTrue();
  }

  @Test
  void anEmptyHandymanProfileMissesPhoneSkillsLocationAndBio() {
    assertThat(ProfileCompleteness.missingFields(user(Role.HANDYMAN).build()))
        .containsExactly("phone", "skills", "location", "bio");
  }

  @Test
  void aHandymanWithATextAddressStillNeedsALocation() {
    UserProfile profile =
        UserProfile.empty()
            .withPhone("0800")
            .withAddress("Ikeja")
            .withBio("Plumber")
            .withSkills(Set.of("plumbing"));

    assertThat(ProfileCompleteness.missingFields(user(Role.HANDYMAN).profile(profile).build()))
        .containsExactly("location");
  }

  @Test
  void blankValuesCountAsMissing() {
    UserAccount blank =
        user(Role.CUSTOMER)
            .name(" ", "")
            .profile(UserProfile.empty().withPhone("  ").withAddress(""))
            .build();

    assertThat(ProfileCompleteness.missingFields(blank))
        .containsExactly("firstName", "lastName", "phone", "address");
  }

  @Test
  void anAdminNeedsOnlyNames() {
    assertThat(ProfileCompleteness.isComplete(user(Role.ADMIN).build())).isTrue();
  }

  @Test
  void toStringDoesNotRevealTheEmailAddress() {
    assertThat(user(Role.CUSTOMER).build().toString())
        .doesNotContain("example.com")
        .contains("u-1");
  }
}
