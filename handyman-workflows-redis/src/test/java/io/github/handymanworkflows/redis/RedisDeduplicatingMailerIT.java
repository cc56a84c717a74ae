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

import io.github.handymanworkflows.mail.MailDeliveryException;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.MailReceipt;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.test.contract.MailerContract;
import io.github.handymanworkflows.test.redis.LocalRedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mailer contract over a provider fake that does NOT de-duplicate, so every duplicate the
 * contract rules out must be stopped by the Redis keys.
 */
class RedisDeduplicatingMailerIT extends MailerContract {

  private final List<RedisConnection> connections = new ArrayList<>();
  private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private RedisConnection redis;

  /** Delivers every call it gets; fails while {@code failuresLeft} is positive. */
  private final Mailer provider =
      message -> {
        if (failuresLeft.getAndDecrement() > 0) {
          throw new MailDeliveryException("provider unavailable", null);
        }
        deliveries
            .computeIfAbsent(message.idempotencyKey(), k -> new AtomicInteger())
            .incrementAndGet();
        return new MailReceipt("provider-" + ids.incrementAndGet(), false);
      };

  @Override
  protected Mailer createMailer() {
    redis = SharedRedis.connection();
    connections.add(redis);
    return new RedisDeduplicatingMailer(provider, redis);
  }

  @Override
  protected int deliveredCount(String idempotencyKey) {
    AtomicInteger count = deliveries.get(idempotencyKey);
    return count == null ? 0 : count.get();
  }

  @AfterEach
  void closeConnections() {
    connections.forEach(RedisConnection::close);
  }

  @Test
  void aFailedSendReleasesItsKeySoTheRetrySends() {
    failuresLeft.set(1);
    MailMessage message = message("contract:retry");

    assertThatThrownBy(() -> mailer().send(message)).isInstanceOf(MailDeliveryException.class);
    MailReceipt retried = mailer().send(message);

    assertThat(retried.duplicate()).isFalse();
    assertThat(deliveredCount("contract:retry")).isEqualTo(1);
  }

  @Test
  void aSentKeyExpiresAfterTheRetention() {
    mailer().send(message("contract:ttl"));

    assertThat(SharedRedis.pttl(redis, "mail:contract:ttl"))
        .isBetween(1L, RedisDeduplicatingMailer.DEFAULT_RETENTION.toMillis());
  }

  @Test
  void anotherInstanceSeesTheKeySentByTheFirst() {
    mailer().send(message("contract:shared"));
    Mailer otherInstance = new RedisDeduplicatingMailer(provider, redis);

    assertThat(otherInstance.send(message("contract:shared")).duplicate()).isTrue();
    assertThat(deliveredCount("contract:shared")).isEqualTo(1);
  }

  @Test
  void withRedisDownSendingFailsRetriablyAndSendsNothing() {
    LocalRedisServer down = LocalRedisServer.start();
    String uri = down.uri();
    down.close();
    RedisConnection unreachable =
        RedisConnection.open(
            new RedisSettings(uri, "x:", Duration.ofSeconds(2), Duration.ofSeconds(2), null));
    connections.add(unreachable);
    Mailer mailer = new RedisDeduplicatingMailer(provider, unreachable);

    assertThatThrownBy(() -> mailer.send(message("contract:down")))
        .isInstanceOf(MailDeliveryException.class)
        .hasMessageNotContaining(uri);
    assertThat(deliveredCount("contract:down")).isZero();
  }
}
