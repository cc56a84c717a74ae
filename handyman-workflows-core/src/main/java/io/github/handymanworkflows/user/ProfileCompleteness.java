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

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which profile fields a user still has to fill in, decided by the account's stored role and real
 * fields (the original checked the role from the event and a field that did not exist, §2.2 #6).
 *
 * <p>Every role needs {@code firstName} and {@code lastName}. Customers also need {@code phone} and
 * {@code address} (a free-text address or a structured location). Handymen also need {@code phone},
 * {@code skills}, {@code location} (a structured one, since matching is by distance) and {@code
 * bio}. Admins need nothing more. Blank strings and empty sets count as missing.
 */
public final class ProfileCompleteness {

  private ProfileCompleteness() {}

  /** The missing field names, in a stable order; empty when the profile is complete. */
  public static List<String> missingFields(UserAccount user) {
    List<String> missing = new ArrayList<>();
    UserProfile profile = user.profile();
    requireText(missing, "firstName", user.firstName());
    requireText(missing, "lastName", user.lastName());
    switch (user.role()) {
      case CUSTOMER -> {
        requireText(missing, "phone", profile.phone());
        if (isBlank(profile.address()) && profile.location() == null) {
          missing.add("address");
        }
      }
      case HANDYMAN -> {
        requireText(missing, "phone", profile.phone());
        if (profile.skills().isEmpty()) {
          missing.add("skills");
        }
        if (profile.location() == null) {
          missing.add("location");
        }
        requireText(missing, "bio", profile.bio());
      }
      case ADMIN -> {
        // Admins are set up by the operator; names are all the e-mails need.
      }
    }
    return List.copyOf(missing);
  }

  /** Whether nothing is missing. */
  public static boolean isComplete(UserAccount user) {
    return missingFields(user).isEmpty();
  }

  private static void requireText(List<String> missing, String field, @Nullable String value) {
    if (isBlank(value)) {
      missing.add(field);
    }
  }

  private static boolean isBlank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
