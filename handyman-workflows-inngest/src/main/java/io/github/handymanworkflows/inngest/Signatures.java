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
package io.github.handymanworkflows.inngest;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Inngest's request signatures and API bearer tokens.
 *
 * <p>A signature header is {@code t=<unix seconds>&s=<hex>} where {@code s} is the HMAC-SHA256 of
 * the raw body bytes followed by the ASCII {@code t}, keyed by the signing key without its {@code
 * signkey-<env>-} prefix, taken as ASCII text (not hex-decoded).
 */
public final class Signatures {

  /** How far a signature's timestamp may be from now, in either direction. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private static final Pattern KEY_PREFIX = Pattern.compile("^signkey-\\w+-");
  private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");
  private static final HexFormat HEX = HexFormat.of();

  private final @Nullable String primary;
  private final @Nullable String fallback;
  private final @Nullable Mac primaryMac;
  private final @Nullable Mac fallbackMac;
  private final Clock clock;

  /**
   * Creates a verifier.
   *
   * @param primary the signing key, or null
   * @param fallback the fallback key, tried when the primary does not match, or null
   * @param clock the clock the timestamp window is measured against
   */
  public Signatures(@Nullable String primary, @Nullable String fallback, Clock clock) {
    this.primary = primary;
    this.fallback = fallback;
    this.primaryMac = prototype(primary);
    this.fallbackMac = prototype(fallback);
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /**
   * Verifies a signature header over a raw body.
   *
   * @return the key that verified it, or empty when the header is missing, malformed, outside the
   *     five-minute window, or matches neither key
   */
  public Optional<String> verify(@Nullable String header, byte[] body) {
    return check(header, body).map(Verified::key);
  }

  /**
   * Verifies a signature header over a raw body, like {@link #verify}, and says what verified.
   *
   * @return the key, timestamp and signature that verified, or empty (see {@link #verify})
   */
  public Optional<Verified> check(@Nullable String header, byte[] body) {
    Objects.requireNonNull(body, "body must not be null");
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String t = null;
    String s = null;
    for (String part : header.trim().split("&")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = part.substring(0, eq);
      String value = part.substring(eq + 1);
      if (key.equals("t")) {
        t = value;
      } else if (key.equals("s")) {
        s = value;
      }
    }
    if (t == null || s == null || !SECONDS.matcher(t).matches()) {
      return Optional.empty();
    }
    long seconds = Long.parseLong(t);
    if (!withinWindow(seconds)) {
      return Optional.empty();
    }
    String mac = s.toLowerCase(Locale.ROOT);
    byte[] given = mac.getBytes(US_ASCII);
    if (primary != null
        && MessageDigest.isEqual(given, hmacHex(macFor(primary), body, t).getBytes(US_ASCII))) {
      return Optional.of(new Verified(primary, seconds, mac));
    }
    if (fallback != null
        && MessageDigest.isEqual(given, hmacHex(macFor(fallback), body, t).getBytes(US_ASCII))) {
      return Optional.of(new Verified(fallback, seconds, mac));
    }
    return Optional.empty();
  }

  /**
   * Whether a header could verify at all, before the body is read: present, well-formed and within
   * the five-minute window. Lets a server refuse an unsigned or stale request without reading a
   * large body; {@link #check} still decides.
   */
  public boolean plausible(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return false;
    }
    String t = null;
    boolean hasS = false;
    for (String part : header.trim().split("&")) {
      if (part.startsWith("t=")) {
        t = part.substring(2);
      } else if (part.startsWith("s=")) {
        hasS = true;
      }
    }
    return hasS && t != null && SECONDS.matcher(t).matches() && withinWindow(Long.parseLong(t));
  }

  private boolean withinWindow(long seconds) {
    return Math.abs(clock.instant().getEpochSecond() - seconds) <= MAX_SKEW.getSeconds();
  }

  /**
   * A verified signature.
   *
   * @param key the signing key that matched
   * @param timestamp the header's {@code t}, in epoch seconds
   * @param mac the header's {@code s}, lower case
   */
  public record Verified(String key, long timestamp, String mac) {
    /** Hides the key. */
    @Override
    public String toString() {
      return "Verified[timestamp=" + timestamp + "]";
    }
  }

  /** Signs a body at the clock's current second: {@code t=<seconds>&s=<hex>}. */
  public String sign(String key, byte[] body) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(body, "body must not be null");
    String t = Long.toString(clock.instant().getEpochSecond());
    return "t=" + t + "&s=" + hmacHex(macFor(key), body, t);
  }

  /** Signs a body at a given second: {@code t=<seconds>&s=<hex>}. */
  public static String sign(String key, byte[] body, long epochSeconds) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(body, "body must not be null");
    String t = Long.toString(epochSeconds);
    return "t=" + t + "&s=" + hmacHex(key, body, t);
  }

  /** The hex HMAC-SHA256 of {@code body || t}, keyed by the signing key without its prefix. */
  static String hmacHex(String key, byte[] body, String t) {
    return hmacHex(keyed(key), body, t);
  }

  private static String hmacHex(Mac mac, byte[] body, String t) {
    mac.update(body);
    mac.update(t.getBytes(US_ASCII));
    return HEX.formatHex(mac.doFinal());
  }

  /**
   * A fresh MAC for one of this verifier's keys, copied from one keyed when the verifier was made:
   * looking up and keying a MAC costs more than the HMAC of a small body.
   */
  private Mac macFor(String key) {
    Mac keyed = key.equals(primary) ? primaryMac : key.equals(fallback) ? fallbackMac : null;
    if (keyed == null) {
      return keyed(key);
    }
    try {
      return (Mac) keyed.clone();
    } catch (CloneNotSupportedException e) {
      return keyed(key);
    }
  }

  /** A MAC keyed once for {@link #macFor}; null when there is no key or it cannot key one. */
  private static @Nullable Mac prototype(@Nullable String key) {
    if (key == null) {
      return null;
    }
    try {
      return keyed(key);
    } catch (IllegalArgumentException e) {
      // An unusable key (nothing after its prefix) fails each check as it always did.
      return null;
    }
  }

  private static Mac keyed(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(stripPrefix(key).getBytes(US_ASCII), "HmacSHA256"));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
    }
  }

  /**
   * The bearer token for Inngest's API: the {@code signkey-<env>-} prefix kept verbatim, followed
   * by the hex SHA-256 of the hex-decoded rest (an odd-length rest is padded with a leading zero).
   *
   * @throws IllegalArgumentException when the key is not hexadecimal after its prefix
   */
  public static String hashedBearer(String key) {
    Objects.requireNonNull(key, "key must not be null");
    Matcher m = KEY_PREFIX.matcher(key);
    String prefix = m.find() ? m.group() : "";
    return prefix + digestHex(key);
  }

  /**
   * The hex SHA-256 of the hex-decoded key without its prefix: the part of {@link
   * #hashedBearer(String)} after the prefix.
   */
  public static String digestHex(String key) {
    String rest = stripPrefix(key);
    if (rest.length() % 2 == 1) {
      rest = "0" + rest;
    }
    byte[] raw;
    try {
      raw = HEX.parseHex(rest);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "signing key must be hexadecimal after its signkey-<env>- prefix");
    }
    return sha256Hex(raw);
  }

  /** Lowercase hex SHA-256. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  private static String stripPrefix(String key) {
    return KEY_PREFIX.matcher(key).replaceFirst("");
  }
}
