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

import io.github.handymanworkflows.engine.StepRecord;
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.engine.store.StoredRun;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A run's timeline as inline SVG, drawn on the server: one bar for the run, one per step from when
 * it was first seen to its last change, and a tick for every piece of work still due. Styled by
 * classes from the stylesheet, so the Content-Security-Policy needs no inline styles.
 */
final class Timeline {

  private static final int WIDTH = 760;
  private static final int LABEL = 180;
  private static final int ROW = 22;

  private Timeline() {}

  static String svg(StoredRun run, Instant now, ZoneId zone) {
    Instant from = run.startedAt();
    Instant to = run.endedAt() != null ? run.endedAt() : now;
    for (DueWork work : run.work()) {
      if (work.due().isAfter(to)) {
        to = work.due();
      }
    }
    long span = Math.max(1, Duration.between(from, to).toMillis());
    int rows = run.steps().size() + 1 + (run.work().isEmpty() ? 0 : 1);
    int height = rows * ROW + 30;
    Html svg = new Html();
    svg.raw(
            "<svg class=\"timeline\" id=\"timeline\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"")
        .attr("viewBox", "0 0 " + WIDTH + " " + height)
        .attr("width", WIDTH)
        .attr("height", height)
        .raw("><title>")
        .text("Timeline of run " + run.runId())
        .raw("</title>");
    int y = 4;
    Instant runEnd = run.endedAt() != null ? run.endedAt() : now;
    bar(svg, "run", "status-" + Formats.status(run.status()), from, runEnd, from, span, y);
    y += ROW;
    for (StepRecord step : run.steps()) {
      Instant first = step.firstAt() != null ? step.firstAt() : from;
      Instant last = step.lastAt() != null ? step.lastAt() : first;
      if (isOpen(step.status()) && run.endedAt() == null) {
        last = now;
      }
      bar(svg, step.name(), "step-" + step.status().replace(' ', '-'), first, last, from, span, y);
      y += ROW;
    }
    if (!run.work().isEmpty()) {
      label(svg, "scheduled", y);
      for (DueWork work : run.work()) {
        double x = LABEL + x(work.due(), from, span);
        svg.raw("<line class=\"due\"")
            .attr("x1", fmt(x))
            .attr("x2", fmt(x))
            .attr("y1", y)
            .attr("y2", y + ROW - 6)
            .raw("><title>")
            .text(
                work.kind().name().toLowerCase(Locale.ROOT)
                    + " at "
                    + Formats.time(work.due(), zone))
            .raw("</title></line>");
      }
      y += ROW;
    }
    svg.raw("<text class=\"axis\"")
        .attr("x", LABEL)
        .attr("y", y + 14)
        .raw(">")
        .text(Formats.time(from, zone))
        .raw("</text>")
        .raw("<text class=\"axis\" text-anchor=\"end\"")
        .attr("x", WIDTH - 2)
        .attr("y", y + 14)
        .raw(">")
        .text(Formats.time(to, zone))
        .raw("</text></svg>");
    return svg.toString();
  }

  private static boolean isOpen(String status) {
    return status.equals("sleeping") || status.equals("waiting") || status.equals("planned");
  }

  private static void bar(
      Html svg,
      String name,
      String cssClass,
      Instant start,
      Instant end,
      Instant from,
      long span,
      int y) {
    label(svg, name, y);
    double x1 = x(start, from, span);
    double w = Math.max(2, x(end, from, span) - x1);
    svg.raw("<rect")
        .attr("class", "bar " + cssClass)
        .attr("x", fmt(LABEL + x1))
        .attr("y", y)
        .attr("width", fmt(w))
        .attr("height", ROW - 6)
        .raw("><title>")
        .text(name + ": " + Formats.duration(Duration.between(start, end)))
        .raw("</title></rect>");
  }

  private static void label(Html svg, String name, int y) {
    String shown = name.length() > 26 ? name.substring(0, 25) + "…" : name;
    svg.raw("<text class=\"label\"")
        .attr("x", 0)
        .attr("y", y + 12)
        .raw(">")
        .text(shown)
        .raw("</text>");
  }

  private static double x(Instant at, Instant from, long span) {
    double fraction = Duration.between(from, at).toMillis() / (double) span;
    return Math.max(0, Math.min(1, fraction)) * (WIDTH - LABEL - 4);
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
