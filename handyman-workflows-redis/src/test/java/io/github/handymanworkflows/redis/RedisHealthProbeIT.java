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

import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.test.contract.HealthProbeContract;
import io.github.handymanworkflows.test.redis.LocalRedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The probe against a password-protected server: the right password, and a wrong one. */
class RedisHealthProbeIT extends HealthProbeContract {

  private static final String PASSWORD = "probe-s3cret-Xq9";
  private static LocalRedisServer server;
  private final List<RedisConnection> connections = new ArrayList<>();

  @BeforeAll
  static void startServer() {
    server = LocalRedisServer.builder().password(PASSWORD).start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @AfterEach
  void closeConnections() {
    connections.forEach(RedisConnection::close);
  }

  @Override
  protected HealthProbe healthyProbe() {
    return probe(server.uri());
  }

  @Override
  protected HealthProbe failingProbe() {
    return probe("redis://:wrong-" + PASSWORD + "@127.0.0.1:" + server.port());
  }

  @Override
  protected Set<String> secrets() {
    return Set.of(PASSWORD, "wrong-" + PASSWORD);
  }

  private HealthProbe probe(String uri) {
    RedisConnection redis = RedisConnection.open(RedisSettings.of(uri));
    connections.add(redis);
    return new RedisHealthProbe(redis, Duration.ofSeconds(5));
  }

  @Test
  void aServerThatIsNotListeningIsDown() {
    LocalRedisServer other = LocalRedisServer.start();
    String uri = other.uri();
    other.close();

    var result = probe(uri).check();

    assertThat(result.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(result.detail()).isEqualTo("RedisUnavailableException");
  }
}
