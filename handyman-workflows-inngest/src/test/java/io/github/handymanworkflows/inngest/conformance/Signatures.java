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
package io.github.handymanworkflows.inngest.conformance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Inngest request signatures and bearer tokens as the Inngest server computes them
 * (inngest-protocol.md §5.1 and §5.2).
 */
public final class Signatures {

  private static final Pattern KEY_PREFIX = Pattern.compile("^signkey-\\w+-");

  private Signatures() {}

  /**
   * The {@code X-Inngest-Signature} header value for a body signed at {@code at}: {@code
   * t=<secs>&s=<hex>}.
   *
   * @param body the exact body bytes as text (empty for GET)
   * @param signingKey the full signing key, with or without its {@code signkey-<env>-} prefix
   */
  public static String header(String body, String signingKey, Instant at) {
    String timestamp = Long.toString(at.getEpochSecond());
    return "t=" + timestamp + "&s=" + hmacHex(body, signingKey, timestamp);
  }

  /**
   * Hex HMAC-SHA256 keyed with the signing key minus its prefix, taken as ASCII text (not
   * hex-decoded), over {@code body || timestamp}.
   */
  public static String hmacHex(String body, String signingKey, String timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      byte[] key = withoutPrefix(signingKey).getBytes(StandardCharsets.US_ASCII);
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(body.getBytes(StandardCharsets.UTF_8));
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /**
   * The bearer token an SDK sends to the Inngest API: the key prefix kept verbatim followed by the
   * SHA-256 of the hex-decoded rest (odd-length hex is left-padded with {@code 0}, as the JS SDK
   * does).
   */
  public static String hashedSigningKey(String signingKey) {
    Matcher prefix = KEY_PREFIX.matcher(signingKey);
    String keptPrefix = prefix.find() ? prefix.group() : "";
    String hex = withoutPrefix(signingKey);
    if (hex.length() % 2 == 1) {
      hex = "0" + hex;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(hex));
      return keptPrefix + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("signingKey: the part after the prefix must be hex", e);
    }
  }

  /** Lowercase hex SHA-256 of the UTF-8 text (the JS SDK's {@code event_key_hash}). */
  public static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static String withoutPrefix(String signingKey) {
    return KEY_PREFIX.matcher(signingKey).replaceFirst("");
  }
}
