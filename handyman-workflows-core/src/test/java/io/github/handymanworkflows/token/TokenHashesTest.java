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
