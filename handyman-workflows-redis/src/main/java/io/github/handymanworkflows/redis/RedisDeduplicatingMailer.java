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

import io.github.handymanworkflows.mail.MailDeliveryException;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.MailReceipt;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.redis.internal.LuaScript;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps any {@link Mailer} with e-mail de-duplication keys in Redis, shared by every instance of
 * the app: a message whose idempotency key was already sent is not handed to the wrapped mailer
 * again, and its first receipt comes back with {@code duplicate = true}.
 *
 * <p>One key per logical e-mail, {@code mail:<idempotencyKey>} after the prefix. Before sending, a
 * Lua script claims it ({@code pending}, expiring after the claim time); after the wrapped mailer
 * accepted the message it holds the receipt ({@code sent}) for the retention (7 days unless given).
 * A concurrent send of the same key waits for the claim to resolve. If the wrapped mailer fails,
 * the claim is released so a retry can send. If the process dies between the provider's answer and
 * the {@code sent} write, the claim expires and a retry sends again: providers that honour the
 * idempotency key themselves (Resend does, for 24 hours) still deliver once.
 *
 * <p>While Redis is unreachable, sends fail with a retriable {@link MailDeliveryException} rather
 * than risk a duplicate.
 */
public final class RedisDeduplicatingMailer implements Mailer {

  private static final Logger LOGGER = LoggerFactory.getLogger(RedisDeduplicatingMailer.class);

  /** How long a sent key is remembered unless given. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

  /** How long a claim lasts unless given: longer than any send should take. */
  public static final Duration DEFAULT_CLAIM = Duration.ofMinutes(5);

  private static final String PENDING = "pending:";
  private static final String SENT = "sent:";

  private static final LuaScript CLAIM =
      LuaScript.of(
          """
          local v = redis.call('GET', KEYS[1])
          if v then return v end
          redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
          return ARGV[1]
          """);

  private static final LuaScript RELEASE =
      LuaScript.of(
          """
          if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
          return 0
          """);

  private final Mailer delegate;
  private final RedisConnection redis;
  private final Duration retention;
  private final Duration claim;

  /** Wraps {@code delegate} with the default retention and claim time. */
  public RedisDeduplicatingMailer(Mailer delegate, RedisConnection redis) {
    this(delegate, redis, DEFAULT_RETENTION, DEFAULT_CLAIM);
  }

  /**
   * Wraps {@code delegate}.
   *
   * @param delegate the mailer that sends
   * @param redis the connection
   * @param retention how long a sent key is remembered; positive
   * @param claim how long a send may hold its key before another may try; positive; a concurrent
   *     send of the same key waits at most this long
   */
  public RedisDeduplicatingMailer(
      Mailer delegate, RedisConnection redis, Duration retention, Duration claim) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    this.redis = Objects.requireNonNull(redis, "redis must not be null");
    this.retention = Objects.requireNonNull(retention, "retention must not be null");
    this.claim = Objects.requireNonNull(claim, "claim must not be null");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive");
    }
    if (claim.isNegative() || claim.isZero()) {
      throw new IllegalArgumentException("claim must be positive");
    }
  }

  /** The wrapped mailer. */
  public Mailer delegate() {
    return delegate;
  }

  @Override
  public MailReceipt send(MailMessage message) {
    Objects.requireNonNull(message, "message must not be null");
    String key = redis.key("mail:" + message.idempotencyKey());
    String token = PENDING + UUID.randomUUID();
    long deadline = System.nanoTime() + claim.toNanos();
    long pause = 5;
    while (true) {
      String current = claim(key, token);
      if (current.equals(token)) {
        break;
      }
      if (current.startsWith(SENT)) {
        return new MailReceipt(current.substring(SENT.length()), true);
      }
      if (System.nanoTime() > deadline) {
        throw new MailDeliveryException(
            "email " + message.idempotencyKey() + " is being sent by another worker", null);
      }
      pause = pauseBriefly(pause);
    }
    MailReceipt receipt;
    try {
      receipt = delegate.send(message);
    } catch (RuntimeException e) {
      release(key, token);
      throw e;
    }
    try {
      redis.call(
          "record a sent email",
          c ->
              c.psetex(
                  key, retention.toMillis(), SENT + Objects.requireNonNull(receipt.messageId())));
    } catch (RedisUnavailableException e) {
      // Sent, but not recorded: the claim expires, and the provider's own key covers a retry.
      LOGGER.warn(
          "Email {} was sent but Redis could not record it ({})",
          message.idempotencyKey(),
          e.getClass().getSimpleName());
    }
    return receipt;
  }

  private String claim(String key, String token) {
    try {
      return redis.eval(
          "claim an email's idempotency key",
          CLAIM,
          ScriptOutputType.VALUE,
          List.of(key),
          List.of(token, Long.toString(claim.toMillis())));
    } catch (RedisUnavailableException e) {
      throw new MailDeliveryException(
          "could not check the email's idempotency key: " + e.getMessage(), e);
    }
  }

  private void release(String key, String token) {
    try {
      redis.eval(
          "release an email's idempotency key",
          RELEASE,
          ScriptOutputType.INTEGER,
          List.of(key),
          List.of(token));
    } catch (RuntimeException e) {
      // The claim then expires by itself; a retry before that waits for it.
      LOGGER.warn(
          "Could not release the claim of a failed email ({})", e.getClass().getSimpleName());
    }
  }

  private static long pauseBriefly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MailDeliveryException("interrupted while waiting for a concurrent send", e);
    }
    return Math.min(millis * 2, 200);
  }
}
