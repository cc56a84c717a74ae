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
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.health.ProbeResult;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.spring.boot.autoconfigure.WorkflowFunctions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The health of the workflows, independent of the Spring Boot line: the engine's state and the
 * result of every {@link HealthProbe} bean (adapters contribute one each). DOWN when the embedded
 * engine is not running or a probe is down.
 */
public final class WorkflowsHealth {

  /**
   * A health report.
   *
   * @param status {@code UP}, {@code DOWN} or {@code UNKNOWN}
   * @param details what the status is made of
   */
  public record Report(String status, Map<String, Object> details) {}

  private final @Nullable EmbeddedEngine engine;
  private final @Nullable BooleanSupplier engineRunning;
  private final @Nullable InngestConfig inngest;
  private final List<HealthProbe> probes;
  private final WorkflowFunctions functions;

  /**
   * Creates the check.
   *
   * @param engine the embedded engine, or null in inngest mode
   * @param engineRunning whether the embedded engine's workers run, or null in inngest mode
   * @param inngest the Inngest configuration, or null in embedded mode
   */
  public WorkflowsHealth(
      @Nullable EmbeddedEngine engine,
      @Nullable BooleanSupplier engineRunning,
      @Nullable InngestConfig inngest,
      List<HealthProbe> probes,
      WorkflowFunctions functions) {
    this.engine = engine;
    this.engineRunning = engineRunning;
    this.inngest = inngest;
    this.probes = List.copyOf(probes);
    this.functions = functions;
  }

  /** Checks now: runs every probe once. */
  public Report check() {
    Map<String, Object> details = new LinkedHashMap<>();
    boolean down = false;
    details.put("functions", functions.functions().size());
    if (engine != null) {
      boolean running = engineRunning == null || engineRunning.getAsBoolean();
      details.put("engine", "embedded");
      details.put("appId", engine.appId());
      details.put("engineRunning", running);
      List<RunRecord> runs = engine.all();
      details.put("runsInProgress", count(runs, RunStatus.RUNNING));
      details.put("runsFailed", count(runs, RunStatus.FAILED));
      down = !running;
    } else if (inngest != null) {
      details.put("engine", "inngest");
      details.put("appId", inngest.appId());
      details.put("inngestMode", inngest.mode().wireName());
    }
    Map<String, Object> probeDetails = new LinkedHashMap<>();
    for (HealthProbe probe : probes) {
      ProbeResult result = probe.check();
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("status", result.status().name());
      one.put("latencyMs", result.latency().toMillis());
      if (result.detail() != null) {
        one.put("detail", result.detail());
      }
      probeDetails.put(result.name(), one);
      down |= result.status() == HealthStatus.DOWN;
    }
    if (!probeDetails.isEmpty()) {
      details.put("probes", probeDetails);
    }
    return new Report(down ? "DOWN" : "UP", details);
  }

  private static long count(List<RunRecord> runs, RunStatus status) {
    return runs.stream().filter(r -> r.status() == status).count();
  }
}
