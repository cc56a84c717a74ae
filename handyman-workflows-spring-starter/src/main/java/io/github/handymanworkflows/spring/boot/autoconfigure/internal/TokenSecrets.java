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
package io.github.handymanworkflows.spring.boot.autoconfigure.internal;

import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsConfigurationException;
import io.github.handymanworkflows.token.InMemoryTokenRepository;
import io.github.handymanworkflows.token.TokenRepository;
import io.github.handymanworkflows.token.TokenSecret;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The token secret from {@code handyman.workflows.tokens.secret}, closed by default. */
public final class TokenSecrets {

  /** The property. */
  public static final String PROPERTY = "handyman.workflows.tokens.secret";

  private static final Logger LOGGER = LoggerFactory.getLogger(TokenSecrets.class);

  private TokenSecrets() {}

  /**
   * The configured key; a random one when none is set and the tokens live in memory (they die with
   * the process, so no other process must derive them).
   *
   * @throws HandymanWorkflowsConfigurationException when none is set for a durable token store, or
   *     the one set is too short; the message names the property, never the value
   */
  public static TokenSecret from(@Nullable String configured, TokenRepository tokens) {
    if (configured == null || configured.isBlank()) {
      if (tokens instanceof InMemoryTokenRepository) {
        LOGGER.warn(
            "{} is not set: verification and reset links use a random key for this process only."
                + " Set it before keeping tokens in a durable store.",
            PROPERTY);
        return TokenSecret.random();
      }
      throw new HandymanWorkflowsConfigurationException(
          PROPERTY,
          "no token secret is set, and the tokens are kept in " + tokens.getClass().getSimpleName(),
          "set "
              + PROPERTY
              + " (or HANDYMAN_WORKFLOWS_TOKENS_SECRET) to at least "
              + TokenSecret.MIN_BYTES
              + " random bytes, the same in every instance, e.g. from: openssl rand -base64 48");
    }
    try {
      return TokenSecret.of(configured);
    } catch (IllegalArgumentException e) {
      throw new HandymanWorkflowsConfigurationException(
          PROPERTY,
          e.getMessage(),
          "use at least " + TokenSecret.MIN_BYTES + " random bytes: openssl rand -base64 48",
          null);
    }
  }
}
