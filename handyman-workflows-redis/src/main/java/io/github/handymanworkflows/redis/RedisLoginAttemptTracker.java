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

import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.redis.internal.Instants;
import io.github.handymanworkflows.redis.internal.LuaScript;
import io.github.handymanworkflows.security.FailedLogins;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LoginAttemptTracker} in Redis: a sliding window per user.
 *
 * <p>Keys (after the prefix):
 *
 * <ul>
 *   <li>{@code login:failures:<userId>}: a sorted set, one member per failure ({@code
 *       seconds:nanos:random}), scored by its time in microseconds. Failures older than the
 *       retention (measured back from the newest recorded) are pruned on every write, at most
 *       {@code maxPerUser} are kept (the oldest go first), and the key expires the retention after
 *       its last write.
 *   <li>{@code login:users}: the user ids with failures, ordered by id, for the monitoring scan. It
 *       expires the retention after the last failure anywhere; ids whose failures expired are
 *       removed by {@link #findUsersWithFailures} (its owner, run by security monitoring).
 * </ul>
 *
 * <p>A failure is recorded by one Lua script, so concurrent failures are all counted, and a member
 * is unique per call, so a command the driver re-sends after a reconnect is not counted twice.
 * While Redis is unreachable every method throws {@link RedisUnavailableException}: the caller
 * should fail closed (refuse the login) rather than forget the attempt. Timestamps count to the
 * microsecond.
 */
public final class RedisLoginAttemptTracker implements LoginAttemptTracker {

  /** How long failures are kept unless given: as long as the in-memory tracker. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

  /** The most failures kept per user unless given. */
  public static final int DEFAULT_MAX_PER_USER = 10_000;

  private static final int SCAN_BATCH = 200;

  private static final LuaScript RECORD =
      LuaScript.of(
          """
          redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
          redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
          local size = redis.call('ZCARD', KEYS[1])
          local cap = tonumber(ARGV[6])
          if size > cap then
            redis.call('ZREMRANGEBYRANK', KEYS[1], 0, size - cap - 1)
          end
          redis.call('PEXPIRE', KEYS[1], ARGV[4])
          redis.call('ZADD', KEYS[2], 0, ARGV[5])
          redis.call('PEXPIRE', KEYS[2], ARGV[4])
          return size
          """);

  private static final LuaScript SCAN =
      LuaScript.of(
          """
          local start = '-'
          if ARGV[2] ~= '' then start = '(' .. ARGV[2] end
          local ids = redis.call('ZRANGEBYLEX', KEYS[1], start, '+', 'LIMIT', 0, tonumber(ARGV[3]))
          local out = {tostring(#ids), ids[#ids] or ''}
          for _, id in ipairs(ids) do
            local key = ARGV[1] .. id
            local n = redis.call('ZCOUNT', key, ARGV[4], '+inf')
            if n == 0 then
              if redis.call('EXISTS', key) == 0 then redis.call('ZREM', KEYS[1], id) end
            elseif n >= tonumber(ARGV[5]) then
              local last = redis.call('ZREVRANGE', key, 0, 0)[1]
              table.insert(out, id)
              table.insert(out, tostring(n))
              table.insert(out, last)
            end
          end
          return out
          """);

  private static final LuaScript CLEAR =
      LuaScript.of(
          """
          redis.call('ZREM', KEYS[2], ARGV[1])
          return redis.call('DEL', KEYS[1])
          """);

  private final RedisConnection redis;
  private final Duration retention;
  private final int maxPerUser;

  /** A tracker with the default retention and per-user cap. */
  @Inject
  public RedisLoginAttemptTracker(RedisConnection redis) {
    this(redis, DEFAULT_RETENTION, DEFAULT_MAX_PER_USER);
  }

  /**
   * A tracker.
   *
   * @param redis the connection
   * @param retention how long failures are kept; at least one day (the lockout window must fit)
   * @param maxPerUser the most failures kept per user; an attack beyond it still counts this many
   */
  public RedisLoginAttemptTracker(RedisConnection redis, Duration retention, int maxPerUser) {
    this.redis = Objects.requireNonNull(redis, "redis must not be null");
    this.retention = Objects.requireNonNull(retention, "retention must not be null");
    if (retention.compareTo(Duration.ofDays(1)) < 0) {
      throw new IllegalArgumentException("retention must be at least one day");
    }
    if (maxPerUser < 1) {
      throw new IllegalArgumentException("maxPerUser must be at least 1");
    }
    this.maxPerUser = maxPerUser;
  }

  @Override
  public void recordFailure(String userId, Instant at) {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(at, "at must not be null");
    String member = Instants.encode(at) + ":" + UUID.randomUUID();
    redis.eval(
        "record a failed login",
        RECORD,
        ScriptOutputType.INTEGER,
        List.of(failuresKey(userId), usersKey()),
        List.of(
            Long.toString(Instants.micros(at)),
            member,
            Long.toString(Instants.micros(at.minus(retention))),
            Long.toString(retention.toMillis()),
            userId,
            Integer.toString(maxPerUser)));
  }

  @Override
  public long countFailures(String userId, Instant since) {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(since, "since must not be null");
    Long count =
        redis.call(
            "count failed logins",
            c ->
                c.zcount(
                    failuresKey(userId),
                    Range.create(
                        (Number) Instants.micros(since), (Number) Double.POSITIVE_INFINITY)));
    return count == null ? 0 : count;
  }

  @Override
  public Page<FailedLogins> findUsersWithFailures(
      int threshold, Instant since, @Nullable String afterId, int limit) {
    Objects.requireNonNull(since, "since must not be null");
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
    Page.requireLimit(limit);
    List<FailedLogins> found = new ArrayList<>(limit + 1);
    String cursor = afterId == null ? "" : afterId;
    while (found.size() <= limit) {
      List<String> reply = scan(cursor, since, threshold);
      int scanned = Integer.parseInt(reply.get(0));
      for (int i = 2; i + 2 < reply.size() && found.size() <= limit; i += 3) {
        found.add(
            new FailedLogins(
                reply.get(i), Long.parseLong(reply.get(i + 1)), Instants.decode(reply.get(i + 2))));
      }
      if (scanned < SCAN_BATCH) {
        break;
      }
      cursor = reply.get(1);
    }
    if (found.size() <= limit) {
      return new Page<>(found, null);
    }
    List<FailedLogins> items = found.subList(0, limit);
    return new Page<>(items, items.get(limit - 1).userId());
  }

  private List<String> scan(String after, Instant since, int threshold) {
    List<Object> raw =
        redis.eval(
            "scan users with failed logins",
            SCAN,
            ScriptOutputType.MULTI,
            List.of(usersKey()),
            List.of(
                redis.key("login:failures:"),
                after,
                Integer.toString(SCAN_BATCH),
                Long.toString(Instants.micros(since)),
                Integer.toString(threshold)));
    List<String> reply = new ArrayList<>(raw.size());
    raw.forEach(value -> reply.add(String.valueOf(value)));
    return reply;
  }

  @Override
  public void clear(String userId) {
    Objects.requireNonNull(userId, "userId must not be null");
    redis.eval(
        "clear failed logins",
        CLEAR,
        ScriptOutputType.INTEGER,
        List.of(failuresKey(userId), usersKey()),
        List.of(userId));
  }

  private String failuresKey(String userId) {
    return redis.key("login:failures:" + userId);
  }

  private String usersKey() {
    return redis.key("login:users");
  }
}
