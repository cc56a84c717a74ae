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
package io.github.handymanworkflows.spring.boot.autoconfigure.metrics;

import io.github.handymanworkflows.engine.RunStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Records {@link WorkflowMetrics} in a Micrometer registry. Meter names:
 *
 * <ul>
 *   <li>{@code handyman.workflows.runs.started} (tag {@code function})
 *   <li>{@code handyman.workflows.runs.ended} (tags {@code function}, {@code status}: completed,
 *       failed, cancelled)
 *   <li>{@code handyman.workflows.steps.retried} (tags {@code function}, {@code step})
 *   <li>{@code handyman.workflows.steps.duration} timer (tags {@code function}, {@code step},
 *       {@code outcome})
 *   <li>{@code handyman.workflows.calls.duration} timer, inngest mode (tags {@code function},
 *       {@code status})
 *   <li>{@code handyman.workflows.emails.sent} (tag {@code duplicate}) and {@code
 *       handyman.workflows.emails.failed} (tag {@code reason})
 *   <li>{@code handyman.workflows.events.publish} timer (tag {@code outcome}: success, failure) and
 *       {@code handyman.workflows.events.published} counter of events (tag {@code outcome})
 * </ul>
 */
public final class MicrometerWorkflowMetrics implements WorkflowMetrics {

  private final MeterRegistry registry;

  /** Records into the given registry. */
  public MicrometerWorkflowMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
  }

  @Override
  public void runStarted(String functionId) {
    Counter.builder("handyman.workflows.runs.started")
        .description("Runs started")
        .tag("function", functionId)
        .register(registry)
        .increment();
  }

  @Override
  public void runEnded(String functionId, RunStatus status) {
    Counter.builder("handyman.workflows.runs.ended")
        .description("Runs ended, by final status")
        .tag("function", functionId)
        .tag("status", status.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
  }

  @Override
  public void stepRetried(String functionId, String step) {
    Counter.builder("handyman.workflows.steps.retried")
        .description("Step attempts that failed and will be retried")
        .tag("function", functionId)
        .tag("step", step)
        .register(registry)
        .increment();
  }

  @Override
  public void stepDuration(String functionId, String step, String outcome, Duration duration) {
    Timer.builder("handyman.workflows.steps.duration")
        .description("Time spent running step bodies")
        .tag("function", functionId)
        .tag("step", step)
        .tag("outcome", outcome)
        .register(registry)
        .record(duration);
  }

  @Override
  public void callDuration(String functionId, int status, Duration duration) {
    Timer.builder("handyman.workflows.calls.duration")
        .description("Time spent serving Inngest call requests")
        .tag("function", functionId)
        .tag("status", Integer.toString(status))
        .register(registry)
        .record(duration);
  }

  @Override
  public void emailSent(boolean duplicate) {
    Counter.builder("handyman.workflows.emails.sent")
        .description("Emails accepted by the mailer")
        .tag("duplicate", Boolean.toString(duplicate))
        .register(registry)
        .increment();
  }

  @Override
  public void emailFailed(String reason) {
    Counter.builder("handyman.workflows.emails.failed")
        .description("Emails the mailer did not send")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  @Override
  public void published(int events, boolean success, Duration latency) {
    String outcome = success ? "success" : "failure";
    Timer.builder("handyman.workflows.events.publish")
        .description("Latency of event publishes")
        .tag("outcome", outcome)
        .register(registry)
        .record(latency);
    Counter.builder("handyman.workflows.events.published")
        .description("Events published")
        .tag("outcome", outcome)
        .register(registry)
        .increment(events);
  }
}
