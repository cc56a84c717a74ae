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

import io.lettuce.core.RedisURI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to reach Redis and how to name keys.
 *
 * @param uri a Redis URI: {@code redis://host:port/db}, {@code redis://:password@host:port}, {@code
 *     redis://user:password@host:port}, or {@code rediss://…} for TLS. It may hold a password, so
 *     {@link #toString()} masks it and no message repeats it.
 * @param keyPrefix prepended to every key, for example {@code handyman:}; may be empty; at most 64
 *     characters, no whitespace
 * @param commandTimeout how long one command may take before it fails with {@link
 *     RedisUnavailableException}; positive
 * @param connectTimeout how long connecting may take; positive
 * @param trustedCertificates for {@code rediss://}: a PEM file of the certificates to trust, or
 *     {@code null} for the JVM's trust store
 */
public record RedisSettings(
    String uri,
    String keyPrefix,
    Duration commandTimeout,
    Duration connectTimeout,
    @Nullable Path trustedCertificates) {

  /** The key prefix unless one is given. */
  public static final String DEFAULT_KEY_PREFIX = "handyman:";

  /** The command timeout unless one is given. */
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

  /** The connect timeout unless one is given. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** Validates the fields; the URI is parsed, and an error never quotes it. */
  public RedisSettings {
    Objects.requireNonNull(uri, "uri must not be null");
    Objects.requireNonNull(keyPrefix, "keyPrefix must not be null");
    Objects.requireNonNull(commandTimeout, "commandTimeout must not be null");
    Objects.requireNonNull(connectTimeout, "connectTimeout must not be null");
    if (uri.isBlank()) {
      throw new IllegalArgumentException("uri must not be blank");
    }
    parse(uri);
    if (keyPrefix.length() > 64 || keyPrefix.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "keyPrefix must be at most 64 characters without whitespace");
    }
    if (commandTimeout.isNegative() || commandTimeout.isZero()) {
      throw new IllegalArgumentException("commandTimeout must be positive");
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be positive");
    }
  }

  /** Settings with the default prefix and timeouts and the JVM's trust store. */
  public static RedisSettings of(String uri) {
    return new RedisSettings(
        uri, DEFAULT_KEY_PREFIX, DEFAULT_COMMAND_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, null);
  }

  /** The same settings with another key prefix. */
  public RedisSettings withKeyPrefix(String prefix) {
    return new RedisSettings(uri, prefix, commandTimeout, connectTimeout, trustedCertificates);
  }

  /** The same settings trusting the certificates in a PEM file. */
  public RedisSettings withTrustedCertificates(Path pemFile) {
    return new RedisSettings(uri, keyPrefix, commandTimeout, connectTimeout, pemFile);
  }

  /** The parsed URI, with the command timeout applied. */
  public RedisURI redisUri() {
    RedisURI parsed = parse(uri);
    parsed.setTimeout(commandTimeout);
    return parsed;
  }

  /** Whether the URI asks for TLS. */
  public boolean tls() {
    return parse(uri).isSsl();
  }

  /** Masks the URI, which may hold a password. */
  @Override
  public String toString() {
    RedisURI parsed = parse(uri);
    return "RedisSettings[uri="
        + (parsed.isSsl() ? "rediss://" : "redis://")
        + parsed.getHost()
        + ":"
        + parsed.getPort()
        + (uri.contains("@") ? " (credentials set)" : "")
        + ", keyPrefix="
        + keyPrefix
        + ", commandTimeout="
        + commandTimeout
        + "]";
  }

  private static RedisURI parse(String uri) {
    try {
      RedisURI parsed = RedisURI.create(uri);
      if (parsed.getHost() == null
          && parsed.getSocket() == null
          && parsed.getSentinels().isEmpty()) {
        throw new IllegalArgumentException("uri has no host");
      }
      return parsed;
    } catch (RuntimeException e) {
      // The driver's message can quote the URI with its password: name the problem only.
      throw new IllegalArgumentException(
          "uri is not a valid Redis URI (expected redis://[:password@]host[:port][/db] or"
              + " rediss://...)");
    }
  }
}
