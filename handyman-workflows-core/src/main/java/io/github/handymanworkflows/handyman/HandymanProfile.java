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
package io.github.handymanworkflows.handyman;

import io.github.handymanworkflows.domain.Location;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A handyman's marketplace state, owned by the workflows and kept apart from the user-editable
 * profile so a profile edit cannot wipe it (§8 C.16).
 *
 * @param handymanId the handyman's user id
 * @param skills what they offer, normalized by {@link Skills#normalize}
 * @param location where they work from, or {@code null} when unknown (then they are never matched)
 * @param approvalStatus whether an admin approved them
 * @param emailVerified whether their e-mail address is verified (mirrors the account)
 * @param available whether they take new jobs now
 * @param availabilityReason why availability last changed, or {@code null}
 * @param availabilityChangedAt when availability last changed, or {@code null}
 * @param stats their track record
 */
public record HandymanProfile(
    String handymanId,
    Set<String> skills,
    @Nullable Location location,
    ApprovalStatus approvalStatus,
    boolean emailVerified,
    boolean available,
    @Nullable String availabilityReason,
    @Nullable Instant availabilityChangedAt,
    HandymanStats stats) {

  /** Validates and normalizes the fields. */
  public HandymanProfile {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(skills, "skills must not be null");
    Objects.requireNonNull(approvalStatus, "approvalStatus must not be null");
    Objects.requireNonNull(stats, "stats must not be null");
    if (handymanId.isBlank()) {
      throw new IllegalArgumentException("handymanId must not be blank");
    }
    skills = skills.stream().map(Skills::normalize).collect(Collectors.toUnmodifiableSet());
  }

  /** A new, pending, unavailable handyman with no track record. */
  public static HandymanProfile pending(
      String handymanId, Set<String> skills, @Nullable Location location) {
    return new HandymanProfile(
        handymanId,
        skills,
        location,
        ApprovalStatus.PENDING,
        false,
        false,
        null,
        null,
        HandymanStats.empty());
  }

  /** Whether they list the skill (compared after normalization). */
  public boolean hasSkill(String skill) {
    return skills.contains(Skills.normalize(skill));
  }

  /** Whether they may be offered a job at all: approved, verified and available. */
  public boolean matchable() {
    return approvalStatus == ApprovalStatus.APPROVED && emailVerified && available;
  }

  /** A copy with other skills. */
  public HandymanProfile withSkills(Set<String> newSkills) {
    return new HandymanProfile(
        handymanId,
        newSkills,
        location,
        approvalStatus,
        emailVerified,
        available,
        availabilityReason,
        availabilityChangedAt,
        stats);
  }

  /** A copy with another location. */
  public HandymanProfile withLocation(@Nullable Location newLocation) {
    return new HandymanProfile(
        handymanId,
        skills,
        newLocation,
        approvalStatus,
        emailVerified,
        available,
        availabilityReason,
        availabilityChangedAt,
        stats);
  }

  /** A copy with another approval status. */
  public HandymanProfile withApprovalStatus(ApprovalStatus newStatus) {
    return new HandymanProfile(
        handymanId,
        skills,
        location,
        newStatus,
        emailVerified,
        available,
        availabilityReason,
        availabilityChangedAt,
        stats);
  }

  /** A copy with another e-mail verification flag. */
  public HandymanProfile withEmailVerified(boolean verified) {
    return new HandymanProfile(
        handymanId,
        skills,
        location,
        approvalStatus,
        verified,
        available,
        availabilityReason,
        availabilityChangedAt,
        stats);
  }

  /** A copy with another availability. */
  public HandymanProfile withAvailability(
      boolean isAvailable, @Nullable String reason, @Nullable Instant changedAt) {
    return new HandymanProfile(
        handymanId,
        skills,
        location,
        approvalStatus,
        emailVerified,
        isAvailable,
        reason,
        changedAt,
        stats);
  }

  /** A copy with other stats. */
  public HandymanProfile withStats(HandymanStats newStats) {
    return new HandymanProfile(
        handymanId,
        skills,
        location,
        approvalStatus,
        emailVerified,
        available,
        availabilityReason,
        availabilityChangedAt,
        newStats);
  }
}
