package io.github.handymanworkflows.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import org.junit.jupiter.api.Test;

/** Nondeterminism warnings are de-duplicated and capped per call, whatever the request holds. */
class WarningsTest {

  private static final WorkflowFunction NO_STEPS =
      Workflow.function("no-steps", "No steps")
          .trigger("shop/order.created", null)
          .handler((ctx, step) -> "done");

  @Test
  void aStackRepeatingOneUnreachedHashAMillionTimesGivesOneWarning() {
    ExecutionResult result =
        new CoreFixture(NO_STEPS).memoRepeated("gone", "{\"data\":1}", 1_000_000).discover();
    assertThat(result.outcome()).isInstanceOf(ExecutionOutcome.Completed.class);
    assertThat(result.warnings()).hasSize(1);
    assertThat(result.warnings().get(0)).contains(StepIds.hash("gone"));
  }

  @Test
  void manyDistinctUnreachedStepsAreListedUpToTheCapAndCounted() {
    CoreFixture fixture = new CoreFixture(NO_STEPS);
    for (int i = 0; i < 100; i++) {
      fixture.memo("gone-" + i, "{\"data\":" + i + "}");
    }
    ExecutionResult result = fixture.discover();
    assertThat(result.warnings()).hasSize(21);
    assertThat(result.warnings().get(20))
        .isEqualTo("80 more unreached memoized step entries not listed");
  }
}
