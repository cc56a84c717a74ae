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
package io.github.handymanworkflows.benchmarks;

import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Duration;
import java.util.Optional;

/** The workflow shapes the engine benchmarks push events through. */
final class Workflows {

  /** The id of {@link #stepThenSleep}. */
  static final String STEP_THEN_SLEEP = "sleeper";

  /** How long the sleep+wait workflow sleeps. */
  static final Duration SLEEP = Duration.ofMinutes(1);

  /** A hook called when a run's final call returns, to count or time completions. */
  @FunctionalInterface
  interface Completion {
    void completed(String jobId);
  }

  private Workflows() {}

  /**
   * Three run steps in a row, triggered by {@code customer/job.posted}: four calls per run
   * (discovery plus immediate execution of each step, then the completing call).
   */
  static WorkflowFunction threeSteps(Completion completion) {
    return Workflow.function("three-steps", "Three steps")
        .trigger(JobPosted.TYPE)
        .retries(0)
        .handler(
            (ctx, step) -> {
              JobPosted job = ctx.data(JobPosted.TYPE);
              String matched = step.run("match", String.class, () -> "handyman-" + job.jobId());
              Integer offered = step.run("offer", Integer.class, () -> matched.length());
              step.run("notify", () -> {});
              // Only the final call gets past every step, so this runs once per run.
              completion.completed(job.jobId());
              return offered;
            });
  }

  /**
   * A sleep, then a wait for the matching {@code handyman/job.accepted}, then one run step.
   * Triggered by {@code customer/job.posted}.
   */
  static WorkflowFunction sleepThenWait(Completion completion) {
    return Workflow.function("sleep-then-wait", "Sleep then wait")
        .trigger(JobPosted.TYPE)
        .retries(0)
        .handler(
            (ctx, step) -> {
              JobPosted job = ctx.data(JobPosted.TYPE);
              step.sleep("cool-off", SLEEP);
              Optional<?> accepted =
                  step.waitForEvent(
                      "accepted", JobAccepted.TYPE, Match.field("data.jobId"), Duration.ofHours(1));
              boolean ok = step.run("record", Boolean.class, accepted::isPresent);
              completion.completed(job.jobId());
              return ok;
            });
  }

  /**
   * One run step ({@code match}, a short string), then a sleep: a run that stays asleep, for
   * measuring what a sleeping run costs. Triggered by {@code customer/job.posted}.
   */
  static WorkflowFunction stepThenSleep(Duration sleep) {
    return Workflow.function(STEP_THEN_SLEEP, "Step then sleep")
        .trigger(JobPosted.TYPE)
        .retries(0)
        .handler(
            (ctx, step) -> {
              JobPosted job = ctx.data(JobPosted.TYPE);
              String matched = step.run("match", String.class, () -> "handyman-" + job.jobId());
              step.sleep("cool-off", sleep);
              return matched;
            });
  }
}
