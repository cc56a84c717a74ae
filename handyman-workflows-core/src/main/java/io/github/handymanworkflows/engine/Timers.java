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
package io.github.handymanworkflows.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.engine.internal.WorkItem;
import io.github.handymanworkflows.engine.internal.WorkQueue;
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.execution.SerializedError;
import io.github.handymanworkflows.internal.time.CronSchedule;
import io.github.handymanworkflows.internal.time.TimeStrings;
import io.github.handymanworkflows.workflow.InngestEvents;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timers and schedules: the end of sleeps, wait/invoke/finish timeouts, and cron triggers. Crons
 * missed while no engine ran fire once at start (never once per missed instant), then follow their
 * schedule from now. Called with the engine lock held.
 */
final class Timers {

  private static final Logger LOGGER = LoggerFactory.getLogger(Timers.class);

  private final Clock clock;
  private final Map<String, WorkflowFunction> functions;
  private final EngineStore store;
  private final WorkQueue queue;
  private final Runs runs;
  private final RunTransitions transitions;

  Timers(
      Clock clock,
      Map<String, WorkflowFunction> functions,
      WorkQueue queue,
      Runs runs,
      RunTransitions transitions) {
    this.clock = clock;
    this.functions = functions;
    this.store = runs.store();
    this.queue = queue;
    this.runs = runs;
    this.transitions = transitions;
  }

  /** Queues each cron trigger's next fire, from the store when it recorded one. */
  void scheduleCrons() {
    Instant now = clock.instant();
    for (WorkflowFunction fn : functions.values()) {
      List<Trigger> triggers = fn.triggers();
      for (int i = 0; i < triggers.size(); i++) {
        if (triggers.get(i) instanceof Trigger.OnCron cron) {
          String cronId = cronId(fn.id(), i);
          Instant next = store.nextCronFire(cronId).orElse(null);
          if (next == null) {
            next = CronSchedule.parse(cron.cron()).nextAfter(now).orElse(null);
            if (next == null) {
              continue;
            }
            store.saveNextCronFire(cronId, next);
          } else if (!next.isAfter(now)) {
            LOGGER.info(
                "cron {} of {} missed its fire at {} while the engine was down; firing once now",
                cron.cron(),
                fn.id(),
                next);
          }
          queue.putCron(cronId, next);
        }
      }
    }
  }

  static String cronId(String functionId, int index) {
    return functionId + "#" + index;
  }

  /** Handles a due timer of a run. */
  void fire(WorkItem item) {
    if (item.cronId() != null) {
      fireCron(item.cronId(), item.due());
      return;
    }
    DueWork work = Objects.requireNonNull(item.work());
    if (work.kind() == DueWork.Kind.FINISH_TIMEOUT) {
      runs.change(
          Objects.requireNonNull(item.runId()),
          (run, after) -> {
            if (!work.equals(run.work.get(work.id()))) {
              return false;
            }
            transitions.cancelInPlace(run, "cancelled: finish timeout passed", after);
            return true;
          });
      return;
    }
    String stepId = Objects.requireNonNull(work.stepId());
    runs.change(
        Objects.requireNonNull(item.runId()),
        (run, after) -> {
          if (!work.equals(run.work.get(work.id()))) {
            return false;
          }
          run.work.remove(work.id());
          switch (work.kind()) {
            case SLEEP_DONE ->
                transitions.resolve(run, stepId, NullNode.getInstance(), "completed");
            case WAIT_TIMEOUT ->
                transitions.resolve(run, stepId, NullNode.getInstance(), "timed out");
            case INVOKE_TIMEOUT ->
                transitions.resolve(
                    run,
                    stepId,
                    RunTransitions.errorMemo(
                        new SerializedError(
                            "InngestInvokeTimeoutError",
                            "Timed out waiting for invoked function to complete",
                            null)),
                    "failed");
            default -> throw new IllegalStateException("not a timer: " + work.kind());
          }
          return true;
        });
  }

  private void fireCron(String cronId, Instant scheduled) {
    int hash = cronId.lastIndexOf('#');
    WorkflowFunction fn = functions.get(cronId.substring(0, hash));
    if (fn == null || !store.nextCronFire(cronId).map(scheduled::equals).orElse(false)) {
      return;
    }
    Trigger.OnCron cron =
        (Trigger.OnCron) fn.triggers().get(Integer.parseInt(cronId.substring(hash + 1)));
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    // One id per schedule and instant: a second engine or a replayed timer starts no second run.
    event.put("id", "cron:" + fn.id() + ":" + scheduled);
    event.put("name", InngestEvents.SCHEDULED_TIMER);
    ObjectNode data = event.putObject("data");
    data.put("cron", cron.cron());
    data.put("scheduledAt", TimeStrings.formatInstant(scheduled));
    event.putObject("user");
    event.put("ts", scheduled.toEpochMilli());
    Instant now = clock.instant();
    String runId = transitions.newRunId(now);
    if (store
        .claimKey(
            fn.id() + "\u0000" + event.get("id").asText(),
            runId,
            now,
            now.plus(Intake.DEDUPLICATION_WINDOW))
        .isEmpty()) {
      transitions.start(runId, fn, event, now, null, null);
    }
    // After a missed fire the schedule continues from now: one late run, never a storm.
    Instant from = now.isAfter(scheduled) ? now : scheduled;
    CronSchedule.parse(cron.cron())
        .nextAfter(from)
        .ifPresent(
            next -> {
              store.saveNextCronFire(cronId, next);
              queue.putCron(cronId, next);
            });
  }
}
