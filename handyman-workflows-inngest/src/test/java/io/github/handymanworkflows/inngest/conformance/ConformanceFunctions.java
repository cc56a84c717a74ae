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
package io.github.handymanworkflows.inngest.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.CancelOn;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.RetryAfterException;
import io.github.handymanworkflows.workflow.Timeouts;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The functions of {@code src/test/node/reference-server.mjs}, written with our Java API: same ids,
 * triggers, step ids, step kinds, results and errors, in the same order, so that both SDKs can be
 * sent the same call requests and must give the same answers.
 *
 * <p>Where the JS app leaves a function's name unset (the JS SDK then reports the bare id), the
 * Java function is named by its bare id too.
 */
final class ConformanceFunctions {

  private static final EventType<JsonNode> PAYMENT_RECEIVED =
      EventType.of("shop/payment.received", JsonNode.class);

  private ConformanceFunctions() {}

  /** Every function, in the order reference-server.mjs serves them. */
  static List<WorkflowFunction> all() {
    return List.of(
        runSleepRun(),
        awaitPayment(),
        awaitMatch(),
        flaky(),
        nonRetriable(),
        fnNonRetriable(),
        fnRetryAfter(),
        fnError(),
        parallel(),
        invoker(),
        child(),
        sender(),
        loop(),
        cronFn(),
        onFailureFn(),
        flowControlFn());
  }

  private static WorkflowFunction runSleepRun() {
    return Workflow.function("run-sleep-run", "run-sleep-run")
        .trigger("conformance/run-sleep-run", null)
        .handler(
            (ctx, step) -> {
              step.run(
                  "fetch-user", Map.class, () -> ordered("id", "u_1", "email", "a@example.com"));
              step.sleep("wait-1m", Duration.ofMinutes(1));
              JsonNode charge =
                  step.run(
                      "charge-card",
                      JsonNode.class,
                      () -> ConformanceJson.parse("{\"chargeId\":\"ch_1\"}"));
              return ordered("status", "done", "chargeId", charge.get("chargeId").textValue());
            });
  }

  private static WorkflowFunction awaitPayment() {
    return Workflow.function("await-payment", "await-payment")
        .trigger("shop/order.created", null)
        .handler(
            (ctx, step) ->
                paid(
                    step.waitForEvent(
                            "wait-for-payment",
                            PAYMENT_RECEIVED,
                            Match.expression("event.data.orderId == async.data.orderId"),
                            Duration.ofHours(1))
                        .orElse(null)));
  }

  private static WorkflowFunction awaitMatch() {
    return Workflow.function("await-match", "await-match")
        .trigger("shop/order.created", null)
        .handler(
            (ctx, step) ->
                paid(
                    step.waitForEvent(
                            "wait-for-payment",
                            PAYMENT_RECEIVED,
                            Match.field("data.orderId"),
                            Duration.ofHours(1))
                        .orElse(null)));
  }

  private static Map<String, Object> paid(Event<JsonNode> event) {
    return event == null
        ? ordered("paid", false)
        : ordered("paid", true, "amount", event.data().get("amount"));
  }

  private static WorkflowFunction flaky() {
    return Workflow.function("flaky", "flaky")
        .trigger("conformance/flaky", null)
        .handler(
            (ctx, step) -> {
              step.run(
                  "flaky-call",
                  String.class,
                  () -> {
                    throw new RuntimeException("connection reset");
                  });
              return "unreachable";
            });
  }

  private static WorkflowFunction nonRetriable() {
    return Workflow.function("non-retriable", "non-retriable")
        .trigger("conformance/non-retriable", null)
        .handler(
            (ctx, step) -> {
              step.run(
                  "validate",
                  String.class,
                  () -> {
                    throw new NonRetriableException("order total is negative");
                  });
              return "unreachable";
            });
  }

