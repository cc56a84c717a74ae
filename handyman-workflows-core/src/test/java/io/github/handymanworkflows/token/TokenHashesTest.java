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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenHashesTest {

  @Test
  void hashesWithSha256InLowerCaseHex() {
    // FIPS 180-2 test vector for "abc".
    assertThat(TokenHashes.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aRecordRefusesARawTokenInPlaceOfTheHash() {
    String raw = "a".repeat(32);
    Instant now = Instant.parse("2026-11-26T00:00:00Z");

    assertThatThrownBy(
            () ->
                new TokenRecord("t-1", "u-1", TokenKind.VERIFICATION, raw, now, now.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokenHash")
        .hasMessageNotContaining(raw);
  }

  @Test
  void issueStoresOnlyTheHashAndToStringOmitsIt() {
    Instant now = Instant.parse("2026-11-26T00:00:00Z");
    TokenRecord token =
        TokenRecord.issue(
            "t-1", "u-1", TokenKind.PASSWORD_RESET, "raw-secret", now, Duration.ofHours(1));

    assertThat(token.tokenHash()).isEqualTo(TokenHashes.sha256Hex("raw-secret"));
    assertThat(token.expiresAt()).isEqualTo(now.plus(Duration.ofHours(1)));
    assertThat(token.toString()).doesNotContain("raw-secret").doesNotContain(token.tokenHash());
    assertThat(token.expiredAt(now.plus(Duration.ofHours(1)))).isTrue();
  }
}
