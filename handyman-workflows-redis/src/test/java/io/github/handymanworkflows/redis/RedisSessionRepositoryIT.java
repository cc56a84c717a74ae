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
package io.github.handymanworkflows.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.test.contract.SessionRepositoryContract;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisSessionRepositoryIT extends SessionRepositoryContract {

  private final List<RedisConnection> connections = new ArrayList<>();
  private RedisConnection redis;

  @Override
  protected SessionRepository newRepository() {
    redis = SharedRedis.connection();
    connections.add(redis);
    return new RedisSessionRepository(redis, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void closeConnections() {
    connections.forEach(RedisConnection::close);
  }

  @Test
  void aSessionKeyExpiresTheGracePeriodAfterTheSession() {
    sessions.save(session("s-1", "u-1", NOW.plus(Duration.ofHours(2))));

    long ttl = SharedRedis.pttl(redis, "session:id:s-1");
    Duration expected = Duration.ofHours(2).plus(RedisSessionRepository.DEFAULT_GRACE);
    assertThat(ttl).isBetween(expected.toMillis() - 60_000, expected.toMillis());
  }

  @Test
  void everyKeyItWritesExpires() {
    sessions.save(session("s-1", "u-1", NOW.plusSeconds(60)));
    sessions.save(session("s-2", "u-2", NOW.minusSeconds(60)));

    List<String> keys = SharedRedis.keys(redis);
    assertThat(keys).hasSize(5);
    for (String key : keys) {
      assertThat(SharedRedis.pttl(redis, key.substring(redis.keyPrefix().length())))
          .as(key)
          .isPositive();
    }
  }

  @Test
  void movingASessionToAnotherUserRemovesItFromTheFormerUser() {
    sessions.save(session("s-1", "u-1", NOW.plusSeconds(60)));
    SessionRecord moved = session("s-1", "u-2", NOW.plusSeconds(60));
    sessions.save(moved);

    assertThat(sessions.deleteForUser("u-1")).isZero();
    assertThat(sessions.find("s-1")).contains(moved);
    assertThat(sessions.deleteForUser("u-2")).isEqualTo(1);
  }

  @Test
  void deletingLeavesNoIndexEntriesBehind() {
    sessions.save(session("s-1", "u-1", NOW.minusSeconds(60)));
    sessions.save(session("s-2", "u-1", NOW.plusSeconds(60)));

    sessions.deleteExpired(NOW, 10);
    sessions.delete("s-2");

    assertThat(SharedRedis.keys(redis)).isEmpty();
  }
}
