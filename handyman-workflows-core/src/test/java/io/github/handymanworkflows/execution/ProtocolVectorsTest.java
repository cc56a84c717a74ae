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
package io.github.handymanworkflows.execution;

import static io.github.handymanworkflows.execution.CoreFixture.opsJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.RetryAfterException;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The worked examples of inngest-protocol.md §9.2–§9.5, byte for byte where it gives bytes. */
class ProtocolVectorsTest {

  record User(String id, String email) {}

  record Charge(String chargeId) {}

  @Nested
  class RunSleepRun {
    final AtomicInteger fetches = new AtomicInteger();
    final WorkflowFunction fn =
        Workflow.function("process-order", "Process order")
            .trigger("shop/order.created", null)
            .handler(
                (ctx, step) -> {
                  User user =
                      step.run(
                          "fetch-user",
                          User.class,
                          () -> {
                            fetches.incrementAndGet();
                            return new User("u_1", "a@example.com");
                          });
                  step.sleep("wait-1m", Duration.ofMinutes(1));
                  Charge charge = step.run("charge-card", Charge.class, () -> new Charge("ch_1"));
                  Map<String, Object> result = new LinkedHashMap<>();
                  result.put("status", "done");
                  result.put("chargeId", charge.chargeId());
                  assertThat(user.email()).isEqualTo("a@example.com");
                  return result;
                });

    @Test
    void firstDiscoveryRunsTheFirstStepImmediately() {
      ExecutionResult result = new CoreFixture(fn).discover();
      assertThat(opsJson(result))
          .isEqualTo(
              "[{\"id\":\"857c0b3e9253ce40ce09381575f27504abb803ea\",\"op\":\"StepRun\","
                  + "\"name\":\"fetch-user\",\"displayName\":\"fetch-user\","
                  + "\"data\":{\"id\":\"u_1\",\"email\":\"a@example.com\"}}]");
      assertThat(fetches).hasValue(1);
    }

    @Test
    void secondDiscoveryReportsTheSleepWithoutRunningTheMemoizedStep() {
      ExecutionResult result =
          new CoreFixture(fn)
              .memo("fetch-user", "{\"data\":{\"email\":\"a@example.com\",\"id\":\"u_1\"}}")
              .discover();
      assertThat(opsJson(result))
          .isEqualTo(
              "[{\"id\":\"caadc0246701e72268dc88475155b50ea6a403d0\",\"op\":\"Sleep\","
                  + "\"name\":\"wait-1m\",\"displayName\":\"wait-1m\","
                  + "\"opts\":{\"duration\":\"1m\"},\"data\":null}]");
      assertThat(fetches).hasValue(0);
    }

    @Test
    void afterTheSleepTheNextStepRuns() {
      ExecutionResult result =
          new CoreFixture(fn)
              .memo("fetch-user", "{\"data\":{\"email\":\"a@example.com\",\"id\":\"u_1\"}}")
              .memoNull("wait-1m")
              .discover();
      assertThat(opsJson(result))
          .isEqualTo(
              "[{\"id\":\"b2ae8f272ea660900fca3aeefbd39695c43f5cc9\",\"op\":\"StepRun\","
                  + "\"name\":\"charge-card\",\"displayName\":\"charge-card\","
                  + "\"data\":{\"chargeId\":\"ch_1\"}}]");
    }

    @Test
    void finalDiscoveryReturnsTheResult() {
      ExecutionResult result =
          new CoreFixture(fn)
              .memo("fetch-user", "{\"data\":{\"email\":\"a@example.com\",\"id\":\"u_1\"}}")
              .memoNull("wait-1m")
              .memo("charge-card", "{\"data\":{\"chargeId\":\"ch_1\"}}")
              .discover();
      assertThat(result.outcome()).isInstanceOf(ExecutionOutcome.Completed.class);
      JsonNode body = ((ExecutionOutcome.Completed) result.outcome()).result();
      assertThat(WireFormat.text(body)).isEqualTo("{\"status\":\"done\",\"chargeId\":\"ch_1\"}");
      assertThat(fetches).hasValue(0);
      assertThat(result.warnings()).isEmpty();
    }

