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