  private static WorkflowFunction fnNonRetriable() {
    return Workflow.function("fn-non-retriable", "fn-non-retriable")
        .trigger("conformance/fn-non-retriable", null)
        .handler(
            (ctx, step) -> {
              throw new NonRetriableException("order total is negative");
            });
  }

  private static WorkflowFunction fnRetryAfter() {
    return Workflow.function("fn-retry-after", "fn-retry-after")
        .trigger("conformance/fn-retry-after", null)
        .handler(
            (ctx, step) -> {
              throw new RetryAfterException("slow down", Duration.ofSeconds(30));
            });
  }

  private static WorkflowFunction fnError() {
    return Workflow.function("fn-error", "fn-error")
        .trigger("conformance/fn-error", null)
        .handler(
            (ctx, step) -> {
              throw new RuntimeException("boom");
            });
  }

  private static WorkflowFunction parallel() {
    return Workflow.function("parallel", "parallel")
        .trigger("conformance/parallel", null)
        .handler(
            (ctx, step) -> {
              List<Callable<String>> branches =
                  List.of(
                      () -> step.run("step-a", String.class, () -> "A"),
                      () -> step.run("step-b", String.class, () -> "B"));
              List<String> ab = step.parallel(branches);
              String f = step.run("finalize", String.class, () -> "F");
              return ordered("a", ab.get(0), "b", ab.get(1), "f", f);
            });
  }

  private static WorkflowFunction invoker() {
    return Workflow.function("invoker", "invoker")
        .trigger("conformance/invoker", null)
        .handler(
            (ctx, step) ->
                step.invoke(
                    "call-child", "child", Map.of("x", 1), JsonNode.class, Duration.ofHours(1)));
  }

  private static WorkflowFunction child() {
    return Workflow.function("child", "child")
        .handler(
            (ctx, step) -> {
              JsonNode data = ctx.dataAs(JsonNode.class);
              return Map.of("doubled", data.get("x").intValue() * 2);
            });
  }

  private static WorkflowFunction sender() {
    return Workflow.function("sender", "sender")
        .trigger("conformance/sender", null)
        .handler(
            (ctx, step) -> {
              step.sendEvent(
                  "send-welcome",
                  new Event<>(
                      "welcome-u_1",
                      "app/user.welcomed",
                      ConformanceJson.parse("{\"userId\":\"u_1\"}"),
                      Map.of(),
                      null));
              return "sent";
            });
  }

  private static WorkflowFunction loop() {
    return Workflow.function("loop", "loop")
        .trigger("conformance/loop", null)
        .handler(
            (ctx, step) -> {
              int sum = 0;
              for (int i = 0; i <= 2; i++) {
                int n = i;
                sum += step.run("loop-item", Integer.class, () -> n);
              }
              return sum;
            });
  }

  private static WorkflowFunction cronFn() {
    return Workflow.function("cron-fn", "cron-fn")
        .cron("TZ=Europe/Paris 0 9 * * 1")
        .retries(3)
        .handler((ctx, step) -> "tick");
  }

  private static WorkflowFunction onFailureFn() {
    return Workflow.function("on-failure-fn", "Process order")
        .trigger("shop/order.created", "event.data.total > 0")
        .onFailure(
            (ctx, step) ->
                Map.of("handled", ctx.dataAs(JsonNode.class).get("function_id").textValue()))
        .handler(
            (ctx, step) -> {
              throw new RuntimeException("order processing failed");
            });
  }

  private static WorkflowFunction flowControlFn() {
    return Workflow.function("flow-control-fn", "flow-control-fn")
        .trigger("app/user.created", null)
        .concurrency(1, "event.data.userId")
        .cancelOn(
            new CancelOn(
                "app/user.deleted", "event.data.userId == async.data.userId", Duration.ofDays(7)))
        .timeouts(new Timeouts(null, Duration.ofHours(1)))
        .handler(
            (ctx, step) -> Map.of("userId", ctx.dataAs(JsonNode.class).get("userId").textValue()));
  }

  /** A map that keeps insertion order, like a JS object literal. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
