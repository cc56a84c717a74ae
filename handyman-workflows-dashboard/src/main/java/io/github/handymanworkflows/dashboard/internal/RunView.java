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

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.StepRecord;
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.engine.store.OpenWait;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.execution.SerializedError;
import io.github.handymanworkflows.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One run: summary, actions, its trigger event (masked), its steps, the sleeps and waits it is in,
 * and a timeline.
 */
public final class RunView {

  private static final Duration SOON = Duration.ofMinutes(1);

  private RunView() {}

  /** Renders a run; {@code notice} is the outcome of an action just taken, or null. */
  public static String render(ViewContext c, StoredRun run, @Nullable String notice) {
    String status = Formats.status(run.status());
    Map<String, String> names = new HashMap<>();
    run.steps().forEach(s -> names.put(s.hashedId(), s.name()));
    Html html = new Html();
    html.raw("<h1>")
        .text(run.functionId())
        .raw(" <span class=\"mono\" id=\"run-id\">")
        .text(run.runId())
        .raw("</span> <span")
        .attr("class", "badge status-" + status)
        .raw(" id=\"run-status\"")
        .attr("data-status", status)
        .raw(">")
        .text(status)
        .raw("</span></h1>");
    if (changesSoon(run, c.now())) {
      // The script reloads the page of a run that is executing or about to, so progress shows by
      // itself; a run sleeping for a day is not reloaded every few seconds.
      html.raw("<p class=\"hint\" id=\"auto-refresh\" data-refresh-seconds=\"3\">")
          .text("This run is in progress; the page refreshes itself.")
          .raw("</p>");
    }
    actions(html, c, run);
    summary(html, c, run);
    html.raw("<h2>Timeline</h2>").raw(Timeline.svg(run, c.now(), c.zone()));
    steps(html, run);
    waiting(html, c, run, names);
    html.raw("<h2>Trigger event</h2><p class=\"hint\">")
        .text("Secrets and e-mail addresses are masked as in the logs.")
        .raw("</p><pre class=\"json\" id=\"trigger\">")
        .text(pretty(run))
        .raw("</pre>");
    return Page.render(
        c.base(), "Run " + run.runId(), "runs", c.readOnly(), notice, html.toString());
  }

  private static boolean changesSoon(StoredRun run, Instant now) {
    if (run.status() != RunStatus.RUNNING) {
      return false;
    }
    Instant soon = now.plus(SOON);
    return run.work().isEmpty() && run.waits().isEmpty()
        || run.work().stream().anyMatch(w -> w.due().isBefore(soon));
  }

  private static String pretty(StoredRun run) {
    try {
      return Json.mapper()
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(JsonMasking.mask(run.trigger()));
    } catch (JsonProcessingException e) {
      return "(the event could not be shown: " + e.getOriginalMessage() + ")";
    }
  }

  private static void actions(Html html, ViewContext c, StoredRun run) {
    if (c.readOnly()) {
      return;
    }
    html.raw("<div class=\"actions\">");
    if (run.status() == RunStatus.FAILED) {
      form(html, c, run, "retry", "Retry from the failed step", "primary");
    }
    if (run.status() == RunStatus.RUNNING) {
      form(html, c, run, "cancel", "Cancel run", "danger");
    }
    form(html, c, run, "replay", "Replay trigger event", "secondary");
    html.raw("</div>");
  }

  private static void form(
      Html html, ViewContext c, StoredRun run, String op, String label, String kind) {
    html.raw("<form method=\"post\" data-once")
        .attr("id", op + "-form")
        .attr("action", c.runHref(run.runId()) + "/" + op)
        .raw(">")
        .raw("<input type=\"hidden\"")
        .attr("name", Csrf.FIELD)
        .attr("value", c.csrf())
        .raw(">")
        .raw("<input type=\"hidden\" name=\"requestId\"")
        .attr("value", Csrf.randomId(16))
        .raw(">")
        .raw("<button type=\"submit\"")
        .attr("class", kind)
        .attr("id", op + "-button")
        .raw(">")
        .text(label)
        .raw("</button></form>");
  }

