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
package io.github.handymanworkflows.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of single-purpose tokens the marketplace issues and expires.
 *
 * <p>In JSON a kind is its lower-case, hyphenated name ({@code "verification"}, {@code
 * "password-reset"}, {@code "refresh"}), the spelling of the original app; any case reads, and
 * {@code password_reset} does too.
 */
public enum TokenKind {
  /** Confirms an email address. */
  VERIFICATION,
  /** Lets a user choose a new password. */
  PASSWORD_RESET,
  /** Renews a session's access token. */
  REFRESH;

  /** The JSON spelling, for example {@code password-reset}. */
  @JsonValue
  public String wireName() {
    return WireNames.of(this);
  }

  /**
   * Reads the JSON spelling, ignoring case.
   *
   * @throws IllegalArgumentException for an unknown kind
   */
  @JsonCreator
  public static TokenKind fromWireName(String wireName) {
    return WireNames.parse(TokenKind.class, wireName, "token kind");
  }
}
