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
package io.github.handymanworkflows.inngest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Functions covering every engine feature the parity test compares, each counting how often its
 * code ran (side effects). One instance per world, so the counts can be compared.
 */
final class ParityFunctions {

  static final EventType<JsonNode> PAYMENT = EventType.of("parity/payment", JsonNode.class);

  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  /** How often each counted piece of code ran, by name. */
  Map<String, Integer> counts() {
    Map<String, Integer> snapshot = new TreeMap<>();
    counts.forEach((name, count) -> snapshot.put(name, count.get()));
    return snapshot;
  }

  private int count(String name) {
    return counts.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
  }

  List<WorkflowFunction> all() {
    return List.of(
        Workflow.function("sleeper", "Sleeper")
            .trigger("parity/sleep", null)
            .handler(
                (ctx, step) -> {
                  step.run("before", Integer.class, () -> count("sleeper.before"));
                  step.sleep("nap", Duration.ofHours(1));
                  step.run("after", Integer.class, () -> count("sleeper.after"));
                  return "woke";
                }),
        Workflow.function("waiter", "Waiter")
            .trigger("parity/order", null)
            .handler(
                (ctx, step) ->
                    step.waitForEvent(
                            "payment", PAYMENT, Match.field("data.orderId"), Duration.ofDays(1))
                        .map(paid -> (Object) Map.of("paid", paid.data().get("amount").intValue()))
                        .orElse("unpaid")),
        Workflow.function("retrier", "Retrier")
            .trigger("parity/retry", null)
            .retries(3)
            .handler(
                (ctx, step) ->
                    step.run(
                        "call",
                        String.class,
                        () -> {
                          if (count("retrier.call") < 3) {
                            throw new IllegalStateException("flaky dependency");
                          }
                          return "ok";
                        })),
        Workflow.function("doomed", "Doomed")
            .trigger("parity/doomed", null)
            .retries(1)
            .onFailure(
                (ctx, step) -> {
                  count("doomed.failure-handler");
                  return Map.of(
                      "handled", ctx.dataAs(JsonNode.class).get("function_id").textValue());
                })
            .handler(
                (ctx, step) ->
                    step.run(
                        "always-fails",
                        String.class,
                        () -> {
                          count("doomed.always-fails");
                          throw new IllegalStateException("the dependency is down");
                        })),
        Workflow.function("parallel", "Parallel")
            .trigger("parity/parallel", null)
            .handler(
                (ctx, step) -> {
                  List<Callable<String>> branches =
                      List.of(
                          () ->
                              step.run(
                                  "step-a", String.class, () -> "A" + count("parallel.step-a")),
                          () ->
                              step.run(
                                  "step-b", String.class, () -> "B" + count("parallel.step-b")));
                  List<String> ab = step.parallel(branches);
                  String f = step.run("finalize", String.class, () -> "F" + count("parallel.f"));
                  return List.of(ab.get(0), ab.get(1), f);
                }),
        Workflow.function("invoker", "Invoker")
            .trigger("parity/invoke", null)
            .handler(
                (ctx, step) ->
                    step.invoke(
                        "call-child",
                        "child",
                        Map.of("x", 2),
                        JsonNode.class,
                        Duration.ofHours(1))),
        Workflow.function("child", "Child")
            .handler(
                (ctx, step) -> {
                  count("child");
                  return Map.of("doubled", ctx.dataAs(JsonNode.class).get("x").intValue() * 2);
                }),
        Workflow.function("fanout", "Fan-out")
            .trigger("parity/fanout", null)
            .handler(
                (ctx, step) -> {
                  List<Event<?>> items = new ArrayList<>();
                  for (int i = 1; i <= 3; i++) {
                    items.add(
                        new Event<>("item-" + i, "parity/item", Map.of("n", i), Map.of(), null));
                  }
                  return step.sendEvent("fan-out", items);
                }),
        Workflow.function("item", "Item")
            .trigger("parity/item", null)
            .handler(
                (ctx, step) ->
                    step.run(
                        "handle",
                        Integer.class,
                        () -> {
                          count("item.handle");
                          return ctx.dataAs(JsonNode.class).get("n").intValue() * 10;
                        })));
  }
}
