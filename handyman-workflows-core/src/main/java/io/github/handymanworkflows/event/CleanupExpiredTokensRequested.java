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
package io.github.handymanworkflows.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.github.handymanworkflows.domain.TokenKind;
import org.jspecify.annotations.Nullable;

/**
 * Asks for expired tokens to be deleted now rather than at the nightly run ({@code
 * system/cleanup.expired.tokens}).
 *
 * @param tokenKind which kind to clean up ({@code "verification"}, {@code "password-reset"} or
 *     {@code "refresh"} on the wire), or {@code null} for every kind; the original app's {@code
 *     tokenType} reads too
 */
public record CleanupExpiredTokensRequested(@JsonAlias("tokenType") @Nullable TokenKind tokenKind) {

  /** The wire name {@code system/cleanup.expired.tokens}. */
  public static final EventType<CleanupExpiredTokensRequested> TYPE =
      EventType.of("system/cleanup.expired.tokens", CleanupExpiredTokensRequested.class);

  /** A request to clean up every kind of token. */
  public static CleanupExpiredTokensRequested allKinds() {
    return new CleanupExpiredTokensRequested(null);
  }
}
