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

/**
 * A request received by {@link FakeInngestApi}.
 *
 * @param method HTTP method
 * @param path request path, e.g. {@code /fn/register}
 * @param query raw query string, empty when absent
 * @param headers request headers, names lower-cased
 * @param body raw body text
 */
public record RecordedRequest(
    String method, String path, String query, Map<String, List<String>> headers, String body) {

  /** First value of a header (name case-insensitive), if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body parsed as JSON. */
  public JsonNode json() {
    return ConformanceJson.parse(body);
  }
}
