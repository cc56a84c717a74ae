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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.execution.ExecutionCore;
import io.github.handymanworkflows.execution.ExecutionOutcome;
import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.execution.ExecutionResult;
import io.github.handymanworkflows.execution.Op;
import io.github.handymanworkflows.execution.OpCode;
import io.github.handymanworkflows.execution.StepIds;
import io.github.handymanworkflows.execution.WireFormat;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One call of a function whose {@code memoized} run steps replay before a new step is found and
 * executed at once, the call the engine makes after every completed step. A run of N steps makes N
 * + 1 such calls, so the last call's cost times N is the run's replay bill.
 *
 * <p>{@code discoveryCall} is what the embedded engine and Inngest send; {@code targetedCall} runs
 * the same replay as a targeted request, which skips the check for memoized steps the replay never
 * reached. The difference between the two is that check.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ExecutionCoreBenchmark {

  /** A core and a prebuilt request for a call with {@code memoized} completed steps. */
  @State(Scope.Benchmark)
  public static class Replay {

    @Param({"1", "10", "100", "500"})
    public int memoized;

    ExecutionCore core;
    ExecutionRequest discovery;
    ExecutionRequest targeted;

    @Setup
    public void setUp() {
      EventCodec codec = new EventCodec(EventCatalogue.registry());
      core =
          new ExecutionCore(codec, Fixtures.nowhere(), Clock.fixed(Fixtures.EPOCH, ZoneOffset.UTC));
      String[] ids = new String[memoized];
      Map<String, JsonNode> steps = new LinkedHashMap<>();
      List<String> stack = new ArrayList<>();
      for (int i = 0; i < memoized; i++) {
        ids[i] = "step-" + i;
        String hash = StepIds.hash(ids[i]);
        ObjectNode memo = JsonNodeFactory.instance.objectNode();
        memo.put("data", i);
        steps.put(hash, memo);
        stack.add(hash);
      }
      WorkflowFunction fn =
          Workflow.function("replay", "Replay")
              .trigger(JobPosted.TYPE)
              .handler(
                  (ctx, step) -> {
                    int sum = 0;
                    for (String id : ids) {
                      sum += step.run(id, Integer.class, () -> -1);
                    }
                    int total = sum;
                    return step.run("new-step", Integer.class, () -> total);
                  });
      List<JsonNode> events = List.of(codec.encode(Fixtures.jobPostedEvent(1)));
      discovery =
          new ExecutionRequest(fn, "bench", "run-1", events, steps, stack, null, false, 0, 5);
      targeted =
          new ExecutionRequest(
              fn, "bench", "run-1", events, steps, stack, StepIds.hash("new-step"), false, 0, 5);
      expectNewStepExecuted(core.execute(discovery));
      expectNewStepExecuted(core.execute(targeted));
    }

    private static void expectNewStepExecuted(ExecutionResult result) {
      if (!(result.outcome() instanceof ExecutionOutcome.Steps steps)
          || steps.ops().size() != 1
          || steps.ops().get(0).op() != OpCode.StepRun
          || !result.warnings().isEmpty()) {
        throw new IllegalStateException("benchmark call did not run the new step: " + result);
      }
    }
  }

  /** A typical {@code 206} outcome: one executed step with a small object result. */
  @State(Scope.Benchmark)
  public static class Response {

    List<Op> ops;

    @Setup
    public void setUp() {
      ObjectNode data = JsonNodeFactory.instance.objectNode();
      data.put("handymanId", "handyman-42");
      data.put("jobId", "job-1");
      data.put("score", 0.87);
      data.putArray("skills").add("plumbing").add("tiling");
      ops =
          List.of(
              new Op(
                  StepIds.hash("match-handyman"),
                  OpCode.StepRun,
                  "match-handyman",
                  "match-handyman",
                  null,
                  data,
                  null));
    }
  }

  /** A discovery call: replay, run the new step, check for unreached memoized steps. */
  @Benchmark
  public ExecutionResult discoveryCall(Replay state) {
    return state.core.execute(state.discovery);
  }

  /** The same replay as a targeted call (no unreached-step check). */
  @Benchmark
  public ExecutionResult targetedCall(Replay state) {
    return state.core.execute(state.targeted);
  }

  /** Serialises a {@code 206} body to the bytes the serve handler writes. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public byte[] response206Bytes(Response state) {
    return WireFormat.bytes(WireFormat.ops(state.ops));
  }
}