    @Test
    void disabledImmediateExecutionPlansTheStepWithoutRunningIt() {
      ExecutionResult result = new CoreFixture(fn).discover(true);
      assertThat(opsJson(result))
          .isEqualTo(
              "[{\"id\":\"857c0b3e9253ce40ce09381575f27504abb803ea\",\"op\":\"StepPlanned\","
                  + "\"name\":\"fetch-user\",\"displayName\":\"fetch-user\"}]");
      assertThat(fetches).hasValue(0);
    }

    @Test
    void targetedRequestRunsThePlannedStep() {
      ExecutionResult result = new CoreFixture(fn).target("fetch-user");
      assertThat(opsJson(result))
          .isEqualTo(
              "[{\"id\":\"857c0b3e9253ce40ce09381575f27504abb803ea\",\"op\":\"StepRun\","
                  + "\"name\":\"fetch-user\",\"displayName\":\"fetch-user\","
                  + "\"data\":{\"id\":\"u_1\",\"email\":\"a@example.com\"}}]");
      assertThat(fetches).hasValue(1);
    }

    @Test
    void sameRequestTwiceGivesIdenticalBytes() {
      CoreFixture fixture =
          new CoreFixture(fn)
              .memo("fetch-user", "{\"data\":{\"email\":\"a@example.com\",\"id\":\"u_1\"}}");
      assertThat(opsJson(fixture.discover())).isEqualTo(opsJson(fixture.discover()));
    }
  }

  @Nested
  class WaitForEvent {
    final EventType<JsonNode> paymentReceived =
        EventType.of("shop/payment.received", JsonNode.class);
    final WorkflowFunction fn =
        Workflow.function("await-payment", "Await payment")
            .trigger("shop/order.created", null)
            .handler(
                (ctx, step) -> {
                  Optional<Event<JsonNode>> payment =
                      step.waitForEvent(
                          "wait-for-payment",
                          paymentReceived,
                          Match.field("data.orderId"),
                          Duration.ofHours(1));
                  Map<String, Object> result = new LinkedHashMap<>();
                  result.put("paid", payment.isPresent());
                  payment.ifPresent(p -> result.put("amount", p.data().get("amount").asInt()));
                  return result;
                });

    @Test
    void discoveryReportsTheWait() {
      assertThat(opsJson(new CoreFixture(fn).discover()))
          .isEqualTo(
              "[{\"id\":\"5cb60a99e2e4e3944be0f5d63c9a6972d88db4e8\",\"op\":\"WaitForEvent\","
                  + "\"name\":\"wait-for-payment\",\"displayName\":\"wait-for-payment\","
                  + "\"opts\":{\"event\":\"shop/payment.received\",\"timeout\":\"1h\","
                  + "\"if\":\"event.data.orderId == async.data.orderId\"},\"data\":null}]");
    }

    @Test
    void timeoutResumesWithNothing() {
      ExecutionResult result = new CoreFixture(fn).memoNull("wait-for-payment").discover();
      assertThat(completedText(result)).isEqualTo("{\"paid\":false}");
    }

    @Test
    void matchResumesWithTheEvent() {
      ExecutionResult result =
          new CoreFixture(fn)
              .memo(
                  "wait-for-payment",
                  "{\"data\":{\"amount\":42,\"orderId\":\"o_1\"},\"id\":\"01JQ80\","
                      + "\"name\":\"shop/payment.received\",\"ts\":1767225660000,\"user\":{}}")
              .discover();
      assertThat(completedText(result)).isEqualTo("{\"paid\":true,\"amount\":42}");
    }
  }

  @Nested
  class StepErrors {
    final AtomicInteger calls = new AtomicInteger();
    final WorkflowFunction flaky =
        Workflow.function("sync-crm", "Sync CRM")
            .trigger("shop/order.created", null)
            .handler(
                (ctx, step) ->
                    step.run(
                        "flaky-call",
                        String.class,
                        () -> {
                          calls.incrementAndGet();
                          throw new IOException("connection reset");
                        }));

    @Test
    void retriableFailureIsAStepErrorWithoutNoRetry() {
      ExecutionResult result = new CoreFixture(flaky).call(null, false, 0);
      ExecutionOutcome.Steps steps = (ExecutionOutcome.Steps) result.outcome();
      assertThat(steps.noRetry()).isFalse();
      assertThat(withoutStacks(opsJson(result)))
          .isEqualTo(
              "[{\"id\":\"281e74663f5884ecb493a92784f9e7a856fc1daf\",\"op\":\"StepError\","
                  + "\"name\":\"flaky-call\",\"displayName\":\"flaky-call\","
                  + "\"error\":{\"name\":\"IOException\",\"message\":\"connection reset\"},"
                  + "\"data\":null}]");
      assertThat(steps.ops().get(0).error().stack()).contains("java.io.IOException");
    }

