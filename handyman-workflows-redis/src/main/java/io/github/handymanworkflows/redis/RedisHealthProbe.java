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

import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.MeasuredProbe;
import io.github.handymanworkflows.health.ProbeResult;
import java.time.Duration;
import java.util.Objects;

/**
 * Checks Redis with a {@code PING} and measures how long the answer took. Down when the connection
 * is lost (at once: commands are rejected while disconnected), when Redis refuses, or when the ping
 * takes longer than the timeout. The detail is the exception's type only, never the URI.
 */
public final class RedisHealthProbe implements HealthProbe {

  /** The probe's name unless given. */
  public static final String NAME = "redis";

  private final MeasuredProbe probe;

  /** A probe named {@value #NAME} that counts as down after {@code timeout}. */
  public RedisHealthProbe(RedisConnection redis, Duration timeout) {
    this(NAME, redis, timeout);
  }

  /** A probe with its own name, for a second Redis. */
  public RedisHealthProbe(String name, RedisConnection redis, Duration timeout) {
    Objects.requireNonNull(redis, "redis must not be null");
    this.probe = MeasuredProbe.of(name, redis::ping, timeout);
  }

  @Override
  public String name() {
    return probe.name();
  }

  @Override
  public ProbeResult check() {
    return probe.check();
  }
}
