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

import io.github.handymanworkflows.test.redis.LocalRedisServer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One redis-server for the test JVM, started on first use on a free port and stopped at exit. Each
 * test gets a fresh key prefix, so it starts from an empty store.
 */
final class SharedRedis {

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static LocalRedisServer server;

  private SharedRedis() {}

  static synchronized LocalRedisServer server() {
    if (server == null) {
      server = LocalRedisServer.start();
      LocalRedisServer started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return server;
  }

  /** A new prefix, unique in this JVM. */
  static String freshPrefix() {
    return "test" + PREFIXES.incrementAndGet() + ":";
  }

  /** A connection to the shared server with a fresh prefix. */
  static RedisConnection connection() {
    return RedisConnection.connect(RedisSettings.of(server().uri()).withKeyPrefix(freshPrefix()));
  }

  /** The key's time to live in milliseconds (-1 without expiry, -2 when absent). */
  static long pttl(RedisConnection redis, String suffix) {
    Long ttl = redis.call("test", c -> c.pttl(redis.key(suffix)));
    return ttl;
  }

  /** Every key under the connection's prefix. */
  static List<String> keys(RedisConnection redis) {
    List<String> keys = redis.call("test", c -> c.keys(redis.keyPrefix() + "*"));
    return keys;
  }

  /** The members of a sorted set, in order. */
  static List<String> members(RedisConnection redis, String suffix) {
    List<String> members = redis.call("test", c -> c.zrange(redis.key(suffix), 0, -1));
    return members;
  }

  /** Deletes a key, as its expiry would. */
  static void delete(RedisConnection redis, String suffix) {
    Long deleted = redis.call("test", c -> c.del(redis.key(suffix)));
    if (deleted != 1) {
      throw new AssertionError("no key " + suffix);
    }
  }
}
