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
import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.session.SessionRepository;
import io.lettuce.core.ScriptOutputType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SessionRepository} in Redis, as the original app kept its sessions.
 *
 * <p>Keys (after the prefix):
 *
 * <ul>
 *   <li>{@code session:id:<sessionId>}: a hash with the user id and the instants. It expires a
 *       grace period after the session's {@code expiresAt} (measured with the injected clock), so
 *       an expired session can still be found and deleted by the cleanup, then disappears anyway.
 *   <li>{@code session:user:<userId>}: the user's session ids, for {@link #deleteForUser}; it lives
 *       as long as the user's longest session.
 *   <li>{@code session:expiry}: every session id scored by its {@code expiresAt}, for {@link
 *       #deleteExpired}; its owner is that cleanup (run weekly by maintenance), and it expires
 *       after the longest session.
 * </ul>
 *
 * <p>Each method is one Lua script, so a save racing a delete cannot leave a session that the
 * user's index no longer names. While Redis is unreachable every method throws {@link
 * RedisUnavailableException}; treat it as "not signed in".
 */
public final class RedisSessionRepository implements SessionRepository {

  /** How long a session's key outlives its expiry unless given. */
  public static final Duration DEFAULT_GRACE = Duration.ofDays(1);

  private static final LuaScript SAVE =
      LuaScript.of(
          """
          local old = redis.call('HGET', KEYS[1], 'user')
          if old and old ~= ARGV[2] then redis.call('SREM', ARGV[8] .. old, ARGV[1]) end
          redis.call('HSET', KEYS[1], 'user', ARGV[2], 'created', ARGV[3], 'expires', ARGV[4],
            'seen', ARGV[5])
          redis.call('PEXPIRE', KEYS[1], ARGV[6])
          redis.call('SADD', KEYS[2], ARGV[1])
          if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[6]) then
            redis.call('PEXPIRE', KEYS[2], ARGV[6])
          end
          redis.call('ZADD', KEYS[3], ARGV[7], ARGV[1])
          if redis.call('PTTL', KEYS[3]) < tonumber(ARGV[6]) then
            redis.call('PEXPIRE', KEYS[3], ARGV[6])
          end
          return 1
          """);

  private static final LuaScript DELETE =
      LuaScript.of(
          """
          local user = redis.call('HGET', KEYS[1], 'user')
          redis.call('ZREM', KEYS[2], ARGV[1])
          if user then redis.call('SREM', ARGV[2] .. user, ARGV[1]) end
          return redis.call('DEL', KEYS[1])
          """);

  private static final LuaScript DELETE_FOR_USER =
      LuaScript.of(
          """
          local count = 0
          for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
            local key = ARGV[2] .. id
            if redis.call('HGET', key, 'user') == ARGV[1] then
              count = count + redis.call('DEL', key)
              redis.call('ZREM', KEYS[2], id)
            end
          end
          redis.call('DEL', KEYS[1])
          return count
          """);

  private static final LuaScript DELETE_EXPIRED =
      LuaScript.of(
          """
          local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1], 'LIMIT', 0,
            tonumber(ARGV[2]))
          for _, id in ipairs(ids) do
            local key = ARGV[3] .. id
            local user = redis.call('HGET', key, 'user')
            redis.call('DEL', key)
            if user then redis.call('SREM', ARGV[4] .. user, id) end
            redis.call('ZREM', KEYS[1], id)
          end
          return #ids
          """);

  private final RedisConnection redis;
  private final Clock clock;
  private final Duration grace;

  /** A repository whose keys outlive their sessions by {@link #DEFAULT_GRACE}. */
  @Inject
  public RedisSessionRepository(RedisConnection redis, Clock clock) {
    this(redis, clock, DEFAULT_GRACE);
  }

  /**
   * A repository.
   *
   * @param redis the connection
   * @param clock reads "now" to turn {@code expiresAt} into a key expiry
   * @param grace how long a session's key outlives its expiry; positive
   */
  public RedisSessionRepository(RedisConnection redis, Clock clock, Duration grace) {
    this.redis = Objects.requireNonNull(redis, "redis must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.grace = Objects.requireNonNull(grace, "grace must not be null");
    if (grace.isNegative() || grace.isZero()) {
      throw new IllegalArgumentException("grace must be positive");
    }
  }

  @Override
  public void save(SessionRecord session) {
    Objects.requireNonNull(session, "session must not be null");
    Duration left = Duration.between(clock.instant(), session.expiresAt());
    long ttlMillis = Math.max(0, left.toMillis()) + grace.toMillis();
    redis.eval(
        "save a session",
        SAVE,
        ScriptOutputType.INTEGER,
        List.of(sessionKey(session.sessionId()), userKey(session.userId()), expiryKey()),
        List.of(
            session.sessionId(),
            session.userId(),
            Instants.encode(session.createdAt()),
            Instants.encode(session.expiresAt()),
            Instants.encode(session.lastSeenAt()),
            Long.toString(ttlMillis),
            Long.toString(Instants.micros(session.expiresAt())),
            redis.key("session:user:")));
  }

  @Override
  public Optional<SessionRecord> find(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId must not be null");
    Map<String, String> fields =
        redis.call("find a session", c -> c.hgetall(sessionKey(sessionId)));
    if (fields == null || fields.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SessionRecord(
            sessionId,
            fields.get("user"),
            Instants.decode(fields.get("created")),
            Instants.decode(fields.get("expires")),
            Instants.decode(fields.get("seen"))));
  }

  @Override
  public boolean delete(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId must not be null");
    Long deleted =
        redis.eval(
            "delete a session",
            DELETE,
            ScriptOutputType.INTEGER,
            List.of(sessionKey(sessionId), expiryKey()),
            List.of(sessionId, redis.key("session:user:")));
    return deleted != null && deleted > 0;
  }

  @Override
  public int deleteForUser(String userId) {
    Objects.requireNonNull(userId, "userId must not be null");
    Long deleted =
        redis.eval(
            "delete a user's sessions",
            DELETE_FOR_USER,
            ScriptOutputType.INTEGER,
            List.of(userKey(userId), expiryKey()),
            List.of(userId, redis.key("session:id:")));
    return deleted == null ? 0 : deleted.intValue();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Sessions whose key Redis already expired count as deleted: they are gone either way.
   */
  @Override
  public int deleteExpired(Instant before, int limit) {
    Objects.requireNonNull(before, "before must not be null");
    Page.requireLimit(limit);
    Long deleted =
        redis.eval(
            "delete expired sessions",
            DELETE_EXPIRED,
            ScriptOutputType.INTEGER,
            List.of(expiryKey()),
            List.of(
                Long.toString(Instants.micros(before)),
                Integer.toString(limit),
                redis.key("session:id:"),
                redis.key("session:user:")));
    return deleted == null ? 0 : deleted.intValue();
  }

  private String sessionKey(String sessionId) {
    return redis.key("session:id:" + sessionId);
  }

  private String userKey(String userId) {
    return redis.key("session:user:" + userId);
  }

  private String expiryKey() {
    return redis.key("session:expiry");
  }
}
