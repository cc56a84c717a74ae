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
package io.github.handymanworkflows.workflows.maintenance;

import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.health.HealthTransition;
import io.github.handymanworkflows.health.ProbeResult;
import io.github.handymanworkflows.mail.HealthAlertEmail;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code system-health-flow}: every 15 minutes, checks each configured probe (measured latency, not
 * a timestamp), records its status, and alerts every admin only when a probe went down or recovered
 * ({@code health-alert:<adminId>:<checkedAt>}), not on every run. Per probe, one step measures and
 * one records, so a flaky recording neither re-measures nor touches the other probes; recording the
 * same check again returns what its first recording returned ({@link
 * io.github.handymanworkflows.health.HealthStateRepository}), so a retried recording still alerts.
 * Concurrency 1, so runs never overlap.
 */
public final class SystemHealthFlow {

  /** The function id. */
  public static final String FUNCTION_ID = "system-health-flow";

  private final WorkflowDependencies deps;

  private SystemHealthFlow(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    SystemHealthFlow flow = new SystemHealthFlow(deps);
    return Workflow.function(FUNCTION_ID, "System Health Flow")
        .cron(deps.settings().cron("*/15 * * * *"))
        .retries(1)
        .concurrency(1)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param checkedAt the run's scheduled time
   * @param overallStatus {@code HEALTHY}, {@code DEGRADED} (some probe down) or {@code DOWN} (all)
   * @param probesDown probes that are down
   * @param alerted whether a probe went down or recovered, so admins were told
   * @param adminsAlerted admins mailed
   */
  public record Result(
      Instant checkedAt,
      String overallStatus,
      int probesDown,
      boolean alerted,
      int adminsAlerted) {}

  /** One probe's reading. */
  record Measured(String name, HealthStatus status, Duration latency, @Nullable String detail) {}

  /**
   * One probe's check and what recording it changed.
   *
   * @param alert whether it went down or came back up
   */
  record Checked(
      String name,
      HealthStatus status,
      Duration latency,
      @Nullable String detail,
      @Nullable HealthStatus previous,
      boolean alert) {}

  private Result run(WorkflowContext ctx, Step step) {
    Instant at = ctx.triggeredAt();
    List<Checked> checks = new ArrayList<>();
    for (HealthProbe probe : deps.probes()) {
      Measured measured = step.run("check-probe", Measured.class, () -> measure(probe));
      checks.add(step.run("record-probe", Checked.class, () -> record(measured, at)));
    }
    long down = checks.stream().filter(c -> c.status() == HealthStatus.DOWN).count();
    boolean healthy = down == 0;
    String overall = healthy ? "HEALTHY" : down == checks.size() ? "DOWN" : "DEGRADED";
    boolean alert = checks.stream().anyMatch(Checked::alert);
    if (!alert) {
      return new Result(at, overall, (int) down, false, 0);
    }
    List<HealthAlertEmail.Probe> probes =
        checks.stream()
            .map(
                c ->
                    new HealthAlertEmail.Probe(
                        c.name(),
                        c.status().name(),
                        c.status() == HealthStatus.UNKNOWN ? null : c.latency(),
                        c.detail()))
            .toList();
    int mailed =
        Admins.mailAll(
            deps,
            step,
            "alert-admins",
            admins ->
                deps.emails()
                    .healthAlerts(
                        admins.stream()
                            .map(admin -> new HealthAlertEmail(admin, overall, healthy, at, probes))
                            .toList()));
    return new Result(at, overall, (int) down, true, mailed);
  }

  private static Measured measure(HealthProbe probe) {
    ProbeResult result;
    try {
      result = probe.check();
    } catch (RuntimeException e) {
      // The contract says probes never throw; one that does is down, not a failed run.
      result = ProbeResult.down(probe.name(), Duration.ZERO, e.getClass().getSimpleName());
    }
    return new Measured(probe.name(), result.status(), result.latency(), result.detail());
  }

  private Checked record(Measured m, Instant at) {
    HealthTransition transition = deps.healthStates().record(m.name(), m.status(), at);
    HealthStatus previous = transition.previous();
    boolean alert =
        transition.changed()
            && (transition.current() == HealthStatus.DOWN || previous == HealthStatus.DOWN);
    return new Checked(m.name(), m.status(), m.latency(), m.detail(), previous, alert);
  }
}
