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
package io.github.handymanworkflows.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * SHA-256 of raw tokens. Stores keep only the hash (§8 G.22): a leaked table cannot be replayed,
 * and a presented token is found by hashing it again.
 */
public final class TokenHashes {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private TokenHashes() {}

  /** The lower-case hex SHA-256 of the token's UTF-8 bytes. */
  public static String sha256Hex(String rawToken) {
    Objects.requireNonNull(rawToken, "rawToken must not be null");
    if (rawToken.isEmpty()) {
      throw new IllegalArgumentException("rawToken must not be empty");
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(rawToken.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must support SHA-256", e);
    }
  }

  /** Whether the value looks like a {@link #sha256Hex} result: 64 lower-case hex digits. */
  public static boolean isSha256Hex(String value) {
    return SHA256_HEX.matcher(value).matches();
  }
}
