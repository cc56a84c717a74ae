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
