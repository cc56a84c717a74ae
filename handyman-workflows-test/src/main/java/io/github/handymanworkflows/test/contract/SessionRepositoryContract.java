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

import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.session.SessionRepository;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics every {@link SessionRepository} must have. Extend it and return an empty repository
 * from {@link #newRepository()}.
 */
public abstract class SessionRepositoryContract {

  /** A reference "now": 2026-11-26T02:00:00Z. */
  protected static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

  /** The repository under test, fresh for each test. */
  protected SessionRepository sessions;

  /** An empty repository; called before each test. */
  protected abstract SessionRepository newRepository();

  @BeforeEach
  void createRepository() {
    sessions = newRepository();
  }

  @Test
  void returnsWhatWasSaved() {
    SessionRecord session = session("s-1", "u-1", NOW.plusSeconds(60));

    sessions.save(session);

    assertThat(sessions.find("s-1")).contains(session);
    assertThat(sessions.find("s-2")).isEmpty();
  }

  @Test
  void saveReplacesTheSessionWithTheSameId() {
    sessions.save(session("s-1", "u-1", NOW.plusSeconds(60)));
    SessionRecord touched =
        new SessionRecord("s-1", "u-1", NOW.minusSeconds(60), NOW.plusSeconds(60), NOW);

    sessions.save(touched);

    assertThat(sessions.find("s-1")).contains(touched);
  }

  @Test
  void deleteEndsOneSession() {
    sessions.save(session("s-1", "u-1", NOW.plusSeconds(60)));

    assertThat(sessions.delete("s-1")).isTrue();
    assertThat(sessions.delete("s-1")).isFalse();
    assertThat(sessions.find("s-1")).isEmpty();
  }

  @Test
  void deleteForUserEndsEverySessionOfThatUserOnly() {
    sessions.save(session("s-1", "u-1", NOW.plusSeconds(60)));
    sessions.save(session("s-2", "u-1", NOW.plusSeconds(60)));
    sessions.save(session("s-3", "u-2", NOW.plusSeconds(60)));

    assertThat(sessions.deleteForUser("u-1")).isEqualTo(2);

    assertThat(sessions.find("s-1")).isEmpty();
    assertThat(sessions.find("s-3")).isPresent();
  }

  @Test
  void deleteExpiredRemovesOnlySessionsThatExpiredStrictlyBefore() {
    sessions.save(session("expired", "u-1", NOW.minusSeconds(1)));
    sessions.save(session("at-cutoff", "u-1", NOW));
    sessions.save(session("valid", "u-1", NOW.plusSeconds(1)));

    assertThat(sessions.deleteExpired(NOW, 100)).isEqualTo(1);

    assertThat(sessions.find("expired")).isEmpty();
    assertThat(sessions.find("at-cutoff")).isPresent();
    assertThat(sessions.find("valid")).isPresent();
  }

  @Test
  void deleteExpiredDeletesAtMostTheLimitAndALoopDrainsTheRest() {
    for (int i = 0; i < 7; i++) {
      sessions.save(session("s-" + i, "u-1", NOW.minusSeconds(i + 1)));
    }

    assertThat(sessions.deleteExpired(NOW, 3)).isEqualTo(3);
    assertThat(sessions.deleteExpired(NOW, 3)).isEqualTo(3);
    assertThat(sessions.deleteExpired(NOW, 3)).isEqualTo(1);
    assertThat(sessions.deleteExpired(NOW, 3)).isZero();
  }

  @Test
  void deleteExpiredRejectsANonPositiveLimit() {
    assertThatThrownBy(() -> sessions.deleteExpired(NOW, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  /** A session that started a week before {@code expiresAt} and was last seen when it started. */
  protected static SessionRecord session(String id, String userId, Instant expiresAt) {
    Instant createdAt = expiresAt.minus(Duration.ofDays(7));
    return new SessionRecord(id, userId, createdAt, expiresAt, createdAt);
  }
}
