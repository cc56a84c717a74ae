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
package io.github.handymanworkflows.inngest;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request to the serve endpoint, independent of the web framework.
 *
 * @param method the HTTP method, upper case
 * @param uri the request URI: path and query, or absolute (then its scheme and authority are used
 *     as the serve origin when none is configured)
 * @param headers the headers; lookups are case-insensitive, repeated headers joined with commas
 * @param body the raw body bytes, exactly as received (signatures are computed over them)
 */
public record ServeRequest(String method, URI uri, Map<String, String> headers, byte[] body) {

  /** Validates and copies the request. */
  public ServeRequest {
    Objects.requireNonNull(method, "method must not be null");
    Objects.requireNonNull(uri, "uri must not be null");
    Objects.requireNonNull(headers, "headers must not be null");
    Objects.requireNonNull(body, "body must not be null");
    method = method.toUpperCase(Locale.ROOT);
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            copy.merge(k, v, (a, b) -> a + "," + b);
          }
        });
    headers = Collections.unmodifiableMap(copy);
  }

  /** A header's value, looked up case-insensitively. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /**
   * The first value of a query parameter, decoded. The serve handler itself refuses requests that
   * repeat {@code fnId}, {@code stepId} or {@code probe}, so for those the first value is the only
   * one.
   */
  public Optional<String> queryParam(String name) {
    List<String> values = queryParams(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of a query parameter, decoded, in order. */
  public List<String> queryParams(String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (decode(key).equals(name)) {
        values.add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return values;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A malformed escape cannot name a parameter we read; keep it verbatim.
      return text;
    }
  }
}
