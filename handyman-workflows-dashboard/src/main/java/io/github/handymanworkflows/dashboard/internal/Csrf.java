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
package io.github.handymanworkflows.dashboard.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Double-submit CSRF tokens: a random token in a {@code SameSite=Strict}, {@code HttpOnly} cookie
 * scoped to the dashboard's path, repeated in a hidden field of every form; an action is accepted
 * only when both are present and equal. Another site can make a browser send the cookie (not with
 * {@code SameSite=Strict}, but older browsers) yet cannot read it to fill in the field.
 */
public final class Csrf {

  /** The cookie's name. */
  public static final String COOKIE = "hw_dashboard_csrf";

  /** The form field's name. */
  public static final String FIELD = "csrf";

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private Csrf() {}

  /** A fresh token: 32 random bytes, URL-safe Base64 without padding. */
  public static String newToken() {
    return randomId(32);
  }

  /** A random URL-safe id of {@code bytes} random bytes (request ids, tokens). */
  public static String randomId(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** Whether a cookie value is a well-formed token (anything else is replaced). */
  public static boolean wellFormed(@Nullable String token) {
    return token != null && TOKEN.matcher(token).matches();
  }

  /** Whether the form repeats the cookie's token; compared in constant time. */
  public static boolean matches(@Nullable String cookie, @Nullable String field) {
    if (!wellFormed(cookie) || field == null) {
      return false;
    }
    return MessageDigest.isEqual(
        cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
  }

  /** The {@code Set-Cookie} value for a token. */
  public static String cookie(String token, String path, boolean secure) {
    return COOKIE
        + "="
        + token
        + "; Path="
        + (path.isEmpty() ? "/" : path)
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }
}
