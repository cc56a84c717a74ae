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
package io.github.handymanworkflows.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.token.TokenHashes;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.token.TokenRepository;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics every {@link TokenRepository} must have. Extend it and return an empty repository
 * from {@link #newRepository()}.
 */
public abstract class TokenRepositoryContract {

  /** A reference "now": 2026-11-26T02:00:00Z. */
  protected static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

  /** The repository under test, fresh for each test. */
  protected TokenRepository tokens;

  /** An empty repository; called before each test. */
  protected abstract TokenRepository newRepository();

  @BeforeEach
  void createRepository() {
    tokens = newRepository();
  }

  @Test
  void findsASavedTokenByIdAndByTheHashOfTheRawToken() {
    TokenRecord token = token("t-1", "u-1", TokenKind.VERIFICATION, NOW.plusSeconds(60));

    tokens.save(token);

    assertThat(tokens.find("t-1")).contains(token);
    assertThat(tokens.findByHash(TokenHashes.sha256Hex("raw-t-1"))).contains(token);
    assertThat(tokens.findByHash(TokenHashes.sha256Hex("raw-other"))).isEmpty();
    assertThat(tokens.find("t-2")).isEmpty();
  }

  @Test
  void replacingATokenForgetsItsOldHash() {
    tokens.save(token("t-1", "u-1", TokenKind.PASSWORD_RESET, NOW.plusSeconds(60)));
    TokenRecord reissued =
        TokenRecord.issue(
            "t-1", "u-1", TokenKind.PASSWORD_RESET, "new-raw", NOW, Duration.ofHours(1));

    tokens.save(reissued);

    assertThat(tokens.findByHash(TokenHashes.sha256Hex("raw-t-1"))).isEmpty();
    assertThat(tokens.findByHash(TokenHashes.sha256Hex("new-raw"))).contains(reissued);
  }

  @Test
  void deleteRemovesOneToken() {
    tokens.save(token("t-1", "u-1", TokenKind.REFRESH, NOW.plusSeconds(60)));

    assertThat(tokens.delete("t-1")).isTrue();
    assertThat(tokens.delete("t-1")).isFalse();

    assertThat(tokens.find("t-1")).isEmpty();
    assertThat(tokens.findByHash(TokenHashes.sha256Hex("raw-t-1"))).isEmpty();
  }

  @Test
  void deleteForUserRemovesThatUsersTokensOfOneKindOrAll() {
    tokens.save(token("v-1", "u-1", TokenKind.VERIFICATION, NOW.plusSeconds(60)));
    tokens.save(token("v-2", "u-1", TokenKind.VERIFICATION, NOW.plusSeconds(60)));
    tokens.save(token("r-1", "u-1", TokenKind.REFRESH, NOW.plusSeconds(60)));
    tokens.save(token("v-3", "u-2", TokenKind.VERIFICATION, NOW.plusSeconds(60)));

    assertThat(tokens.deleteForUser("u-1", TokenKind.VERIFICATION)).isEqualTo(2);
    assertThat(tokens.find("r-1")).isPresent();
    assertThat(tokens.find("v-3")).isPresent();

    assertThat(tokens.deleteForUser("u-1", null)).isEqualTo(1);
    assertThat(tokens.find("r-1")).isEmpty();
    assertThat(tokens.find("v-3")).isPresent();
  }

  @Test
  void deleteExpiredRemovesOnlyTokensThatExpiredStrictlyBefore() {
    tokens.save(token("expired", "u-1", TokenKind.VERIFICATION, NOW.minusSeconds(1)));
    tokens.save(token("at-cutoff", "u-1", TokenKind.VERIFICATION, NOW));
    tokens.save(token("valid", "u-1", TokenKind.VERIFICATION, NOW.plusSeconds(1)));

    assertThat(tokens.deleteExpired(null, NOW, 100)).isEqualTo(1);

    assertThat(tokens.find("expired")).isEmpty();
    assertThat(tokens.find("at-cutoff")).isPresent();
    assertThat(tokens.find("valid")).isPresent();
  }

  @Test
  void deleteExpiredCanBeLimitedToOneKind() {
    tokens.save(token("verification", "u-1", TokenKind.VERIFICATION, NOW.minusSeconds(10)));
    tokens.save(token("reset", "u-1", TokenKind.PASSWORD_RESET, NOW.minusSeconds(10)));
    tokens.save(token("refresh", "u-1", TokenKind.REFRESH, NOW.minusSeconds(10)));

    assertThat(tokens.deleteExpired(TokenKind.PASSWORD_RESET, NOW, 100)).isEqualTo(1);

    assertThat(tokens.find("reset")).isEmpty();
    assertThat(tokens.find("verification")).isPresent();
    assertThat(tokens.find("refresh")).isPresent();
  }

  @Test
  void deleteExpiredDeletesAtMostTheLimitAndALoopDrainsTheRest() {
    for (int i = 0; i < 23; i++) {
      tokens.save(token("t-" + i, "u-" + i, TokenKind.REFRESH, NOW.minusSeconds(i + 1)));
    }
    tokens.save(token("valid", "u-1", TokenKind.REFRESH, NOW.plusSeconds(60)));

    assertThat(tokens.deleteExpired(null, NOW, 10)).isEqualTo(10);
    assertThat(tokens.deleteExpired(null, NOW, 10)).isEqualTo(10);
    assertThat(tokens.deleteExpired(null, NOW, 10)).isEqualTo(3);
    assertThat(tokens.deleteExpired(null, NOW, 10)).isZero();
    assertThat(tokens.find("valid")).isPresent();
  }

  @Test
  void deleteExpiredRejectsANonPositiveLimit() {
    assertThatThrownBy(() -> tokens.deleteExpired(null, NOW, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  /** A token issued an hour before {@code expiresAt} from the raw value {@code raw-<id>}. */
  protected static TokenRecord token(String id, String userId, TokenKind kind, Instant expiresAt) {
    Instant createdAt = expiresAt.minus(Duration.ofHours(1));
    return TokenRecord.issue(id, userId, kind, "raw-" + id, createdAt, Duration.ofHours(1));
  }
}
