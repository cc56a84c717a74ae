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

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every page: head with the jar's stylesheet and script (nothing inline, so the
 * Content-Security-Policy can forbid inline code), navigation and an optional notice.
 */
public final class Page {

  private Page() {}

  /**
   * Wraps a page body.
   *
   * @param base the dashboard's mount path
   * @param title the page title (escaped)
   * @param current which navigation entry is current: {@code runs} or {@code functions}
   * @param readOnly whether to say that actions are off
   * @param notice a sentence to show above the content (escaped), or null
   */
  public static String render(
      String base,
      String title,
      String current,
      boolean readOnly,
      @Nullable String notice,
      String body) {
    Html html = new Html();
    html.raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .raw("<title>")
        .text(title)
        .raw(" · Handyman workflows</title><link rel=\"stylesheet\"")
        .attr("href", base + "/assets/dashboard.css")
        .raw("><script defer")
        .attr("src", base + "/assets/dashboard.js")
        .raw("></script></head><body><header><span class=\"brand\">Handyman workflows</span><nav>");
    navLink(html, base + "/", "Runs", Objects.equals(current, "runs"));
    navLink(html, base + "/functions", "Functions", Objects.equals(current, "functions"));
    html.raw("</nav>");
    if (readOnly) {
      html.raw("<span class=\"readonly\" id=\"read-only\">read-only</span>");
    }
    html.raw("</header><main>");
    if (notice != null) {
      html.raw("<p class=\"notice\" id=\"notice\" role=\"status\">").text(notice).raw("</p>");
    }
    html.raw(body).raw("</main></body></html>");
    return html.toString();
  }

  private static void navLink(Html html, String href, String label, boolean current) {
    html.raw("<a").attr("href", href);
    if (current) {
      html.raw(" aria-current=\"page\"");
    }
    html.raw(">").text(label).raw("</a>");
  }
}
