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
package io.github.handymanworkflows.dashboard;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request to the dashboard, as a web framework hands it over.
 *
 * @param method the HTTP method
 * @param basePath where the dashboard is mounted, without a trailing slash (e.g. {@code
 *     /handyman/dashboard}); links and the CSRF cookie's path start with it
 * @param path the raw path below {@code basePath}, still percent-encoded as it came in the request
 *     line, starting with {@code /} ({@code /} for the runs list); adapters must not decode or
 *     normalize it (see {@link #pathBelow}): the dashboard splits it into segments and decodes each
 *     segment once, so every adapter resolves a URL the same way
 * @param query the query parameters (first value of each)
 * @param form the URL-encoded form fields of a POST (first value of each)
 * @param cookies the request's cookies by name
 * @param origin the {@code Origin} header, if sent
 * @param host the {@code Host} header, if sent
 * @param secure whether the request came over HTTPS (the CSRF cookie is then {@code Secure})
 * @param actor who is signed in, for the audit log ({@code anonymous} when the host has no login)
 */
public record DashboardRequest(
    String method,
    String basePath,
    String path,
    Map<String, String> query,
    Map<String, String> form,
    Map<String, String> cookies,
    @Nullable String origin,
    @Nullable String host,
    boolean secure,
    String actor) {

  /** Validates the fields and copies the maps. */
  public DashboardRequest {
    Objects.requireNonNull(method, "method must not be null");
    Objects.requireNonNull(basePath, "basePath must not be null");
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(actor, "actor must not be null");
    if (basePath.endsWith("/")) {
      basePath = basePath.substring(0, basePath.length() - 1);
    }
    if (path.isEmpty()) {
      path = "/";
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    query = Map.copyOf(query);
    form = Map.copyOf(form);
    cookies = Map.copyOf(cookies);
  }

  /**
   * The raw path below a mount, for an adapter: {@code /dash/runs/a%2Fb} below {@code /dash} is
   * {@code /runs/a%2Fb} (still encoded), {@code /dash} is {@code /}. Null when the path is not
   * below the mount, compared raw and case-sensitively: {@code /dashx} or an encoded {@code
   * /d%61sh} is not the mount, whatever the server's own matching decided. An encoded slash right
   * after the mount ({@code /dash%2Ffunctions}) is kept as a segment, for the dashboard to refuse
   * as it refuses every encoded slash.
   *
   * @param rawRequestPath the request's path as sent, without the query
   * @param basePath the mount path, with or without a trailing slash
   */
  public static @Nullable String pathBelow(String rawRequestPath, String basePath) {
    String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    if (!rawRequestPath.startsWith(base)) {
      return null;
    }
    String below = rawRequestPath.substring(base.length());
    if (below.isEmpty()) {
      return "/";
    }
    if (below.startsWith("/")) {
      return below;
    }
    return below.regionMatches(true, 0, "%2F", 0, 3) ? "/" + below : null;
  }

  /**
   * Parses {@code application/x-www-form-urlencoded} text (a query string or a form body); the
   * first value of a repeated name wins, malformed pairs are skipped.
   */
  public static Map<String, String> parseUrlEncoded(@Nullable String text) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return values;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        values.putIfAbsent(name, value);
      } catch (IllegalArgumentException malformed) {
        // A bad %-escape: the pair is ignored, as a browser never sends one.
      }
    }
    return values;
  }

  /** Parses a {@code Cookie} header into names and values. */
  public static Map<String, String> parseCookies(@Nullable String header) {
    Map<String, String> cookies = new LinkedHashMap<>();
    if (header == null) {
      return cookies;
    }
    for (String part : header.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        cookies.putIfAbsent(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
      }
    }
    return cookies;
  }
}
