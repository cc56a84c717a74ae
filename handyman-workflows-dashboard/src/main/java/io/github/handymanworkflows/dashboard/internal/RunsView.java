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

import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.store.RunCount;
import io.github.handymanworkflows.engine.store.RunPage;
import io.github.handymanworkflows.engine.store.RunQuery;
import io.github.handymanworkflows.engine.store.StoredRun;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The runs list: counts per function and status, a filter, one page of runs newest first. */
public final class RunsView {

  private RunsView() {}

  /** Renders the page for the request's query parameters. */
  public static String render(ViewContext c, Map<String, String> params, int pageSize) {
    String functionId = params.get("function");
    if (functionId != null && !c.engine().functions().containsKey(functionId)) {
      functionId = null;
    }
    RunStatus status = status(params.get("status"));
    String search = params.get("q");
    if (search != null && search.length() > 200) {
      search = search.substring(0, 200);
    }
    String after = params.get("after");
    if (after != null && after.length() > 200) {
      after = null;
    }
    RunPage page = c.engine().queryRuns(new RunQuery(functionId, status, search, after, pageSize));

    Html html = new Html();
    html.raw("<h1>Runs</h1>");
    counts(html, c);
    filter(html, c, functionId, status, search);
    table(html, c, page);
    html.raw("<nav class=\"pager\">");
    if (after != null) {
      html.raw("<a id=\"newest\"")
          .attr("href", pageHref(c, functionId, status, search, null))
          .raw(">")
          .text("« Newest")
          .raw("</a>");
    }
    if (page.next() != null) {
      html.raw("<a id=\"older\"")
          .attr("href", pageHref(c, functionId, status, search, page.next()))
          .raw(">")
          .text("Older »")
          .raw("</a>");
    }
    html.raw("</nav>");
    return Page.render(c.base(), "Runs", "runs", c.readOnly(), null, html.toString());
  }

  private static @Nullable RunStatus status(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return RunStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static void counts(Html html, ViewContext c) {
    Map<String, Map<RunStatus, Long>> counts = new TreeMap<>();
    c.engine().functions().keySet().forEach(id -> counts.put(id, new EnumMap<>(RunStatus.class)));
    for (RunCount count : c.engine().countRuns(null, null)) {
      counts
          .computeIfAbsent(count.functionId(), f -> new EnumMap<>(RunStatus.class))
          .put(count.status(), count.count());
    }
    html.raw("<table class=\"counts\" id=\"counts\"><thead><tr><th>Function</th>");
    for (RunStatus s : RunStatus.values()) {
      html.element("th", "num", Formats.status(s));
    }
    html.raw("</tr></thead><tbody>");
    Map<RunStatus, Long> totals = new EnumMap<>(RunStatus.class);
    counts.forEach(
        (fn, byStatus) -> {
          html.raw("<tr><td>").link(c.runsHref(fn, null), fn).raw("</td>");
          for (RunStatus s : RunStatus.values()) {
            long n = byStatus.getOrDefault(s, 0L);
            totals.merge(s, n, Long::sum);
            html.raw("<td class=\"num\">");
            if (n > 0) {
              html.raw("<a")
                  .attr("class", "count status-" + Formats.status(s))
                  .attr("href", c.runsHref(fn, Formats.status(s)))
                  .raw(">")
                  .text(n)
                  .raw("</a>");
            } else {
              html.raw("<span class=\"zero\">0</span>");
            }
            html.raw("</td>");
          }
          html.raw("</tr>");
        });
    html.raw("</tbody><tfoot><tr><th>All functions</th>");
    for (RunStatus s : RunStatus.values()) {
      html.raw("<td class=\"num\">")
          .link(c.runsHref(null, Formats.status(s)), totals.getOrDefault(s, 0L))
          .raw("</td>");
    }
    html.raw("</tr></tfoot></table>");
  }

  private static void filter(
      Html html,
      ViewContext c,
      @Nullable String functionId,
      @Nullable RunStatus status,
      @Nullable String search) {
    html.raw("<form class=\"filter\" id=\"filter\" method=\"get\"")
        .attr("action", c.base() + "/")
        .raw(">");
    html.raw("<label>Function <select name=\"function\" id=\"filter-function\" data-autosubmit>")
        .raw("<option value=\"\">all</option>");
    for (String id : new TreeMap<>(c.engine().functions()).keySet()) {
      html.raw("<option").attr("value", id);
      if (id.equals(functionId)) {
        html.raw(" selected");
      }
      html.raw(">").text(id).raw("</option>");
    }
    html.raw(
            "</select></label><label>Status <select name=\"status\" id=\"filter-status\" data-autosubmit>")
        .raw("<option value=\"\">all</option>");
    for (RunStatus s : RunStatus.values()) {
      html.raw("<option").attr("value", Formats.status(s));
      if (s == status) {
        html.raw(" selected");
      }
      html.raw(">").text(Formats.status(s)).raw("</option>");
    }
    html.raw("</select></label><label>Search <input type=\"search\" name=\"q\" id=\"filter-q\"")
        .attr("value", search == null ? "" : search)
        .raw(" placeholder=\"run id, event id or user id\" size=\"32\"></label>")
        .raw("<button type=\"submit\" id=\"filter-submit\">Filter</button>");
    if (functionId != null || status != null || search != null) {
      html.raw("<a class=\"clear\"").attr("href", c.base() + "/").raw(">clear</a>");
    }
    html.raw("</form>");
  }

  private static void table(Html html, ViewContext c, RunPage page) {
    if (page.runs().isEmpty()) {
      html.raw("<p class=\"empty\" id=\"no-runs\">No runs match.</p>");
      return;
    }
    html.raw("<table class=\"runs\" id=\"runs\"><thead><tr><th>Run</th><th>Function</th>")
        .raw("<th>Status</th><th>Trigger</th><th>Started</th><th class=\"num\">Duration</th>")
        .raw("</tr></thead><tbody>");
    for (StoredRun run : page.runs()) {
      String status = Formats.status(run.status());
      html.raw("<tr class=\"run\"")
          .attr("data-run-id", run.runId())
          .raw("><td>")
          .raw("<a class=\"run-link mono\"")
          .attr("href", c.runHref(run.runId()))
          .raw(">")
          .text(run.runId())
          .raw("</a></td><td>")
          .text(run.functionId())
          .raw("</td><td>")
          .element("span", "badge status-" + status, status)
          .raw("</td><td>")
          .text(run.trigger().path("name").asText())
          .raw("</td><td>")
          .text(Formats.time(run.startedAt(), c.zone()))
          .raw("</td><td class=\"num\">")
          .text(
              Formats.duration(
                  Duration.between(
                      run.startedAt(), run.endedAt() != null ? run.endedAt() : c.now())))
          .raw("</td></tr>");
    }
    html.raw("</tbody></table>");
  }

  private static String pageHref(
      ViewContext c,
      @Nullable String functionId,
      @Nullable RunStatus status,
      @Nullable String search,
      @Nullable String after) {
    StringBuilder href = new StringBuilder(c.base()).append("/?");
    if (functionId != null) {
      href.append("function=").append(Html.url(functionId)).append('&');
    }
    if (status != null) {
      href.append("status=").append(Formats.status(status)).append('&');
    }
    if (search != null) {
      href.append("q=").append(Html.url(search)).append('&');
    }
    if (after != null) {
      href.append("after=").append(Html.url(after)).append('&');
    }
    return href.substring(0, href.length() - 1);
  }
}
