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

import io.github.handymanworkflows.execution.StepIds;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Step id hashing: one SHA-1, and 100 ids through a fresh {@link StepIds} (one per call), either
 * distinct or the same id repeated as in a loop. Results are per id.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class StepIdsBenchmark {

  private static final int IDS = 100;

  private final String[] distinct = new String[IDS];

  @Setup
  public void setUp() {
    for (int i = 0; i < IDS; i++) {
      distinct[i] = "send-reminder-" + i;
    }
  }

  /** The bare hash of one id. */
  @Benchmark
  public String hashOne() {
    return StepIds.hash("send-welcome-email");
  }

  /** 100 distinct ids in one call. */
  @Benchmark
  @OperationsPerInvocation(IDS)
  public void nextDistinct(Blackhole bh) {
    StepIds ids = new StepIds();
    for (String id : distinct) {
      bh.consume(ids.next(id));
    }
  }

  /** {@code loop-item} 100 times in one call: {@code loop-item}, {@code loop-item:1}, ... */
  @Benchmark
  @OperationsPerInvocation(IDS)
  public void nextRepeated(Blackhole bh) {
    StepIds ids = new StepIds();
    for (int i = 0; i < IDS; i++) {
      bh.consume(ids.next("loop-item"));
    }
  }
}
