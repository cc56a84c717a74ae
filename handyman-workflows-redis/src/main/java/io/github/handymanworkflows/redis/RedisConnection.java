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

import io.github.handymanworkflows.redis.internal.LuaScript;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.SslOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shared connection to Redis for all the adapters, with their key prefix.
 *
 * <p>Failure behaviour: while the connection is down, commands are rejected at once instead of
 * being queued, and every call throws {@link RedisUnavailableException} (retriable). The driver
 * reconnects in the background; if the very first connect failed, the next call tries again. So the
 * adapters recover by themselves when Redis comes back, and a slow or dead Redis costs a caller at
 * most the command timeout.
 *
 * <p>Scripts are run by SHA and re-sent when the server does not know them, which is the case after
 * a restart. Thread-safe; close it to release the connection (and the client, if it built it).
 */
public final class RedisConnection implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(RedisConnection.class);

  // Server replies that mean "not now" rather than "wrong command".
  private static final Set<String> TRANSIENT_REPLIES =
      Set.of("LOADING", "BUSY", "MASTERDOWN", "READONLY", "TRYAGAIN", "CLUSTERDOWN", "NOREPLICAS");

  private final RedisClient client;
  private final RedisURI uri;
  private final String keyPrefix;
  private final boolean ownsClient;
  private @Nullable StatefulRedisConnection<String, String> connection;

  private RedisConnection(RedisClient client, RedisURI uri, String keyPrefix, boolean ownsClient) {
    this.client = client;
    this.uri = uri;
    this.keyPrefix = keyPrefix;
    this.ownsClient = ownsClient;
  }

  /**
   * Builds a client from the settings and connects. The client rejects commands while disconnected
   * and reconnects by itself.
   *
   * @throws RedisUnavailableException when Redis cannot be reached now (nothing is left open)
   */
  public static RedisConnection connect(RedisSettings settings) {
    RedisConnection connection = open(settings);
    try {
      connection.commands();
      return connection;
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * Builds a client from the settings without connecting: the first call connects. For hosts that
   * must start while Redis is down.
   */
  public static RedisConnection open(RedisSettings settings) {
    Objects.requireNonNull(settings, "settings must not be null");
    RedisClient client = RedisClient.create();
    client.setOptions(options(settings));
    return new RedisConnection(client, settings.redisUri(), settings.keyPrefix(), true);
  }

  /**
   * Uses a client the host built and owns (its options are left as they are; {@link #close()} does
   * not shut it down). Recommended options: auto-reconnect with {@link
   * ClientOptions.DisconnectedBehavior#REJECT_COMMANDS} and a command timeout.
   */
  public static RedisConnection using(RedisClient client, RedisURI uri, String keyPrefix) {
    Objects.requireNonNull(client, "client must not be null");
    Objects.requireNonNull(uri, "uri must not be null");
    Objects.requireNonNull(keyPrefix, "keyPrefix must not be null");
    return new RedisConnection(client, uri, keyPrefix, false);
  }

  /** The client options this module uses: fail fast while disconnected, reconnect by itself. */
  public static ClientOptions options(RedisSettings settings) {
    ClientOptions.Builder builder =
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(
                SocketOptions.builder()
                    .connectTimeout(settings.connectTimeout())
                    .keepAlive(true)
                    .build())
            .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()));
    if (settings.trustedCertificates() != null) {
      builder.sslOptions(
          SslOptions.builder().trustManager(settings.trustedCertificates().toFile()).build());
    }
    return builder.build();
  }

  /** The prefix of every key the adapters write. */
  public String keyPrefix() {
    return keyPrefix;
  }

  /** The prefixed key. */
  public String key(String suffix) {
    return keyPrefix + suffix;
  }

  /**
   * Runs commands, turning a lost connection, a timeout or a transient server reply into {@link
   * RedisUnavailableException}.
   *
   * @param operation what the call does, for error messages, for example {@code count failed
   *     logins}
   */
  public <T> T call(String operation, Function<RedisCommands<String, String>, T> action) {
    try {
      return action.apply(commands());
    } catch (RedisUnavailableException e) {
      throw e;
    } catch (RedisCommandExecutionException e) {
      if (isTransientReply(e)) {
        // Redis answered that it refused the command (loading, busy, read-only): not applied.
        throw new RedisUnavailableException(operation, e, false);
      }
      throw e;
    } catch (RedisException e) {
      // Rejected while disconnected (never sent), or lost in flight / timed out (maybe applied).
      throw new RedisUnavailableException(operation, e, !wasRejectedUnsent(e));
    }
  }

  /** Runs a Lua script by SHA, sending its source when the server does not have it cached. */
  public <T> T eval(
      String operation,
      LuaScript script,
      ScriptOutputType type,
      List<String> keys,
      List<String> args) {
    String[] keyArray = keys.toArray(String[]::new);
    String[] argArray = args.toArray(String[]::new);
    return call(
        operation,
        commands -> {
          try {
            return commands.evalsha(script.sha1(), type, keyArray, argArray);
          } catch (RedisNoScriptException e) {
            return commands.eval(script.source(), type, keyArray, argArray);
          }
        });
  }

  /** Sends a PING and returns the reply; throws {@link RedisUnavailableException} when down. */
  public String ping() {
    return call("ping", RedisCommands::ping);
  }

  private synchronized RedisCommands<String, String> commands() {
    StatefulRedisConnection<String, String> current = connection;
    if (current == null) {
      try {
        current = client.connect(uri);
      } catch (RedisException e) {
        throw new RedisUnavailableException("connect", e, false);
      }
      connection = current;
      LOGGER.info("Connected to Redis (key prefix '{}')", keyPrefix);
    }
    return current.sync();
  }

  private static boolean wasRejectedUnsent(RedisException e) {
    // Lettuce's DisconnectedBehavior.REJECT_COMMANDS refuses a write with this message before
    // sending it; any other failure may have reached Redis.
    String message = e.getMessage();
    return message != null && message.startsWith("Currently not connected");
  }

  private static boolean isTransientReply(RedisCommandExecutionException e) {
    String message = e.getMessage();
    if (message == null) {
      return false;
    }
    int space = message.indexOf(' ');
    return TRANSIENT_REPLIES.contains(space < 0 ? message : message.substring(0, space));
  }

  @Override
  public synchronized void close() {
    StatefulRedisConnection<String, String> current = connection;
    connection = null;
    if (current != null) {
      current.close();
    }
    if (ownsClient) {
      client.shutdown();
    }
  }
}
