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
import io.github.handymanworkflows.internal.time.CronSchedule;
import io.github.handymanworkflows.workflow.Concurrency;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The functions: triggers, crons with their next fire in the business zone, concurrency limits and
 * runs in progress, and the failure rate over the last hour and day with an hourly chart.
 */
public final class FunctionsView {

  private static final int HOURS = 24;

  private FunctionsView() {}

  /** Per function: runs started in one window, by status. */
  private record Tally(Map<String, long[]> byFunction) {
    static Tally of(List<RunCount> counts) {
      Map<String, long[]> map = new HashMap<>();
      for (RunCount count : counts) {
        map.computeIfAbsent(count.functionId(), f -> new long[RunStatus.values().length])[
                count.status().ordinal()] +=
            count.count();
      }
      return new Tally(map);
    }

    long[] of(String functionId) {
      return byFunction.getOrDefault(functionId, new long[RunStatus.values().length]);
    }
  }

  /** Renders the page. */
  public static String render(ViewContext c) {
    Instant now = c.now();
    Tally all = Tally.of(c.engine().countRuns(null, null));
    Tally hour = Tally.of(c.engine().countRuns(now.minus(Duration.ofHours(1)), null));
    Tally day = Tally.of(c.engine().countRuns(now.minus(Duration.ofDays(1)), null));
    // The chart's 24 hours in one grouped call, not one per hour: four store calls per page load,
    // whatever the number of functions or runs.
    Instant firstHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(HOURS - 1));
    List<List<RunCount>> perHour =
        c.engine().countRunsByWindow(firstHour, Duration.ofHours(1), HOURS);
    Tally[] hours = new Tally[HOURS];
    for (int i = 0; i < HOURS; i++) {
      hours[i] = Tally.of(perHour.get(i));
    }

