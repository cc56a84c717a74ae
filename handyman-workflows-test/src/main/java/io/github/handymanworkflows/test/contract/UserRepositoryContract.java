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
package io.github.handymanworkflows.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The semantics every {@link UserRepository} must have. Extend it and return an empty repository
 * from {@link #newRepository()}.
 */
public abstract class UserRepositoryContract {

  /** A reference "now" for the tests: 2026-11-26T09:00:00Z. */
  protected static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

  private static final Instant CUTOFF = NOW.minus(Duration.ofDays(30));

  /** The repository under test, fresh for each test. */
  protected UserRepository users;

  /** An empty repository; called before each test. */
  protected abstract UserRepository newRepository();

  @BeforeEach
  void createRepository() {
    users = newRepository();
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(users.find("nobody")).isEmpty();
  }

  @Test
  void returnsWhatWasSavedWithEveryField() {
    UserAccount handyman =
        TestUsers.handyman("u-1")
            .lastLoginAt(NOW.minusSeconds(60))
            .locked(NOW.plusSeconds(3600), "too many failures")
            .archived(NOW.minusSeconds(30), "inactive")
            .reengagedAt(NOW.minusSeconds(10))
            .deletedAt(NOW.minusSeconds(5))
            .build();

    users.save(handyman);

    assertThat(users.find("u-1")).contains(handyman);
  }

  @Test
  void saveReplacesTheAccountWithTheSameId() {
    users.save(TestUsers.customer("u-1").build());
    UserAccount renamed = TestUsers.customer("u-1").name("Chidi", "Eze").build();

    users.save(renamed);

    assertThat(users.find("u-1")).contains(renamed);
  }

  @Test
  void recordLoginMovesLastLoginForwardOnly() {
    users.save(TestUsers.customer("u-1").build());

    assertThat(users.recordLogin("u-1", NOW)).isTrue();
    assertThat(users.recordLogin("u-1", NOW.minusSeconds(3600))).isTrue();

    assertThat(users.find("u-1").orElseThrow().lastLoginAt()).isEqualTo(NOW);
  }

  @Test
  void updatesReportUnknownUsers() {
    assertThat(users.recordLogin("nobody", NOW)).isFalse();
    assertThat(users.lock("nobody", NOW, "reason")).isFalse();
    assertThat(users.archive("nobody", "reason", NOW)).isFalse();
    assertThat(users.markReengaged("nobody", NOW)).isFalse();
    assertThat(users.find("nobody")).isEmpty();
  }

  @Test
  void lockSetsTheUnlockTimeAndReason() {
    users.save(TestUsers.customer("u-1").build());

    assertThat(users.lock("u-1", NOW.plus(Duration.ofHours(24)), "failed logins")).isTrue();

    UserAccount locked = users.find("u-1").orElseThrow();
    assertThat(locked.lockedUntil()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    assertThat(locked.lockReason()).isEqualTo("failed logins");
    assertThat(locked.lockedAt(NOW)).isTrue();
    assertThat(locked.active()).isTrue();
  }

  @Test
  void archiveArchivesAnActiveAccountOnceAndKeepsTheFirstReason() {
    users.save(TestUsers.customer("u-1").build());

    assertThat(users.archive("u-1", "inactive for 6 months", NOW)).isTrue();
    assertThat(users.archive("u-1", "again", NOW.plusSeconds(60))).isFalse();

    UserAccount archived = users.find("u-1").orElseThrow();
    assertThat(archived.archivedAt()).isEqualTo(NOW);
    assertThat(archived.archiveReason()).isEqualTo("inactive for 6 months");
    assertThat(archived.active()).isFalse();
  }

  @Test
  void archiveLeavesDeletedAccountsAlone() {
    users.save(TestUsers.customer("u-1").deletedAt(NOW.minusSeconds(60)).build());

    assertThat(users.archive("u-1", "inactive", NOW)).isFalse();
    assertThat(users.find("u-1").orElseThrow().archivedAt()).isNull();
  }

  @Test
  void findInactiveReturnsActiveCustomersAndHandymenLastActiveBeforeTheCutoff() {
    Instant old = CUTOFF.minus(Duration.ofDays(1));
    users.save(TestUsers.customer("old-login").lastLoginAt(old).build());
    users.save(TestUsers.handyman("old-handyman").lastLoginAt(old).build());
    users.save(TestUsers.customer("never-logged-in").createdAt(old).build());
    users.save(TestUsers.customer("recent").lastLoginAt(CUTOFF).build());
    users.save(TestUsers.customer("new-never-logged-in").createdAt(CUTOFF).build());
    users.save(TestUsers.admin("admin").lastLoginAt(old).build());
    users.save(TestUsers.customer("archived").lastLoginAt(old).archived(old, "x").build());
    users.save(TestUsers.customer("deleted").lastLoginAt(old).deletedAt(old).build());

    assertThat(ids(users.findInactive(CUTOFF, null, 100)))
        .containsExactly("never-logged-in", "old-handyman", "old-login");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 25, 100})
  void pagingVisitsEveryInactiveUserExactlyOnceInIdOrder(int pageSize) {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String id = String.format("user-%03d", i);
      expected.add(id);
      users.save(TestUsers.customer(id).lastLoginAt(CUTOFF.minusSeconds(i + 1)).build());
    }
    users.save(TestUsers.customer("zz-active").lastLoginAt(NOW).build());

    List<String> seen =
        drain((afterId, limit) -> users.findInactive(CUTOFF, afterId, limit), pageSize);

    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void theLastPageHasNoCursorEvenWhenItIsFull() {
    for (int i = 0; i < 4; i++) {
      users.save(TestUsers.customer("u-" + i).lastLoginAt(CUTOFF.minusSeconds(1)).build());
    }

    Page<UserAccount> first = users.findInactive(CUTOFF, null, 2);
    Page<UserAccount> second = users.findInactive(CUTOFF, first.nextCursor(), 2);

    assertThat(first.items()).hasSize(2);
    assertThat(first.nextCursor()).isEqualTo("u-1");
    assertThat(second.items()).hasSize(2);
    assertThat(second.nextCursor()).isNull();
  }

  @Test
  void anEmptyScanIsOneEmptyLastPage() {
    Page<UserAccount> page = users.findInactive(CUTOFF, null, 10);

    assertThat(page.items()).isEmpty();
    assertThat(page.hasNext()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void scansRejectANonPositiveLimit(int limit) {
    assertThatThrownBy(() -> users.findInactive(CUTOFF, null, limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> users.findActiveByRole(Role.ADMIN, null, limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void reengagementIsDueOncePerInactivityPeriod() {
    Instant old = CUTOFF.minus(Duration.ofDays(10));
    users.save(TestUsers.customer("u-1").lastLoginAt(old).build());
    assertThat(ids(users.findDueForReengagement(CUTOFF, null, 10))).containsExactly("u-1");

    users.markReengaged("u-1", CUTOFF.plusSeconds(1));
    assertThat(ids(users.findDueForReengagement(CUTOFF, null, 10))).isEmpty();
    assertThat(ids(users.findInactive(CUTOFF, null, 10))).containsExactly("u-1");

    // The user comes back, then goes quiet again: a new period, one more e-mail.
    Instant laterLogin = CUTOFF.plus(Duration.ofDays(1));
    users.recordLogin("u-1", laterLogin);
    Instant laterCutoff = laterLogin.plus(Duration.ofDays(31));
    assertThat(ids(users.findDueForReengagement(laterCutoff, null, 10))).containsExactly("u-1");
  }

  @Test
  void reengagementSkipsArchivedDeletedAndAdminUsers() {
    Instant old = CUTOFF.minus(Duration.ofDays(10));
    users.save(TestUsers.customer("archived").lastLoginAt(old).archived(old, "x").build());
    users.save(TestUsers.customer("deleted").lastLoginAt(old).deletedAt(old).build());
    users.save(TestUsers.admin("admin").lastLoginAt(old).build());
    users.save(TestUsers.handyman("due").lastLoginAt(old).build());

    assertThat(ids(users.findDueForReengagement(CUTOFF, null, 10))).containsExactly("due");
  }

  @Test
  void markingUsersWhileScanningStillVisitsEachOnce() {
    for (int i = 0; i < 10; i++) {
      users.save(TestUsers.customer("u-" + i).lastLoginAt(CUTOFF.minusSeconds(100)).build());
    }

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<UserAccount> page = users.findDueForReengagement(CUTOFF, cursor, 3);
      for (UserAccount user : page.items()) {
        seen.add(user.id());
        users.markReengaged(user.id(), NOW);
      }
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(seen).hasSize(10).doesNotHaveDuplicates();
    assertThat(users.findDueForReengagement(CUTOFF, null, 10).items()).isEmpty();
  }

  @Test
  void findActiveByRolePagesActiveUsersOfThatRoleOnly() {
    users.save(TestUsers.admin("admin-1").build());
    users.save(TestUsers.admin("admin-2").build());
    users.save(TestUsers.admin("admin-3").deletedAt(NOW).build());
    users.save(TestUsers.admin("admin-4").archived(NOW, "x").build());
    users.save(TestUsers.customer("customer-1").build());

    assertThat(drain((after, limit) -> users.findActiveByRole(Role.ADMIN, after, limit), 1))
        .containsExactly("admin-1", "admin-2");
  }

  @Test
  void countCreatedUsesAHalfOpenWindow() {
    Instant from = Instant.parse("2026-11-25T00:00:00Z");
    Instant to = Instant.parse("2026-11-26T00:00:00Z");
    users.save(TestUsers.customer("before").createdAt(from.minusSeconds(1)).build());
    users.save(TestUsers.customer("at-from").createdAt(from).build());
    users.save(TestUsers.customer("inside").createdAt(to.minusSeconds(1)).build());
    users.save(TestUsers.customer("deleted-inside").createdAt(from).deletedAt(to).build());
    users.save(TestUsers.customer("at-to").createdAt(to).build());

    assertThat(users.countCreated(from, to)).isEqualTo(3);
  }

  @Test
  void countActiveCountsLastLoginsInAHalfOpenWindow() {
    Instant from = Instant.parse("2026-11-25T00:00:00Z");
    Instant to = Instant.parse("2026-11-26T00:00:00Z");
    users.save(TestUsers.customer("never").build());
    users.save(TestUsers.customer("before").lastLoginAt(from.minusSeconds(1)).build());
    users.save(TestUsers.customer("at-from").lastLoginAt(from).build());
    users.save(TestUsers.handyman("inside").lastLoginAt(to.minusSeconds(1)).build());
    users.save(TestUsers.customer("at-to").lastLoginAt(to).build());

    assertThat(users.countActive(from, to)).isEqualTo(2);
  }

  @Test
  void countByRoleCountsUsersAsTheyStoodAtTheInstant() {
    Instant asOf = Instant.parse("2026-11-26T00:00:00Z");
    users.save(TestUsers.customer("c-1").build());
    users.save(TestUsers.customer("c-2").build());
    users.save(TestUsers.customer("c-later").createdAt(asOf).build());
    users.save(TestUsers.customer("c-deleted").deletedAt(asOf.minusSeconds(1)).build());
    users.save(TestUsers.customer("c-archived-after").archived(asOf, "x").build());
    users.save(TestUsers.handyman("h-1").build());

    Map<Role, Long> counts = users.countByRole(asOf);

    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(Role.CUSTOMER, 3L, Role.HANDYMAN, 1L, Role.ADMIN, 0L));
  }

  /** Ids of a page's users. */
  protected static List<String> ids(Page<UserAccount> page) {
    return page.items().stream().map(UserAccount::id).toList();
  }

  private static List<String> drain(
      BiFunction<@Nullable String, Integer, Page<UserAccount>> scan, int pageSize) {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<UserAccount> page = scan.apply(cursor, pageSize);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
      page.items().forEach(user -> seen.add(user.id()));
      cursor = page.nextCursor();
      assertThat(++pages).as("pages fetched").isLessThan(1000);
    } while (cursor != null);
    return seen;
  }
}
