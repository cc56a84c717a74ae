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
package io.github.handymanworkflows.internal;

import org.jspecify.annotations.Nullable;

/**
 * Masks secrets and personal data for {@code toString}, log lines and exception messages.
 *
 * <p>The masks keep just enough to tell values apart when debugging (the first letter and domain of
 * an address) and nothing that could be used to sign in or contact someone.
 */
public final class Masking {

  /** What every secret looks like once masked: its length is not revealed either. */
  public static final String SECRET_MASK = "****";

  private Masking() {}

  /**
   * Masks a secret such as a token or password completely.
   *
   * @return {@code null} for {@code null}, so that absent values stay distinguishable
   */
  public static @Nullable String secret(@Nullable String value) {
    return value == null ? null : SECRET_MASK;
  }

  /**
   * Masks an email address to its first character and its domain: {@code t***@example.com}.
   *
   * <p>Anything that does not look like an address is masked completely, since it may be a typo of
   * a real one.
   *
   * @return {@code null} for {@code null}
   */
  public static @Nullable String email(@Nullable String value) {
    if (value == null) {
      return null;
    }
    int at = value.lastIndexOf('@');
    if (at <= 0 || at == value.length() - 1) {
      return SECRET_MASK;
    }
    return value.charAt(0) + "***" + value.substring(at);
  }
}
