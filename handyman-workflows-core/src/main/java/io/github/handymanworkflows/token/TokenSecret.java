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
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key from which the raw verification and reset tokens are derived: a token is the HMAC-SHA256
 * of its record's id, user and kind under this key. Events and step outputs carry only the token's
 * id; the email step recomputes the raw token inside the step and puts it into the link, the only
 * place it exists. The issuer and every process that runs the email workflows must share the key;
 * checking a presented token needs only its hash ({@link TokenRepository#findByHash}).
 *
 * <p>{@code toString} never shows the key. See {@code docs/tokens.md}.
 */
public final class TokenSecret {

  /** The shortest key accepted: 32 bytes, the HMAC-SHA256 block's security level. */
  public static final int MIN_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  private TokenSecret(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * A key from configuration text (its UTF-8 bytes).
   *
   * @throws IllegalArgumentException when it is shorter than {@value #MIN_BYTES} bytes; the message
   *     gives the length, never the text
   */
  public static TokenSecret of(String secret) {
    Objects.requireNonNull(secret, "secret must not be null");
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "the token secret must be at least "
              + MIN_BYTES
              + " bytes, was "
              + bytes.length
              + "; generate one with: openssl rand -base64 48");
    }
    return new TokenSecret(bytes);
  }

  /**
   * A fresh random key, for tests and single-process setups whose tokens live in memory: tokens
   * issued under it cannot be mailed by another process or after a restart.
   */
  public static TokenSecret random() {
    byte[] bytes = new byte[MIN_BYTES];
    RANDOM.nextBytes(bytes);
    return new TokenSecret(bytes);
  }

  /**
   * The raw token of a record: unpadded base64url of HMAC-SHA256({@code v1|kind|userId|tokenId}),
   * 43 characters. The same record always gives the same token, so a retried email step links to
   * the token it linked to before.
   */
  public String rawToken(String tokenId, String userId, TokenKind kind) {
    Objects.requireNonNull(tokenId, "tokenId must not be null");
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    String input = "v1|" + kind.name() + "|" + userId + "|" + tokenId;
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform must support " + ALGORITHM, e);
    }
  }

  /** The raw token of a stored record. */
  public String rawToken(TokenRecord token) {
    return rawToken(token.tokenId(), token.userId(), token.kind());
  }

  /** Whether the record was issued under this key: its hash is the hash of the derived token. */
  public boolean issued(TokenRecord token) {
    return TokenHashes.sha256Hex(rawToken(token)).equals(token.tokenHash());
  }

  @Override
  public String toString() {
    return "TokenSecret[***]";
  }
}
