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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.test.redis.LocalRedisServer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A {@code rediss://} URI with a password, against a redis-server that speaks only TLS. */
class RedisTlsIT {

  private static final String PASSWORD = "tls-s3cret-Pw7";
  private static Path certificate;
  private static LocalRedisServer server;

  @BeforeAll
  static void startServer() throws URISyntaxException {
    certificate = resource("tls/redis-test.crt");
    server =
        LocalRedisServer.builder()
            .password(PASSWORD)
            .tls(certificate, resource("tls/redis-test.key"))
            .start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void worksOverTlsWithAPasswordAndATrustedCertificate() {
    assertThat(server.uri()).startsWith("rediss://:");
    RedisSettings settings = RedisSettings.of(server.uri()).withTrustedCertificates(certificate);
    try (RedisConnection redis = RedisConnection.connect(settings)) {
      RedisLoginAttemptTracker tracker = new RedisLoginAttemptTracker(redis);
      Instant now = Instant.parse("2026-11-26T06:00:00Z");
      tracker.recordFailure("u-1", now);

      assertThat(tracker.countFailures("u-1", now)).isEqualTo(1);
      assertThat(new RedisHealthProbe(redis, Duration.ofSeconds(5)).check().status())
          .isEqualTo(HealthStatus.UP);
    }
    assertThat(settings.toString()).doesNotContain(PASSWORD).contains("rediss://");
  }

  @Test
  void refusesAServerWhoseCertificateIsNotTrusted() {
    RedisSettings untrusted = RedisSettings.of(server.uri());

    assertThatThrownBy(() -> RedisConnection.connect(untrusted))
        .isInstanceOf(RedisUnavailableException.class)
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void refusesTheWrongPassword() {
    RedisSettings wrong =
        RedisSettings.of("rediss://:not-it@127.0.0.1:" + server.port())
            .withTrustedCertificates(certificate);

    assertThatThrownBy(() -> RedisConnection.connect(wrong))
        .isInstanceOf(RedisUnavailableException.class)
        .hasMessageNotContaining("not-it");
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(RedisTlsIT.class.getClassLoader().getResource(name).toURI());
  }
}
