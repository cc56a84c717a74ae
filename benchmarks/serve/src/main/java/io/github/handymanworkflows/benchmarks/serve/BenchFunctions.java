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
package io.github.handymanworkflows.benchmarks.serve;

import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.util.List;
import java.util.Map;

/**
 * The function shapes of {@code benchmarks/js/serve-bench.mjs}: app {@code bench}, functions {@code
 * steps-10}, {@code steps-100} and {@code steps-1000}, each running step ids {@code step-0} …
 * {@code step-(N-1)} that return {@code {"n": i, "ok": true}}, then returning {@code {"done": N}}.
 * Keep both files in step.
 */
final class BenchFunctions {

  static final String APP_ID = "bench";

  private BenchFunctions() {}

  static List<WorkflowFunction> all() {
    return List.of(steps(10), steps(100), steps(1000));
  }

  static WorkflowFunction steps(int count) {
    return Workflow.function("steps-" + count, count + " steps")
        .trigger("bench/run", null)
        .handler(
            (ctx, step) -> {
              for (int i = 0; i < count; i++) {
                int n = i;
                step.run("step-" + i, Map.class, () -> Map.of("n", n, "ok", true));
              }
              return Map.of("done", count);
            });
  }
}
