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

import io.github.handymanworkflows.domain.Role;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user account as the workflows see it. No password, no token: those are not the workflows'
 * business.
 *
 * <p>{@code toString} masks the e-mail address so that an account can be logged safely.
 *
 * @param id the user id
 * @param email where mail goes
 * @param firstName given name, may be blank when the user never filled it in
 * @param lastName family name, may be blank
 * @param role customer, handyman or admin
 * @param emailVerified whether the address was confirmed
 * @param createdAt when the account was registered
 * @param lastLoginAt the last successful login, or {@code null} when the user never logged in
 * @param deletedAt when the account was deleted (soft delete), or {@code null}
 * @param lockedUntil until when logins are refused, or {@code null}
 * @param lockReason why the account was locked, or {@code null}
 * @param archivedAt when the account was archived for inactivity, or {@code null}
 * @param archiveReason why it was archived, or {@code null}
 * @param reengagedAt when the user was last sent a re-engagement e-mail, or {@code null}
 * @param profile optional profile fields
 */
public record UserAccount(
    String id,
    String email,
    String firstName,
    String lastName,
    Role role,
    boolean emailVerified,
    Instant createdAt,
    @Nullable Instant lastLoginAt,
    @Nullable Instant deletedAt,
    @Nullable Instant lockedUntil,
    @Nullable String lockReason,
    @Nullable Instant archivedAt,
    @Nullable String archiveReason,
    @Nullable Instant reengagedAt,
    UserProfile profile) {

  /** Validates the required fields. */
  public UserAccount {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(email, "email must not be null");
    Objects.requireNonNull(firstName, "firstName must not be null");
    Objects.requireNonNull(lastName, "lastName must not be null");
    Objects.requireNonNull(role, "role must not be null");
    Objects.requireNonNull(createdAt, "createdAt must not be null");
    Objects.requireNonNull(profile, "profile must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (email.isBlank()) {
      throw new IllegalArgumentException("email must not be blank");
    }
  }

  /** A builder with the required fields; everything else starts empty. */
  public static Builder builder(String id, String email, Role role, Instant createdAt) {
    return new Builder(id, email, role, createdAt);
  }

  /** A builder that starts from this account. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Neither deleted nor archived. A locked account is still active. */
  public boolean active() {
    return deletedAt == null && archivedAt == null;
  }

  /** Whether logins are refused at the given instant. */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * The start of the current inactivity period: the last login, or the registration for a user who
   * never logged in.
   */
  public Instant lastActiveAt() {
    return lastLoginAt != null ? lastLoginAt : createdAt;
  }

  /** First and last name, trimmed; the greeting name for e-mails. */
  public String displayName() {
    return (firstName.trim() + " " + lastName.trim()).trim();
  }

  @Override
  public String toString() {
    return "UserAccount[id="
        + id
        + ", role="
        + role
        + ", emailVerified="
        + emailVerified
        + ", createdAt="
        + createdAt
        + ", lastLoginAt="
        + lastLoginAt
        + ", active="
        + active()
        + ", lockedUntil="
        + lockedUntil
        + "]";
  }

  /** Builds {@link UserAccount}s; the workflows' test data and host apps use it. */
  public static final class Builder {
    private String id;
    private String email;
    private String firstName = "";
    private String lastName = "";
    private Role role;
    private boolean emailVerified;
    private Instant createdAt;
    private @Nullable Instant lastLoginAt;
    private @Nullable Instant deletedAt;
    private @Nullable Instant lockedUntil;
    private @Nullable String lockReason;
    private @Nullable Instant archivedAt;
    private @Nullable String archiveReason;
    private @Nullable Instant reengagedAt;
    private UserProfile profile = UserProfile.empty();

    private Builder(String id, String email, Role role, Instant createdAt) {
      this.id = id;
      this.email = email;
      this.role = role;
      this.createdAt = createdAt;
    }

    private Builder(UserAccount user) {
      this(user.id, user.email, user.role, user.createdAt);
      firstName = user.firstName;
      lastName = user.lastName;
      emailVerified = user.emailVerified;
      lastLoginAt = user.lastLoginAt;
      deletedAt = user.deletedAt;
      lockedUntil = user.lockedUntil;
      lockReason = user.lockReason;
      archivedAt = user.archivedAt;
      archiveReason = user.archiveReason;
      reengagedAt = user.reengagedAt;
      profile = user.profile;
    }

    /** Sets the id. */
    public Builder id(String value) {
      id = value;
      return this;
    }

    /** Sets the e-mail address. */
    public Builder email(String value) {
      email = value;
      return this;
    }

    /** Sets the first and last name. */
    public Builder name(String first, String last) {
      firstName = first;
      lastName = last;
      return this;
    }

    /** Sets the role. */
    public Builder role(Role value) {
      role = value;
      return this;
    }

    /** Sets whether the e-mail address is verified. */
    public Builder emailVerified(boolean value) {
      emailVerified = value;
      return this;
    }

    /** Sets the registration time. */
    public Builder createdAt(Instant value) {
      createdAt = value;
      return this;
    }

    /** Sets the last successful login. */
    public Builder lastLoginAt(@Nullable Instant value) {
      lastLoginAt = value;
      return this;
    }

    /** Sets the soft-delete time. */
    public Builder deletedAt(@Nullable Instant value) {
      deletedAt = value;
      return this;
    }

    /** Sets the lock. */
    public Builder locked(@Nullable Instant until, @Nullable String reason) {
      lockedUntil = until;
      lockReason = reason;
      return this;
    }

    /** Sets the archive state. */
    public Builder archived(@Nullable Instant at, @Nullable String reason) {
      archivedAt = at;
      archiveReason = reason;
      return this;
    }

    /** Sets the last re-engagement e-mail time. */
    public Builder reengagedAt(@Nullable Instant value) {
      reengagedAt = value;
      return this;
    }

    /** Sets the profile. */
    public Builder profile(UserProfile value) {
      profile = value;
      return this;
    }

    /** Builds and validates the account. */
    public UserAccount build() {
      return new UserAccount(
          id,
          email,
          firstName,
          lastName,
          role,
          emailVerified,
          createdAt,
          lastLoginAt,
          deletedAt,
          lockedUntil,
          lockReason,
          archivedAt,
          archiveReason,
          reengagedAt,
          profile);
    }
  }
}
