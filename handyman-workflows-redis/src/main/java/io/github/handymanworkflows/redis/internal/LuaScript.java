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
