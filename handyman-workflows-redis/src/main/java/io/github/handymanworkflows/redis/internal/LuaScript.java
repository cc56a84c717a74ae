package io.github.handymanworkflows.redis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A Lua script and its SHA-1, so it runs by {@code EVALSHA} and is sent whole only when the server
 * lacks it (after a restart or {@code SCRIPT FLUSH}).
 *
 * @param source the Lua source
 * @param sha1 its lower-case hex SHA-1, as Redis computes it
 */
public record LuaScript(String source, String sha1) {

  /** Validates the fields. */
  public LuaScript {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(sha1, "sha1 must not be null");
  }

  /** A script with its SHA-1 computed. */
  public static LuaScript of(String source) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
      return new LuaScript(source, HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-1", e);
    }
  }
}
