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

import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.test.contract.HealthStateRepositoryContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisHealthStateRepositoryIT extends HealthStateRepositoryContract {

  private final List<RedisConnection> connections = new ArrayList<>();
  private RedisConnection redis;

  @Override
  protected HealthStateRepository newRepository() {
    redis = SharedRedis.connection();
    connections.add(redis);
    return new RedisHealthStateRepository(redis);
  }

  @AfterEach
  void closeConnections() {
    connections.forEach(RedisConnection::close);
  }

  @Test
  void aProbesStateExpiresAfterTheRetention() {
    states.record("mongo", HealthStatus.UP, NOW);

    assertThat(SharedRedis.pttl(redis, "health:mongo"))
        .isBetween(1L, RedisHealthStateRepository.DEFAULT_RETENTION.toMillis());
  }

  @Test
  void instantsRoundTripToTheNanosecond() {
    Instant precise = Instant.parse("2026-11-26T09:15:00.000000001Z");
    states.record("mongo", HealthStatus.DOWN, precise);

    assertThat(states.find("mongo").orElseThrow().since()).isEqualTo(precise);
    assertThat(states.record("mongo", HealthStatus.UP, precise.minusNanos(1)).changed()).isFalse();
    assertThat(states.record("mongo", HealthStatus.UP, precise.plus(Duration.ofNanos(1))).changed())
        .isTrue();
  }
}
