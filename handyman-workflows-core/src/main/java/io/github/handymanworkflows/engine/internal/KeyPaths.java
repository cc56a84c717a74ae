package io.github.handymanworkflows.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** Reads key expressions of the form {@code event.data.userId} against an event. */
public final class KeyPaths {

  private static final Pattern PATH = Pattern.compile("event(\\.[A-Za-z_][A-Za-z0-9_]*)+");

  private KeyPaths() {}

  /**
   * The key's value as text ({@code ""} when the field is missing).
   *
   * @throws IllegalArgumentException when the key is not a plain {@code event.…} field path
   */
  public static String resolve(String key, JsonNode event) {
    String trimmed = key.trim();
    if (!PATH.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(
          "the embedded engine supports concurrency keys that are event field paths, not: " + key);
    }
    JsonNode node = event;
    String[] parts = trimmed.split("\\.");
    for (int i = 1; i < parts.length; i++) {
      node = node.path(parts[i]);
    }
    return node.isMissingNode() || node.isNull() ? "" : node.asText();
  }
}
