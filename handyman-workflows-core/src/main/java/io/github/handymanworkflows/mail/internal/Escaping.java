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
package io.github.handymanworkflows.mail.internal;

/** How values are made safe for each kind of template output. */
public final class Escaping {
  private Escaping() {}

  /**
   * Strips what could forge structure or mislead in any output: control characters (line breaks
   * included) become spaces, bidirectional overrides are dropped.
   */
  public static String sanitize(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean control = Character.isISOControl(c);
      boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      if (control || bidi) {
        if (out == null) {
          out = new StringBuilder(value.length()).append(value, 0, i);
        }
        if (control) {
          out.append(' ');
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  public static String html(String value) {
    if (!needsHtmlEscaping(value)) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean needsHtmlEscaping(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        return true;
      }
    }
    return false;
  }
}
