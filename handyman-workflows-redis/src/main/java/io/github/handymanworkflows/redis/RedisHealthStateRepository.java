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

import io.github.handymanworkflows.health.HealthState;
import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.health.HealthTransition;
import io.github.handymanworkflows.redis.internal.LuaScript;
import io.lettuce.core.ScriptOutputType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link HealthStateRepository} in Redis: the health workflow's alert de-duplication, shared by
 * every instance of the app, so one outage sends one alert however many instances check.
 *
 * <p>One hash per probe, {@code health:<probeName>} after the prefix, written by one Lua script
 * that compares and sets, so of concurrent recordings of the same change only one reports it. The
 * hash also keeps the status before the last recording, so recording the same check again (a
 * retried step) returns what the first recording returned. A probe's key expires the retention
 * after its last recording (30 days unless given): a probe no longer checked is forgotten, and its
 * next recording counts as a first observation.
 */
public final class RedisHealthStateRepository implements HealthStateRepository {

  /** How long a probe's state is kept after its last recording unless given. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

  private static final LuaScript RECORD =
      LuaScript.of(
          """
          local s = redis.call('HMGET', KEYS[1], 'status', 'since_s', 'since_n', 'checked_s',
            'checked_n', 'previous')
          if not s[1] then
            redis.call('HSET', KEYS[1], 'status', ARGV[1], 'since_s', ARGV[2], 'since_n', ARGV[3],
              'checked_s', ARGV[2], 'checked_n', ARGV[3], 'previous', '')
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return {'', ARGV[1], ARGV[2], ARGV[3]}
          end
          local at_s, at_n = tonumber(ARGV[2]), tonumber(ARGV[3])
          local c_s, c_n = tonumber(s[4]), tonumber(s[5])
          if at_s == c_s and at_n == c_n then
            return {s[6] or s[1], s[1], s[2], s[3]}
          end
          if at_s < c_s or (at_s == c_s and at_n < c_n) then
            return {s[1], s[1], s[2], s[3]}
          end
          local since_s, since_n = s[2], s[3]
          if s[1] ~= ARGV[1] then since_s, since_n = ARGV[2], ARGV[3] end
          redis.call('HSET', KEYS[1], 'status', ARGV[1], 'since_s', since_s, 'since_n', since_n,
            'checked_s', ARGV[2], 'checked_n', ARGV[3], 'previous', s[1])
          redis.call('PEXPIRE', KEYS[1], ARGV[4])
          return {s[1], ARGV[1], since_s, since_n}
          """);

  private final RedisConnection redis;
  private final Duration retention;

  /** A repository keeping states for {@link #DEFAULT_RETENTION}. */
  @Inject
  public RedisHealthStateRepository(RedisConnection redis) {
    this(redis, DEFAULT_RETENTION);
  }

  /** A repository keeping each probe's state {@code retention} after its last recording. */
  public RedisHealthStateRepository(RedisConnection redis, Duration retention) {
    this.redis = Objects.requireNonNull(redis, "redis must not be null");
    this.retention = Objects.requireNonNull(retention, "retention must not be null");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive");
    }
  }

  @Override
  public Optional<HealthState> find(String probeName) {
    Objects.requireNonNull(probeName, "probeName must not be null");
    Map<String, String> fields = redis.call("read a health state", c -> c.hgetall(key(probeName)));
    if (fields == null || fields.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new HealthState(
            probeName,
            HealthStatus.valueOf(fields.get("status")),
            instant(fields.get("since_s"), fields.get("since_n")),
            instant(fields.get("checked_s"), fields.get("checked_n"))));
  }

  @Override
  public HealthTransition record(String probeName, HealthStatus status, Instant at) {
    Objects.requireNonNull(probeName, "probeName must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(at, "at must not be null");
    List<Object> reply =
        redis.eval(
            "record a health state",
            RECORD,
            ScriptOutputType.MULTI,
            List.of(key(probeName)),
            List.of(
                status.name(),
                Long.toString(at.getEpochSecond()),
                Integer.toString(at.getNano()),
                Long.toString(retention.toMillis())));
    String previous = String.valueOf(reply.get(0));
    return new HealthTransition(
        probeName,
        previous.isEmpty() ? null : HealthStatus.valueOf(previous),
        HealthStatus.valueOf(String.valueOf(reply.get(1))),
        instant(String.valueOf(reply.get(2)), String.valueOf(reply.get(3))));
  }

  private static Instant instant(String seconds, String nanos) {
    return Instant.ofEpochSecond(Long.parseLong(seconds), Long.parseLong(nanos));
  }

  private String key(String probeName) {
    return redis.key("health:" + probeName);
  }
}
