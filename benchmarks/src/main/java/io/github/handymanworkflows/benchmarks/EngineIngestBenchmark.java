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

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.workflow.Workflow;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionStage;
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
 * Publishing one event that starts nothing, into an engine that has already completed {@code
 * retainedRuns} runs. Ideally flat: the event matches no trigger, wait or cancellation rule. The
 * engine keeps ended runs for its history, so this guards against ingestion that grows with that
 * history (it did, before the store indexed running runs).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EngineIngestBenchmark {

  @Param({"0", "1000", "10000"})
  public int retainedRuns;

  private EmbeddedEngine engine;
  private Event<JobAccepted> unrelated;

  @Setup
  public void setUp() {
    engine =
        EmbeddedEngine.builder()
            .registry(EventCatalogue.registry())
            .clock(new ManualClock(Fixtures.EPOCH))
            .random(new Random(1))
            .function(
                Workflow.function("no-steps", "No steps")
                    .trigger(JobPosted.TYPE)
                    .handler((ctx, step) -> null))
            .build();
    for (int done = 0; done < retainedRuns; done += 1_000) {
      engine.publish(Fixtures.jobPostedBatch(Math.min(1_000, retainedRuns - done)));
      engine.runDue();
    }
    int completed = engine.runs("no-steps", RunStatus.COMPLETED).size();
    if (completed != retainedRuns) {
      throw new IllegalStateException(completed + " of " + retainedRuns + " runs completed");
    }
    unrelated = Fixtures.jobAcceptedBatch(1).get(0);
  }

  /** One event that triggers nothing. */
  @Benchmark
  public CompletionStage<PublishResult> publishUnrelatedEvent() {
    return engine.publish(List.of(unrelated));
  }
}
