package io.github.handymanworkflows.inngest;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The serve endpoint's answer, for the web framework to write out.
 *
 * @param status the HTTP status
 * @param headers the headers to set (names as Inngest spells them; lookups are case-insensitive)
 * @param body the body bytes
 */
public record ServeResponse(int status, Map<String, String> headers, byte[] body) {

  /** Validates and copies the response. */
  public ServeResponse {
    Objects.requireNonNull(headers, "headers must not be null");
    Objects.requireNonNull(body, "body must not be null");
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    headers = Collections.unmodifiableMap(copy);
  }

  /** A header's value, looked up case-insensitively. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
