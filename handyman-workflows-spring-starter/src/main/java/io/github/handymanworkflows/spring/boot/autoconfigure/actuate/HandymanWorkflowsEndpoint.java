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
package io.github.handymanworkflows.spring.boot.autoconfigure.actuate;

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.StepRecord;
import io.github.handymanworkflows.spring.boot.autoconfigure.WorkflowFunctions;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code handymanworkflows} actuator endpoint: the functions, and in embedded mode the most
 * recent runs and failures; {@code /actuator/handymanworkflows/{runId}} shows one run with its
 * steps. Answers hold ids, statuses and error names, never event payloads.
 */
@Endpoint(id = "handymanworkflows")
public class HandymanWorkflowsEndpoint {

  private final WorkflowFunctions functions;
  private final @Nullable EmbeddedEngine engine;
  private final int recent;

  /**
   * Creates the endpoint.
   *
   * @param engine the embedded engine, or null in inngest mode
   * @param recent how many recent runs and failures to list
   */
  public HandymanWorkflowsEndpoint(
      WorkflowFunctions functions, @Nullable EmbeddedEngine engine, int recent) {
    this.functions = functions;
    this.engine = engine;
    this.recent = Math.max(1, recent);
  }

  /** The overview. */
  @ReadOperation
  public Map<String, Object> overview() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("engine", engine == null ? "inngest" : "embedded");
    List<Map<String, Object>> fns = new ArrayList<>();
    for (WorkflowFunction fn : functions.functions()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("id", fn.id());
      f.put("name", fn.name());
      f.put("triggers", fn.triggers().stream().map(HandymanWorkflowsEndpoint::trigger).toList());
      fns.add(f);
    }
    body.put("functions", fns);
    if (engine != null) {
      List<RunRecord> newestFirst = new ArrayList<>(engine.all());
      newestFirst.sort(Comparator.comparing(RunRecord::startedAt).reversed());
      Map<String, Long> counts = new LinkedHashMap<>();
      for (RunStatus status : RunStatus.values()) {
        counts.put(
            status.name().toLowerCase(java.util.Locale.ROOT),
            newestFirst.stream().filter(r -> r.status() == status).count());
      }
      body.put("runCounts", counts);
      body.put(
          "recentRuns",
          newestFirst.stream().limit(recent).map(HandymanWorkflowsEndpoint::summary).toList());
      body.put(
          "recentFailures",
          newestFirst.stream()
              .filter(r -> r.status() == RunStatus.FAILED)
              .limit(recent)
              .map(HandymanWorkflowsEndpoint::summary)
              .toList());
    }
    return body;
  }

  /** One run with its steps, or null (404) when unknown or in inngest mode. */
  @ReadOperation
  public @Nullable Map<String, Object> run(@Selector String runId) {
    if (engine == null) {
      return null;
    }
    return engine
        .run(runId)
        .map(
            r -> {
              Map<String, Object> body = summary(r);
              List<Map<String, Object>> steps = new ArrayList<>();
              for (StepRecord step : r.steps()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("name", step.name());
                s.put("kind", step.kind());
                s.put("status", step.status());
                s.put("attempts", step.attempts());
                if (step.error() != null) {
                  s.put("error", step.error().name() + ": " + step.error().message());
                }
                steps.add(s);
              }
              body.put("steps", steps);
              return body;
            })
        .orElse(null);
  }

  private static String trigger(Trigger trigger) {
    if (trigger instanceof Trigger.OnEvent on) {
      return on.expression() == null ? on.event() : on.event() + " if " + on.expression();
    }
    return "cron " + ((Trigger.OnCron) trigger).cron();
  }

  private static Map<String, Object> summary(RunRecord r) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("runId", r.runId());
    run.put("functionId", r.functionId());
    run.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
    run.put("trigger", r.triggerName());
    run.put("startedAt", r.startedAt().toString());
    if (r.endedAt() != null) {
      run.put("endedAt", r.endedAt().toString());
    }
    if (r.error() != null) {
      run.put("error", r.error().name() + ": " + r.error().message());
    }
    return run;
  }
}