    @Test
    void finalAttemptFailsTheStepForGood() {
      ExecutionResult result = new CoreFixture(flaky).call(null, false, 4);
      ExecutionOutcome.Steps steps = (ExecutionOutcome.Steps) result.outcome();
      assertThat(steps.ops().get(0).op()).isEqualTo(OpCode.StepFailed);
      assertThat(steps.noRetry()).isTrue();
    }

    @Test
    void replayedStepErrorFailsTheRunWithTheOriginalError() {
      ExecutionResult result =
          new CoreFixture(flaky)
              .memo(
                  "flaky-call",
                  "{\"error\":{\"message\":\"connection reset\",\"name\":\"IOException\","
                      + "\"stack\":\"s\"}}")
              .discover();
      ExecutionOutcome.Failed failed = (ExecutionOutcome.Failed) result.outcome();
      assertThat(failed.retriable()).isFalse();
      assertThat(failed.error())
          .isEqualTo(new SerializedError("IOException", "connection reset", "s"));
      assertThat(calls).hasValue(0);
    }

    @Test
    void caughtStepErrorLetsTheWorkflowContinue() {
      WorkflowFunction compensating =
          Workflow.function("compensate", "Compensate")
              .handler(
                  (ctx, step) -> {
                    try {
                      return step.run("flaky-call", String.class, () -> "never");
                    } catch (io.github.handymanworkflows.workflow.StepFailedException e) {
                      return step.run("fallback", String.class, () -> "fallback:" + e.errorName());
                    }
                  });
      ExecutionResult result =
          new CoreFixture(compensating)
              .memo("flaky-call", "{\"error\":{\"name\":\"IOException\",\"message\":\"x\"}}")
              .discover();
      assertThat(opsJson(result)).contains("\"data\":\"fallback:IOException\"");
    }

    @Test
    void nonRetriableStepFailureIsFinalAtOnce() {
      WorkflowFunction fn =
          Workflow.function("validate-order", "Validate")
              .handler(
                  (ctx, step) ->
                      step.run(
                          "validate",
                          String.class,
                          () -> {
                            throw new NonRetriableException("order total is negative");
                          }));
      ExecutionResult result = new CoreFixture(fn).discover();
      assertThat(withoutStacks(opsJson(result)))
          .isEqualTo(
              "[{\"id\":\"e204d28a2874f6123747650d3e4003d4357d75eb\",\"op\":\"StepFailed\","
                  + "\"name\":\"validate\",\"displayName\":\"validate\","
                  + "\"error\":{\"name\":\"NonRetriableError\","
                  + "\"message\":\"order total is negative\"},\"data\":null}]");
      assertThat(((ExecutionOutcome.Steps) result.outcome()).noRetry()).isTrue();
    }

    @Test
    void functionLevelNonRetriableErrorIsNotRetried() {
      WorkflowFunction fn =
          Workflow.function("fail", "Fail")
              .handler(
                  (ctx, step) -> {
                    throw new NonRetriableException("order total is negative");
                  });
      ExecutionOutcome.Failed failed =
          (ExecutionOutcome.Failed) new CoreFixture(fn).discover().outcome();
      assertThat(failed.retriable()).isFalse();
      assertThat(failed.error().name()).isEqualTo("NonRetriableError");
      assertThat(failed.error().message()).isEqualTo("order total is negative");
    }

    @Test
    void functionLevelRetryAfterCarriesTheHeaderValue() {
      WorkflowFunction fn =
          Workflow.function("slow", "Slow")
              .handler(
                  (ctx, step) -> {
                    throw new RetryAfterException("slow down", Duration.ofSeconds(30));
                  });
      ExecutionOutcome.Failed failed =
          (ExecutionOutcome.Failed) new CoreFixture(fn).discover().outcome();
      assertThat(failed.retriable()).isTrue();
      assertThat(failed.retryAfter().headerValue()).isEqualTo("30");
      assertThat(failed.error().name()).isEqualTo("RetryAfterError");
    }

