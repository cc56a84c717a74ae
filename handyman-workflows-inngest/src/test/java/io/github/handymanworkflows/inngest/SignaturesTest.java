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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignaturesTest {

  private static final String KEY = "signkey-test-7468697320697320612074657374206b6579";
  private static final String OTHER = "signkey-test-00112233445566778899aabbccddeeff";
  private static final long T = 1705586504L;
  private static final byte[] BODY =
      "{\"event\":{\"data\":{\"orderId\":\"o_1\"},\"name\":\"shop/order.created\"},\"steps\":{}}"
          .getBytes(StandardCharsets.UTF_8);

  private static Signatures at(long epochSeconds, String primary, String fallback) {
    return new Signatures(
        primary, fallback, Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
  }

  @Test
  void hashedBearerMatchesProtocolVectors() {
    assertThat(Signatures.hashedBearer("signkey-prod-12345678"))
        .isEqualTo("signkey-prod-b2ed992186a5cb19f6668aade821f502c1d00970dfd0e35128d51bac4649916c");
    assertThat(Signatures.hashedBearer(KEY))
        .isEqualTo("signkey-test-ed30c63423735b44011c49a38c01a8062833420cfb299072e0263c986242556a");
  }

  @Test
  void hashedBearerPadsOddLengthHexWithALeadingZero() {
    assertThat(Signatures.hashedBearer("signkey-prod-2345678"))
        .isEqualTo("signkey-prod-" + Signatures.digestHex("02345678"));
    assertThat(Signatures.digestHex("2345678")).isEqualTo(Signatures.digestHex("02345678"));
  }

  @Test
  void hashedBearerOfABareKeyHasNoPrefix() {
    assertThat(Signatures.hashedBearer("12345678"))
        .isEqualTo("b2ed992186a5cb19f6668aade821f502c1d00970dfd0e35128d51bac4649916c");
  }

  @Test
  void hashedBearerRejectsNonHexKeysWithoutEchoingThem() {
    assertThatThrownBy(() -> Signatures.hashedBearer("signkey-prod-notHexAtAll"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hexadecimal")
        .hasMessageNotContaining("notHexAtAll");
  }

  @Test
  void signsTheProtocolVectors() {
    assertThat(Signatures.sign(KEY, BODY, T))
        .isEqualTo(
            "t=1705586504&s=f4d1a23524087e612845eb3ce0d9ff8ee8bfcfaa3a88e31ec74e352c49788e5b");
    assertThat(Signatures.sign(KEY, new byte[0], T))
        .isEqualTo(
            "t=1705586504&s=57e74d31fe5c685e9fca1effda35f10afcd5d6b5c2e5370b7bf037c24902af0b");
  }

  @Test
  void verifiesTheProtocolVectorWithThePrimaryKey() {
    String header =
        "t=1705586504&s=f4d1a23524087e612845eb3ce0d9ff8ee8bfcfaa3a88e31ec74e352c49788e5b";
    assertThat(at(T, KEY, null).verify(header, BODY)).contains(KEY);
  }

  @Test
  void verifiesTheEmptyBodyVector() {
    String header =
        "t=1705586504&s=57e74d31fe5c685e9fca1effda35f10afcd5d6b5c2e5370b7bf037c24902af0b";
    assertThat(at(T, KEY, null).verify(header, new byte[0])).contains(KEY);
  }

  @Test
  void acceptsASignatureMadeWithTheFallbackKeyOnly() {
    String header = Signatures.sign(KEY, BODY, T);
    assertThat(at(T, OTHER, KEY).verify(header, BODY)).contains(KEY);
  }

  @Test
  void rejectsASignatureMadeWithNeitherKey() {
    String header = Signatures.sign("signkey-test-abcdef", BODY, T);
    assertThat(at(T, KEY, OTHER).verify(header, BODY)).isEmpty();
  }

  @Test
  void rejectsABodyAlteredByOneByte() {
    String header = Signatures.sign(KEY, BODY, T);
    byte[] tampered = BODY.clone();
    tampered[10] ^= 1;
    assertThat(at(T, KEY, null).verify(header, tampered)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {-301, 301, -3600, 86_400})
  void rejectsTimestampsOutsideTheFiveMinuteWindow(long skew) {
    String header = Signatures.sign(KEY, BODY, T + skew);
    assertThat(at(T, KEY, null).verify(header, BODY)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {-300, -1, 0, 1, 300})
  void acceptsTimestampsInsideTheWindowInBothDirections(long skew) {
    String header = Signatures.sign(KEY, BODY, T + skew);
    assertThat(at(T, KEY, null).verify(header, BODY)).contains(KEY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "garbage",
        "t=1705586504",
        "s=f4d1a23524087e612845eb3ce0d9ff8ee8bfcfaa3a88e31ec74e352c49788e5b",
        "t=abc&s=f4d1a23524087e612845eb3ce0d9ff8ee8bfcfaa3a88e31ec74e352c49788e5b",
        "t=1705586504&s=",
        "t=1705586504&s=zz"
      })
  void rejectsMalformedHeaders(String header) {
    assertThat(at(T, KEY, null).verify(header, BODY)).isEmpty();
  }

  @Test
  void rejectsAMissingHeader() {
    assertThat(at(T, KEY, null).verify(null, BODY)).isEmpty();
  }

  @Test
  void acceptsUpperCaseHexAndParametersInAnyOrder() {
    String s = "F4D1A23524087E612845EB3CE0D9FF8EE8BFCFAA3A88E31EC74E352C49788E5B";
    assertThat(at(T, KEY, null).verify("s=" + s + "&t=1705586504", BODY)).contains(KEY);
  }

  @Test
  void signsWithTheClocksCurrentSecond() {
    assertThat(at(T, KEY, null).sign(KEY, BODY)).isEqualTo(Signatures.sign(KEY, BODY, T));
  }
}
