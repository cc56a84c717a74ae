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
package io.github.handymanworkflows.spring.boot.autoconfigure.internal;

import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsConfigurationException;
import io.github.handymanworkflows.workflow.CancelOn;
import io.github.handymanworkflows.workflow.Concurrency;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowBuilder;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies {@code handyman.workflows.crons.<function-id>} overrides: the function is rebuilt with
 * the same definition and handler, its cron triggers replaced by the given schedule.
 */
public final class CronOverrides {

  private static final String PREFIX = "handyman.workflows.crons.";

  private CronOverrides() {}

  /**
   * The functions with their overrides applied, in the same order.
   *
   * @throws HandymanWorkflowsConfigurationException for an unknown function id, a function without
   *     a schedule, or an invalid cron
   */
  public static List<WorkflowFunction> apply(
      List<WorkflowFunction> functions, Map<String, String> overrides, ZoneId zone) {
    Map<String, String> pending = new LinkedHashMap<>(overrides);
    List<WorkflowFunction> result = new ArrayList<>();
    for (WorkflowFunction fn : functions) {
      String cron = pending.remove(fn.id());
      result.add(cron == null ? fn : override(fn, cron.trim(), zone));
    }
    if (!pending.isEmpty()) {
      String id = pending.keySet().iterator().next();
      Set<String> scheduled =
          functions.stream()
              .filter(f -> f.triggers().stream().anyMatch(Trigger.OnCron.class::isInstance))
              .map(WorkflowFunction::id)
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      throw new HandymanWorkflowsConfigurationException(
          PREFIX + id,
          "there is no function '" + id + "'",
          "Override one of the scheduled functions: " + String.join(", ", scheduled) + ".");
    }
    return List.copyOf(result);
  }

  private static WorkflowFunction override(WorkflowFunction fn, String cron, ZoneId zone) {
    if (fn.triggers().stream().noneMatch(Trigger.OnCron.class::isInstance)) {
      throw new HandymanWorkflowsConfigurationException(
          PREFIX + fn.id(),
          "function '" + fn.id() + "' runs on events, not on a schedule",
          "Remove the override; only scheduled functions take a cron.");
    }
    String expression = cron.startsWith("TZ=") ? cron : "TZ=" + zone.getId() + " " + cron;
    WorkflowBuilder b = Workflow.function(fn.id(), fn.name());
    try {
      b.cron(expression);
    } catch (IllegalArgumentException e) {
      throw new HandymanWorkflowsConfigurationException(
          PREFIX + fn.id(),
          String.valueOf(e.getMessage()),
          "Write five cron fields (minute hour day-of-month month day-of-week), for example"
              + " '0 3 * * *', optionally prefixed by TZ=<zone>.",
          e);
    }
    for (Trigger trigger : fn.triggers()) {
      if (trigger instanceof Trigger.OnEvent on) {
        b.trigger(on.event(), on.expression());
      }
    }
    if (fn.retriesSet()) {
      b.retries(fn.retries());
    }
    for (Concurrency c : fn.concurrency()) {
      b.concurrency(c);
    }
    for (CancelOn rule : fn.cancelOn()) {
      b.cancelOn(rule);
    }
    fn.timeouts().ifPresent(b::timeouts);
    fn.idempotency().ifPresent(b::idempotency);
    fn.failureHandler().ifPresent(b::onFailure);
    fn.declaredEvents().forEach(b::declare);
    return b.handler(fn.handler());
  }
}
