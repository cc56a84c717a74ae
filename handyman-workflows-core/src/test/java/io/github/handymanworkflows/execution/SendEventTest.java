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
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SendEventTest {

  static final EventType<JsonNode> NOTICE = EventType.of("app/notice", JsonNode.class);

  final AtomicInteger built = new AtomicInteger();

  final WorkflowFunction lazy =
      Workflow.function("notify", "Notify")
          .handler(
              (ctx, step) ->
                  step.sendEvent(
                      "send-notice",
                      () -> {
                        built.incrementAndGet();
                        return List.of(
                            Event.of(
                                NOTICE,
                                Json.mapper().valueToTree(Map.of("email", "private@example.com"))));
                      }));

  @Test
  void lazyEventsAreBuiltWhenTheStepRunsAndOnlyTheirIdsAreMemoized() {
    CoreFixture fixture = new CoreFixture(lazy);

    String ops = opsJson(fixture.discover());

    assertThat(built).hasValue(1);
    assertThat(fixture.published).hasSize(1);
    assertThat(fixture.published.get(0).get(0).id()).hasSize(40);
    assertThat(ops)
        .contains("\"data\":{\"ids\":[\"internal-")
        .doesNotContain("private@example.com");
  }

  @Test
  void aReplayDoesNotBuildOrSendTheEventsAgain() {
    CoreFixture fixture =
        new CoreFixture(lazy).memo("send-notice", "{\"data\":{\"ids\":[\"evt-1\"]}}");

    ExecutionResult result = fixture.discover();

    assertThat(built).hasValue(0);
    assertThat(fixture.published).isEmpty();
    assertThat(ProtocolVectorsTest.completedText(result)).isEqualTo("[\"evt-1\"]");
  }

  @Test
  void plannedLazyStepsAreNotBuiltUntilTargeted() {
    CoreFixture fixture = new CoreFixture(lazy);

    fixture.discover(true);
    assertThat(built).hasValue(0);

    fixture.target("send-notice");
    assertThat(built).hasValue(1);
  }
}