    @Test
    void plainFunctionErrorIsRetriableAndNamedError() {
      WorkflowFunction fn =
          Workflow.function("boom", "Boom")
              .handler(
                  (ctx, step) -> {
                    throw new RuntimeException("boom");
                  });
      ExecutionOutcome.Failed failed =
          (ExecutionOutcome.Failed) new CoreFixture(fn).discover().outcome();
      assertThat(failed.retriable()).isTrue();
      assertThat(failed.error().name()).isEqualTo("Error");
    }
  }

  @Nested
  class Parallel {
    final AtomicInteger bodies = new AtomicInteger();
    final WorkflowFunction fn =
        Workflow.function("enrich", "Enrich")
            .handler(
                (ctx, step) -> {
                  List<String> ab =
                      step.parallel(
                          List.of(
                              () ->
                                  step.run(
                                      "step-a",
                                      String.class,
                                      () -> {
                                        bodies.incrementAndGet();
                                        return "A";
                                      }),
                              () ->
                                  step.run(
                                      "step-b",
                                      String.class,
                                      () -> {
                                        bodies.incrementAndGet();
                                        return "B";
                                      })));
                  String f = step.run("finalize", String.class, () -> "F");
                  return ab.get(0) + ab.get(1) + f;
                });

    @Test
    void discoveryPlansBothBranchesAndRunsNothing() {
      assertThat(opsJson(new CoreFixture(fn).discover()))
          .isEqualTo(
              "[{\"id\":\"1419522417cff8c6ddd205cc9882d16411490c09\",\"op\":\"StepPlanned\","
                  + "\"name\":\"step-a\",\"displayName\":\"step-a\"},"
                  + "{\"id\":\"fe0ff3a9f16e8030660e5c6c446c04439143a0d1\",\"op\":\"StepPlanned\","
                  + "\"name\":\"step-b\",\"displayName\":\"step-b\"}]");
      assertThat(bodies).hasValue(0);
    }

    @Test
    void targetedRequestsRunOneBranchEach() {
      assertThat(opsJson(new CoreFixture(fn).target("step-a")))
          .isEqualTo(
              "[{\"id\":\"1419522417cff8c6ddd205cc9882d16411490c09\",\"op\":\"StepRun\","
                  + "\"name\":\"step-a\",\"displayName\":\"step-a\",\"data\":\"A\"}]");
      assertThat(opsJson(new CoreFixture(fn).memo("step-a", "{\"data\":\"A\"}").target("step-b")))
          .isEqualTo(
              "[{\"id\":\"fe0ff3a9f16e8030660e5c6c446c04439143a0d1\",\"op\":\"StepRun\","
                  + "\"name\":\"step-b\",\"displayName\":\"step-b\",\"data\":\"B\"}]");
      assertThat(bodies).hasValue(2);
    }

    @Test
    void afterTheGroupTheNextStepFollowsTheImmediateExecutionFlag() {
      CoreFixture done =
          new CoreFixture(fn).memo("step-b", "{\"data\":\"B\"}").memo("step-a", "{\"data\":\"A\"}");
      assertThat(opsJson(done.discover(false)))
          .isEqualTo(
              "[{\"id\":\"c983faa27b7d2e36a3274dba2c4500ed7a74c44a\",\"op\":\"StepRun\","
                  + "\"name\":\"finalize\",\"displayName\":\"finalize\",\"data\":\"F\"}]");
      assertThat(opsJson(done.discover(true)))
          .isEqualTo(
              "[{\"id\":\"c983faa27b7d2e36a3274dba2c4500ed7a74c44a\",\"op\":\"StepPlanned\","
                  + "\"name\":\"finalize\",\"displayName\":\"finalize\"}]");
      done.memo("finalize", "{\"data\":\"F\"}");
      assertThat(completedText(done.discover())).isEqualTo("\"ABF\"");
      assertThat(bodies).hasValue(0);
    }
  }

  static String completedText(ExecutionResult result) {
    assertThat(result.outcome()).isInstanceOf(ExecutionOutcome.Completed.class);
    return WireFormat.text(((ExecutionOutcome.Completed) result.outcome()).result());
  }

  static String withoutStacks(String json) {
    JsonNode tree = CoreFixture.json(json);
    tree.forEach(op -> ((ObjectNode) op.path("error")).remove("stack"));
    return WireFormat.text(tree);
  }
}
