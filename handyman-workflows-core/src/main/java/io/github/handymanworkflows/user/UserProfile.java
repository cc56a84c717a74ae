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

import io.github.handymanworkflows.domain.Location;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a user tells the marketplace about themselves. Every field is optional; {@link
 * ProfileCompleteness} decides which ones a role needs.
 *
 * <p>Marketplace state that workflows own (availability, ratings, completed jobs) is not here but
 * in {@code HandymanProfile}, so a profile edit can never wipe it (§8 C.16).
 *
 * @param phone a phone number as typed
 * @param address a free-text address
 * @param location a structured place, for handymen the base they work from
 * @param avatarUrl a picture
 * @param bio a short self-description
 * @param skills what a handyman offers, for example {@code plumbing}; empty for other roles
 */
public record UserProfile(
    @Nullable String phone,
    @Nullable String address,
    @Nullable Location location,
    @Nullable String avatarUrl,
    @Nullable String bio,
    Set<String> skills) {

  private static final UserProfile EMPTY = new UserProfile(null, null, null, null, null, Set.of());

  /** Copies the skills into a sorted, immutable set. */
  public UserProfile {
    Objects.requireNonNull(skills, "skills must not be null");
    for (String skill : skills) {
      Objects.requireNonNull(skill, "skills must not contain null");
    }
    skills = Set.copyOf(new TreeSet<>(skills));
  }

  /** A profile with nothing filled in. */
  public static UserProfile empty() {
    return EMPTY;
  }

  /** A copy with another phone. */
  public UserProfile withPhone(@Nullable String newPhone) {
    return new UserProfile(newPhone, address, location, avatarUrl, bio, skills);
  }

  /** A copy with another address. */
  public UserProfile withAddress(@Nullable String newAddress) {
    return new UserProfile(phone, newAddress, location, avatarUrl, bio, skills);
  }

  /** A copy with another location. */
  public UserProfile withLocation(@Nullable Location newLocation) {
    return new UserProfile(phone, address, newLocation, avatarUrl, bio, skills);
  }

  /** A copy with another avatar. */
  public UserProfile withAvatarUrl(@Nullable String newAvatarUrl) {
    return new UserProfile(phone, address, location, newAvatarUrl, bio, skills);
  }

  /** A copy with another bio. */
  public UserProfile withBio(@Nullable String newBio) {
    return new UserProfile(phone, address, location, avatarUrl, newBio, skills);
  }

  /** A copy with other skills. */
  public UserProfile withSkills(Set<String> newSkills) {
    return new UserProfile(phone, address, location, avatarUrl, bio, newSkills);
  }
}