  private static void summary(Html html, ViewContext c, StoredRun run) {
    Instant end = run.endedAt() != null ? run.endedAt() : c.now();
    html.raw("<dl class=\"summary\">");
    row(html, "Function", run.functionId());
    row(html, "Started", Formats.time(run.startedAt(), c.zone()));
    row(html, "Ended", Formats.time(run.endedAt(), c.zone()));
    row(
        html,
        run.endedAt() == null ? "Running for" : "Duration",
        Formats.duration(Duration.between(run.startedAt(), end)));
    row(html, "Trigger", run.trigger().path("name").asText());
    row(html, "Event id", run.triggerEventId());
    row(html, "User id", run.userId().orElse("—"));
    if (run.parentRunId() != null) {
      html.raw("<dt>Invoked by</dt><dd>")
          .link(c.runHref(run.parentRunId()), run.parentRunId())
          .raw("</dd>");
    }
    if (run.output() != null) {
      row(
          html,
          "Output size",
          Formats.bytes(run.output().toString().getBytes(StandardCharsets.UTF_8).length));
    }
    if (run.error() != null) {
      html.raw("<dt>Error</dt><dd class=\"error\" id=\"run-error\">")
          .text(error(run.error()))
          .raw("</dd>");
    }
    if (!run.warnings().isEmpty()) {
      row(html, "Warnings", String.join("; ", run.warnings()));
    }
    html.raw("</dl>");
  }

  private static void row(Html html, String name, String value) {
    html.raw("<dt>").text(name).raw("</dt><dd>").text(value).raw("</dd>");
  }

  private static String error(SerializedError error) {
    return error.name() + ": " + error.message();
  }

  private static void steps(Html html, StoredRun run) {
    html.raw("<h2>Steps</h2>");
    if (run.steps().isEmpty()) {
      html.raw("<p class=\"empty\">No step reported yet.</p>");
      return;
    }
    html.raw("<table class=\"steps\" id=\"steps\"><thead><tr><th>#</th><th>Step</th><th>Kind</th>")
        .raw("<th>Status</th><th class=\"num\">Attempts</th><th class=\"num\">Duration</th>")
        .raw("<th class=\"num\">Output</th><th>Error</th></tr></thead><tbody>");
    int i = 1;
    for (StepRecord step : run.steps()) {
      html.raw("<tr class=\"step\"")
          .attr("data-step", step.name())
          .raw("><td class=\"num\">")
          .text(i++)
          .raw("</td><td class=\"mono\">")
          .text(step.name())
          .raw("</td><td>")
          .text(step.kind())
          .raw("</td><td>")
          .element("span", "badge step-" + step.status().replace(' ', '-'), step.status())
          .raw("</td><td class=\"num\">")
          .text(step.attempts())
          .raw("</td><td class=\"num\">")
          .text(step.duration().map(Formats::duration).orElse("—"))
          .raw("</td><td class=\"num\">")
          .text(Formats.bytes(step.outputBytes()))
          .raw("</td><td class=\"error\">")
          .text(step.error() == null ? "" : error(step.error()))
          .raw("</td></tr>");
    }
    html.raw("</tbody></table>");
  }

  private static void waiting(Html html, ViewContext c, StoredRun run, Map<String, String> names) {
    html.raw("<h2>Sleeps, waits and scheduled work</h2>");
    if (run.work().isEmpty() && run.waits().isEmpty()) {
      html.raw("<p class=\"empty\" id=\"no-waits\">Nothing scheduled.</p>");
      return;
    }
    html.raw(
            "<table class=\"waits\" id=\"waits\"><thead><tr><th>What</th><th>Step</th><th>Due</th>")
        .raw("<th>Detail</th></tr></thead><tbody>");
    for (OpenWait wait : run.waits()) {
      html.raw("<tr class=\"wait\"><td>")
          .text("waiting for " + wait.eventName())
          .raw("</td><td class=\"mono\">")
          .text(names.getOrDefault(wait.stepId(), wait.stepId()))
          .raw("</td><td>")
          .text("times out " + Formats.time(wait.expiresAt(), c.zone()))
          .raw("</td><td class=\"mono\">")
          .text(wait.condition() == null ? "any event of that name" : wait.condition())
          .raw("</td></tr>");
    }
    for (DueWork work : run.work()) {
      String step = work.stepId() == null ? "—" : names.getOrDefault(work.stepId(), work.stepId());
      html.raw("<tr class=\"work\"")
          .attr("data-kind", work.kind().name())
          .raw("><td>")
          .text(describe(work))
          .raw("</td><td class=\"mono\">")
          .text(step)
          .raw("</td><td>")
          .text(Formats.time(work.due(), c.zone()))
          .raw("</td><td>")
          .text(work.kind().isCall() ? "attempt " + (work.attempt() + 1) : "")
          .raw("</td></tr>");
    }
    html.raw("</tbody></table>");
  }

  private static String describe(DueWork work) {
    return switch (work.kind()) {
      case DISCOVERY -> "next call";
      case TARGETED -> "step call";
      case SLEEP_DONE -> "sleeping until";
      case WAIT_TIMEOUT -> "wait timeout";
      case INVOKE_TIMEOUT -> "invoke timeout";
      case FINISH_TIMEOUT -> "finish timeout";
    };
  }
}
