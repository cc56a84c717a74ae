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

import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.domain.Role;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A {@link UserRepository} in a map: the embedded default, for tests and single-node runs. Data is
 * lost on restart.
 */
public final class InMemoryUserRepository implements UserRepository {

  private final ConcurrentHashMap<String, UserAccount> users = new ConcurrentHashMap<>();

  /** An empty repository. */
  @Inject
  public InMemoryUserRepository() {}

  @Override
  public Optional<UserAccount> find(String userId) {
    Objects.requireNonNull(userId, "userId must not be null");
    return Optional.ofNullable(users.get(userId));
  }

  @Override
  public void save(UserAccount user) {
    Objects.requireNonNull(user, "user must not be null");
    users.put(user.id(), user);
  }

  @Override
  public boolean recordLogin(String userId, Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    return update(
        userId,
        user ->
            user.lastLoginAt() != null && !at.isAfter(user.lastLoginAt())
                ? user
                : user.toBuilder().lastLoginAt(at).build());
  }

  @Override
  public boolean lock(String userId, Instant until, String reason) {
    Objects.requireNonNull(until, "until must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    return update(userId, user -> user.toBuilder().locked(until, reason).build());
  }

  @Override
  public boolean archive(String userId, String reason, Instant at) {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(at, "at must not be null");
    boolean[] archived = {false};
    users.computeIfPresent(
        userId,
        (id, user) -> {
          if (!user.active()) {
            return user;
          }
          archived[0] = true;
          return user.toBuilder().archived(at, reason).build();
        });
    return archived[0];
  }

  @Override
  public boolean markReengaged(String userId, Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    return update(userId, user -> user.toBuilder().reengagedAt(at).build());
  }

  @Override
  public Page<UserAccount> findInactive(
      Instant lastActiveBefore, @Nullable String afterId, int limit) {
    return scan(inactiveSince(lastActiveBefore), afterId, limit);
  }

  @Override
  public Page<UserAccount> findDueForReengagement(
      Instant lastActiveBefore, @Nullable String afterId, int limit) {
    Predicate<UserAccount> notReengaged =
        user -> user.reengagedAt() == null || user.reengagedAt().isBefore(user.lastActiveAt());
    return scan(inactiveSince(lastActiveBefore).and(notReengaged), afterId, limit);
  }

  @Override
  public Page<UserAccount> findActiveByRole(Role role, @Nullable String afterId, int limit) {
    Objects.requireNonNull(role, "role must not be null");
    return scan(user -> user.active() && user.role() == role, afterId, limit);
  }

  @Override
  public long countCreated(Instant from, Instant to) {
    requireWindow(from, to);
    return users.values().stream().filter(user -> within(user.createdAt(), from, to)).count();
  }

  @Override
  public long countActive(Instant from, Instant to) {
    requireWindow(from, to);
    return users.values().stream()
        .filter(user -> user.lastLoginAt() != null && within(user.lastLoginAt(), from, to))
        .count();
  }

  @Override
  public Map<Role, Long> countByRole(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    Map<Role, Long> counts = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      counts.put(role, 0L);
    }
    for (UserAccount user : users.values()) {
      if (user.createdAt().isBefore(asOf)
          && !endedBefore(user.deletedAt(), asOf)
          && !endedBefore(user.archivedAt(), asOf)) {
        counts.merge(user.role(), 1L, Long::sum);
      }
    }
    return Map.copyOf(counts);
  }

  private boolean update(String userId, UnaryOperator<UserAccount> change) {
    Objects.requireNonNull(userId, "userId must not be null");
    return users.computeIfPresent(userId, (id, user) -> change.apply(user)) != null;
  }

  private Page<UserAccount> scan(
      Predicate<UserAccount> filter, @Nullable String afterId, int limit) {
    return Page.slice(users.values().stream().filter(filter), UserAccount::id, afterId, limit);
  }

  private static Predicate<UserAccount> inactiveSince(Instant lastActiveBefore) {
    Objects.requireNonNull(lastActiveBefore, "lastActiveBefore must not be null");
    return user ->
        user.active()
            && user.role() != Role.ADMIN
            && user.lastActiveAt().isBefore(lastActiveBefore);
  }

  private static boolean endedBefore(@Nullable Instant endedAt, Instant asOf) {
    return endedAt != null && endedAt.isBefore(asOf);
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  private static void requireWindow(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
  }
}
