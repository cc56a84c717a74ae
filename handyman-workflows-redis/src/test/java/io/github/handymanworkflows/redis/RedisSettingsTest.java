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
