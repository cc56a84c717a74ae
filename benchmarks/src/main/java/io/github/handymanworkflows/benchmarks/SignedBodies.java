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
package io.github.handymanworkflows.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Call-request bodies made unique and signed one by one, for load on a serve endpoint in cloud
 * mode: a server that refuses a signature it has seen before (this library's replay cache) answers
 * every request, and one that keeps no such cache (the JS SDK) does the same work.
 *
 * <p>Each body is the template with the last {@value #NONCE_DIGITS} characters of its {@code
 * "run_id"} value replaced by a counter unique to this generator, so every body, and with it every
 * signature, differs. The signature is Inngest's: {@code t=<unix seconds>&s=<hex HMAC-SHA256 of
 * body followed by t>}, keyed by the signing key without its {@code signkey-<env>-} prefix, as
 * text. Not thread-safe: one per connection.
 */
final class SignedBodies {

  /** Digits of the counter written into the run id. */
  static final int NONCE_DIGITS = 12;

  private static final byte[] RUN_ID_FIELD = "\"run_id\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final HexFormat HEX = HexFormat.of();

  private final byte[] body;
  private final int nonceAt;
  private final long first;
  private final @Nullable Mac mac;
  private long next;

  /**
   * A generator.
   *
   * @param template a call-request body with a {@code "run_id":"…"} of at least {@value
   *     #NONCE_DIGITS} characters
   * @param signingKey the key to sign with, or null to send unsigned (still unique) bodies
   * @param stream which generator this is; generators with different streams never repeat a body
   */
  SignedBodies(byte[] template, @Nullable String signingKey, int stream) {
    Objects.requireNonNull(template, "template must not be null");
    if (stream < 0 || stream > 9_999) {
      throw new IllegalArgumentException("stream must be between 0 and 9999, was " + stream);
    }
    this.body = template.clone();
    this.nonceAt = nonceOffset(body);
    this.first = stream * 100_000_000L;
    this.next = first;
    this.mac = signingKey == null ? null : mac(signingKey);
  }

  /** Writes the next unique body into {@link #body()} and returns its signature header value. */
  String next(long epochSeconds) {
    long n = next++;
    if (n - first >= 100_000_000L) {
      throw new IllegalStateException("this generator's bodies are used up");
    }
    for (int i = nonceAt + NONCE_DIGITS - 1; i >= nonceAt; i--) {
      body[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    if (mac == null) {
      return "";
    }
    String t = Long.toString(epochSeconds);
    mac.update(body);
    mac.update(t.getBytes(StandardCharsets.US_ASCII));
    return "t=" + t + "&s=" + HEX.formatHex(mac.doFinal());
  }

  /** The current body; overwritten by the next call to {@link #next}. */
  byte[] body() {
    return body;
  }

  private static int nonceOffset(byte[] body) {
    for (int i = 0; i + RUN_ID_FIELD.length <= body.length; i++) {
      if (Arrays.equals(body, i, i + RUN_ID_FIELD.length, RUN_ID_FIELD, 0, RUN_ID_FIELD.length)) {
        int start = i + RUN_ID_FIELD.length;
        int end = start;
        while (end < body.length && body[end] != '"') {
          end++;
        }
        if (end - start < NONCE_DIGITS || end == body.length) {
          break;
        }
        return end - NONCE_DIGITS;
      }
    }
    throw new IllegalArgumentException(
        "the body template needs a \"run_id\" of at least " + NONCE_DIGITS + " characters");
  }

  private static Mac mac(String signingKey) {
    String secret = signingKey.replaceFirst("^signkey-\\w+-", "");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
    }
  }
}
