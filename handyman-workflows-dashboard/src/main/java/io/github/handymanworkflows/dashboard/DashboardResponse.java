package io.github.handymanworkflows.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The dashboard's answer: status, headers (security headers included) and body.
 *
 * @param status the HTTP status
 * @param headers header values by name, one value each
 * @param body the body bytes
 */
public record DashboardResponse(int status, Map<String, String> headers, byte[] body) {

  /** Validates the fields and copies the map. */
  public DashboardResponse {
    Objects.requireNonNull(headers, "headers must not be null");
    Objects.requireNonNull(body, "body must not be null");
    headers = Map.copyOf(new LinkedHashMap<>(headers));
  }

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
