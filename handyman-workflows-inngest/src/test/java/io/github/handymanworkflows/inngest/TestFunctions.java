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
package io.github.handymanworkflows.inngest;

import io.github.handymanworkflows.workflow.CancelOn;
import io.github.handymanworkflows.workflow.Concurrency;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.RetryAfterException;
import io.github.handymanworkflows.workflow.StepFailedException;
import io.github.handymanworkflows.workflow.Timeouts;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/** Functions for the serve handler tests, each counting how often its code ran. */
final class TestFunctions {

  final AtomicInteger helloRuns = new AtomicInteger();
  final AtomicInteger firstStepRuns = new AtomicInteger();
  final AtomicInteger secondStepRuns = new AtomicInteger();
  final AtomicInteger branchRuns = new AtomicInteger();
  final AtomicInteger failureRuns = new AtomicInteger();
  final AtomicInteger otherRuns = new AtomicInteger();

  /** Total function and step code executions. */
  int total() {
    return helloRuns.get()
        + firstStepRuns.get()
        + secondStepRuns.get()
        + branchRuns.get()
        + failureRuns.get()
        + otherRuns.get();
  }

  List<WorkflowFunction> all() {
    return List.of(
        Workflow.function("hello", "Hello")
            .trigger("shop/order.created", null)
            .handler(
                (ctx, step) -> {
                  helloRuns.incrementAndGet();
                  return Map.of("ok", true, "event", ctx.event().name());
                }),
        Workflow.function("process-order", "Process order")
            .trigger("shop/order.created", "event.data.total > 0")
            .retries(3)
            .concurrency(new Concurrency(10, "event.data.customerId", Concurrency.Scope.FN))
            .concurrency(new Concurrency(2, "event.data.region", Concurrency.Scope.ACCOUNT))
            .cancelOn(
                new CancelOn(
                    "shop/order.cancelled",
                    "event.data.orderId == async.data.orderId",
                    Duration.ofDays(7)))
            .timeouts(new Timeouts(Duration.ofSeconds(90), Duration.ofHours(1)))
            .idempotency("event.data.orderId")
            .onFailure(
                (ctx, step) -> {
                  failureRuns.incrementAndGet();
                  return null;
                })
            .handler(
                (ctx, step) -> {
                  String a =
                      step.run(
                          "first step",
                          String.class,
                          () -> {
                            firstStepRuns.incrementAndGet();
                            return "one";
                          });
                  step.sleep("sleep", Duration.ofMinutes(1));
                  String b =
                      step.run(
                          "second step",
                          String.class,
                          () -> {
                            secondStepRuns.incrementAndGet();
                            return "two";
                          });
                  return Map.of("a", a, "b", b);
                }),
        Workflow.function("weekly-report", "Weekly report")
            .cron("TZ=Europe/Paris 0 9 * * 1")
            .handler((ctx, step) -> otherRuns.incrementAndGet()),
        Workflow.function("enrich", "Enrich")
            .trigger("shop/order.created", null)
            .handler(
                (ctx, step) -> {
                  List<Callable<String>> branches =
                      List.of(
                          () -> step.run("step-a", String.class, () -> branch("A")),
                          () -> step.run("step-b", String.class, () -> branch("B")));
                  return step.parallel(branches);
                }),
        Workflow.function("loop", "Loop")
            .trigger("shop/order.created", null)
            .handler(
                (ctx, step) -> {
                  for (int i = 0; i < 3; i++) {
                    int n = i;
                    step.run("loop-item", Integer.class, () -> other(n));
                  }
                  return "looped";
                }),
        Workflow.function("plain-error", "Plain error")
            .trigger("shop/fail", null)
            .handler(
                (ctx, step) -> {
                  otherRuns.incrementAndGet();
                  throw new IllegalStateException("boom");
                }),
        Workflow.function("non-retriable", "Non-retriable")
            .trigger("shop/fail", null)
            .handler(
                (ctx, step) -> {
                  otherRuns.incrementAndGet();
                  throw new NonRetriableException("order total is negative");
                }),
        Workflow.function("retry-later", "Retry later")
            .trigger("shop/fail", null)
            .handler(
                (ctx, step) -> {
                  otherRuns.incrementAndGet();
                  throw new RetryAfterException("rate limited", Duration.ofSeconds(30));
                }),
        Workflow.function("flaky", "Flaky")
            .trigger("shop/fail", null)
            .handler(
                (ctx, step) ->
                    step.run(
                        "flaky-call",
                        String.class,
                        () -> {
                          otherRuns.incrementAndGet();
                          throw new IOException("connection reset");
                        })),
        Workflow.function("recovers", "Recovers")
            .trigger("shop/fail", null)
            .handler(
                (ctx, step) -> {
                  try {
                    step.run("validate", String.class, () -> "unreachable when memoized");
                    return "valid";
                  } catch (StepFailedException e) {
                    return "recovered from " + e.errorMessage();
                  }
                }),
        Workflow.function("waits", "Waits")
            .trigger("shop/order.created", null)
            .handler(
                (ctx, step) -> {
                  step.sleep("wait-1m", Duration.ofSeconds(90));
                  return "slept";
                }));
  }

  private String branch(String value) {
    branchRuns.incrementAndGet();
    return value;
  }

  private int other(int n) {
    otherRuns.incrementAndGet();
    return n;
  }
}
