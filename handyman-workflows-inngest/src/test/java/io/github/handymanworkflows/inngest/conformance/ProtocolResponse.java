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
package io.github.handymanworkflows.inngest.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP answer from a serve endpoint.
 *
 * @param status HTTP status code
 * @param headers response headers, names lower-cased
 * @param body raw body text
 */
public record ProtocolResponse(int status, Map<String, List<String>> headers, String body) {

  /** Normalises header names to lower case so lookups do not depend on the server's spelling. */
  public ProtocolResponse {
    Map<String, List<String>> lower = new TreeMap<>();
    headers.forEach(
        (name, values) -> lower.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
    headers = Map.copyOf(lower);
  }

  /** First value of a header, if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Whether the body is non-empty JSON according to its content type. */
  public boolean isJson() {
    return !body.isEmpty()
        && header("content-type").map(type -> type.contains("application/json")).orElse(false);
  }

  /** The body parsed as JSON; fails when it is not JSON. */
  public JsonNode json() {
    return ConformanceJson.parse(body);
  }
}