    Html html = new Html();
    html.raw("<h1>Functions</h1><p class=\"hint\">")
        .text(
            "Times in "
                + c.zone().getId()
                + ". Failure rate: failed runs among the ended runs"
                + " started in the window.")
        .raw("</p><table class=\"functions\" id=\"functions\"><thead><tr><th>Function</th>")
        .raw("<th>Triggers</th><th>Concurrency</th><th class=\"num\">Retries</th>")
        .raw("<th class=\"num\">Failed, 1 h</th><th class=\"num\">Failed, 24 h</th>")
        .raw("<th>Last 24 h</th></tr></thead><tbody>");
    for (WorkflowFunction fn : new TreeMap<>(c.engine().functions()).values()) {
      html.raw("<tr class=\"function\"")
          .attr("data-function", fn.id())
          .raw("><td><a")
          .attr("href", c.runsHref(fn.id(), null))
          .raw(" class=\"mono\">")
          .text(fn.id())
          .raw("</a><br><span class=\"hint\">")
          .text(fn.name())
          .raw("</span></td><td>");
      triggers(html, c, fn, now);
      html.raw("</td><td>");
      concurrency(html, fn, all.of(fn.id())[RunStatus.RUNNING.ordinal()]);
      html.raw("</td><td class=\"num\">")
          .text(fn.retries())
          .raw("</td><td class=\"num\">")
          .text(rate(hour.of(fn.id())))
          .raw("</td><td class=\"num\">")
          .text(rate(day.of(fn.id())))
          .raw("</td><td>");
      chart(html, fn.id(), hours, firstHour, c);
      html.raw("</td></tr>");
    }
    html.raw("</tbody></table>");
    return Page.render(c.base(), "Functions", "functions", c.readOnly(), null, html.toString());
  }

  private static void triggers(Html html, ViewContext c, WorkflowFunction fn, Instant now) {
    html.raw("<ul class=\"triggers\">");
    List<Trigger> triggers = fn.triggers();
    for (int i = 0; i < triggers.size(); i++) {
      Trigger trigger = triggers.get(i);
      html.raw("<li>");
      if (trigger instanceof Trigger.OnEvent event) {
        html.element("span", "mono", event.event());
        if (event.expression() != null) {
          html.raw(" if ").element("span", "mono", event.expression());
        }
      } else if (trigger instanceof Trigger.OnCron cron) {
        Optional<Instant> next = c.engine().nextCronFire(fn.id(), i);
        if (next.isEmpty()) {
          next = CronSchedule.parse(cron.cron()).nextAfter(now);
        }
        html.raw("cron ")
            .element("span", "mono", cron.cron())
            .raw("<br><span class=\"next-fire\">")
            .text("next " + next.map(at -> Formats.time(at, c.zone())).orElse("never"))
            .raw("</span>");
      }
      html.raw("</li>");
    }
    html.raw("</ul>");
  }

  private static void concurrency(Html html, WorkflowFunction fn, long running) {
    if (fn.concurrency().isEmpty()) {
      html.text("no limit");
    }
    for (Concurrency limit : fn.concurrency()) {
      html.raw("<div>")
          .text(
              limit.limit()
                  + (limit.key() == null ? "" : " per " + limit.key())
                  + " ("
                  + limit.scope().name().toLowerCase(Locale.ROOT)
                  + ")")
          .raw("</div>");
    }
    html.raw("<div class=\"in-use\">").text(running + " running").raw("</div>");
  }

  private static String rate(long[] byStatus) {
    long failed = byStatus[RunStatus.FAILED.ordinal()];
    long ended =
        failed + byStatus[RunStatus.COMPLETED.ordinal()] + byStatus[RunStatus.CANCELLED.ordinal()];
    if (ended == 0) {
      return "—";
    }
    return String.format(Locale.ROOT, "%.0f %% (%d of %d)", 100.0 * failed / ended, failed, ended);
  }

  private static void chart(
      Html html, String functionId, Tally[] hours, Instant firstHour, ViewContext c) {
    long max = 1;
    for (Tally t : hours) {
      long[] n = t.of(functionId);
      max = Math.max(max, n[0] + n[1] + n[2] + n[3]);
    }
    int barWidth = 6;
    int height = 28;
    html.raw("<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"")
        .attr("width", HOURS * (barWidth + 1))
        .attr("height", height)
        .attr("viewBox", "0 0 " + HOURS * (barWidth + 1) + " " + height)
        .raw("><title>")
        .text("Runs per hour of " + functionId + " over the last 24 hours, failed runs in red")
        .raw("</title>");
    html.raw("<line class=\"baseline\" x1=\"0\"")
        .attr("x2", HOURS * (barWidth + 1))
        .attr("y1", height - 0.5)
        .attr("y2", height - 0.5)
        .raw("></line>");
    for (int i = 0; i < HOURS; i++) {
      long[] n = hours[i].of(functionId);
      long total = n[0] + n[1] + n[2] + n[3];
      long failed = n[RunStatus.FAILED.ordinal()];
      int x = i * (barWidth + 1);
      int h = (int) Math.round((double) total / max * height);
      int hf = (int) Math.round((double) failed / max * height);
      String tip =
          Formats.time(firstHour.plus(Duration.ofHours(i)), c.zone())
              + ": "
              + total
              + " runs, "
              + failed
              + " failed";
      html.raw("<g><title>").text(tip).raw("</title>");
      html.raw("<rect class=\"runs-bar\"")
          .attr("x", x)
          .attr("y", height - h)
          .attr("width", barWidth)
          .attr("height", Math.max(h, total > 0 ? 1 : 0))
          .raw("></rect>");
      if (failed > 0) {
        html.raw("<rect class=\"failed-bar\"")
            .attr("x", x)
            .attr("y", height - hf)
            .attr("width", barWidth)
            .attr("height", Math.max(hf, 1))
            .raw("></rect>");
      }
      html.raw("</g>");
    }
    html.raw("</svg>");
  }
}
