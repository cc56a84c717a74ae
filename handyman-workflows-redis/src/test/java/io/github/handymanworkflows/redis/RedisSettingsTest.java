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

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisSettingsTest {

  @Test
  void parsesPasswordAndTlsUrisAndNeverPrintsThePassword() {
    RedisSettings plain = RedisSettings.of("redis://:hunter2@cache.internal:6380/2");
    RedisSettings tls = RedisSettings.of("rediss://app:hunter2@cache.internal:6390");

    assertThat(plain.tls()).isFalse();
    assertThat(plain.redisUri().getDatabase()).isEqualTo(2);
    assertThat(tls.tls()).isTrue();
    assertThat(plain.toString() + tls).doesNotContain("hunter2").contains("credentials set");
  }

  @Test
  void aMalformedUriIsRejectedWithoutQuotingIt() {
    assertThatThrownBy(() -> RedisSettings.of("http://:hunter2@cache:6379"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("uri is not a valid Redis URI")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> RedisSettings.of(" ")).hasMessageContaining("uri must not be blank");
  }

  @Test
  void rejectsAPrefixWithWhitespaceAndNonPositiveTimeouts() {
    assertThatThrownBy(() -> RedisSettings.of("redis://localhost").withKeyPrefix("a b"))
        .hasMessageContaining("keyPrefix");
    assertThatThrownBy(
            () ->
                new RedisSettings(
                    "redis://localhost", "p:", Duration.ZERO, Duration.ofSeconds(1), null))
        .hasMessageContaining("commandTimeout");
  }
}
