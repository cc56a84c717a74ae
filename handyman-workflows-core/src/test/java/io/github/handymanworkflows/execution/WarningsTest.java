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
