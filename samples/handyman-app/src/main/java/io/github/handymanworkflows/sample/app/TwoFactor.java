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
package io.github.handymanworkflows.sample.app;

import static java.nio.charset.StandardCharsets.US_ASCII;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * TOTP second factor (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, as authenticator apps
 * expect). A user first gets a secret (pending), proves it with a code, and from then on every
 * login needs a current code. A code is accepted one step either side of now, and each step at most
 * once per user, so a code seen over someone's shoulder cannot be replayed.
 */
@Component
class TwoFactor {

  private static final Duration STEP = Duration.ofSeconds(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
  private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
  private final Map<String, byte[]> enabled = new ConcurrentHashMap<>();
  private final Map<String, Long> lastStep = new ConcurrentHashMap<>();

  /** A new pending secret for the user, in Base32 as authenticator apps take it. */
  String newSecret(String userId) {
    byte[] secret = new byte[20];
    RANDOM.nextBytes(secret);
    pending.put(userId, secret);
    return new Base32().encodeToString(secret).replace("=", "");
  }

  /** The {@code otpauth://} URI an authenticator app reads (usually as a QR code). */
  static String uri(String issuer, String account, String secret) {
    String label = enc(issuer) + ":" + enc(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer="
        + enc(issuer)
        + "&algorithm=SHA1&digits=6&period=30";
  }

  /** Turns 2FA on when the code matches the pending secret; empty when it does not. */
  Optional<Boolean> enable(String userId, @Nullable String code, Instant now) {
    if (enabled.containsKey(userId)) {
      return Optional.of(false);
    }
    byte[] secret = pending.get(userId);
    if (secret == null || !verify(userId, secret, code, now)) {
      return Optional.empty();
    }
    enabled.put(userId, secret);
    pending.remove(userId);
    return Optional.of(true);
  }

  boolean enabled(String userId) {
    return enabled.containsKey(userId);
  }

  /** Whether the code is valid now for a user with 2FA on. */
  boolean check(String userId, @Nullable String code, Instant now) {
    byte[] secret = enabled.get(userId);
    return secret != null && verify(userId, secret, code, now);
  }

  /** The code for a secret at a time; what an authenticator app shows. */
  String code(String base32Secret, Instant at) {
    return generate(new Base32().decode(base32Secret), at);
  }

  private boolean verify(String userId, byte[] secret, @Nullable String code, Instant now) {
    if (code == null || !code.matches("[0-9]{6}")) {
      return false;
    }
    long step = now.getEpochSecond() / STEP.toSeconds();
    for (long s = step - 1; s <= step + 1; s++) {
      if (MessageDigest.isEqual(
          generate(secret, Instant.ofEpochSecond(s * STEP.toSeconds())).getBytes(US_ASCII),
          code.getBytes(US_ASCII))) {
        return useStep(userId, s);
      }
    }
    return false;
  }

  /** Accepts a step only if it is later than the last one used, atomically. */
  private boolean useStep(String userId, long step) {
    boolean[] accepted = {false};
    lastStep.compute(
        userId,
        (id, previous) -> {
          if (previous == null || step > previous) {
            accepted[0] = true;
            return step;
          }
          return previous;
        });
    return accepted[0];
  }

  private String generate(byte[] secret, Instant at) {
    try {
      return totp.generateOneTimePasswordString(new SecretKeySpec(secret, totp.getAlgorithm()), at);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("an HMAC-SHA1 key of 20 bytes is always valid", e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
