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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Builds HTML in which every value is escaped: {@link #text} and {@link #attr} escape, only {@link
 * #raw} writes markup, and it is called with literals of this package only.
 */
public final class Html {

  private final StringBuilder out = new StringBuilder(8192);

  /** Writes markup written in this package's code (never a value from a run or a request). */
  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Writes text, escaped for an element's content. */
  public Html text(@Nullable Object value) {
    out.append(escape(value == null ? "" : String.valueOf(value)));
    return this;
  }

  /** Writes {@code name="value"} with a leading space, the value escaped. */
  public Html attr(String name, @Nullable Object value) {
    out.append(' ')
        .append(name)
        .append("=\"")
        .append(escape(value == null ? "" : String.valueOf(value)))
        .append('"');
    return this;
  }

  /** Writes an element with escaped text content and an optional class. */
  public Html element(String tag, @Nullable String cssClass, @Nullable Object content) {
    out.append('<').append(tag);
    if (cssClass != null) {
      attr("class", cssClass);
    }
    out.append('>');
    text(content);
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Writes a link with escaped text. */
  public Html link(String href, @Nullable Object content) {
    out.append("<a");
    attr("href", href);
    out.append('>');
    text(content);
    out.append("</a>");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Escapes the five characters that matter in HTML text and quoted attributes. */
  public static String escape(String value) {
    StringBuilder b = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (rep != null) {
        if (b == null) {
          b = new StringBuilder(value.length() + 16).append(value, 0, i);
        }
        b.append(rep);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? value : b.toString();
  }

  /** Encodes a query parameter value or a path segment. */
  public static String url(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
