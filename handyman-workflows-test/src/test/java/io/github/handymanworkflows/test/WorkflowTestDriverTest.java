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
package io.github.handymanworkflows.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowTestDriverTest {

  final List<String> greeted = new ArrayList<>();

  final WorkflowFunction greeter =
      Workflow.function("greeter", "Greeter")
          .trigger(UserRegistered.TYPE)
          .handler(
              (ctx, step) -> {
                UserRegistered user = ctx.data(UserRegistered.TYPE);
                step.sleep("wait-a-day", Duration.ofDays(1));
                step.run("greet", () -> greeted.add(user.userId()));
                return user.userId();
              });

  @Test
  void runsAWholeFlowInAFewLinesWithoutWaiting() {
    WorkflowTestDriver driver =
        WorkflowTestDriver.builder().registry(EventCatalogue.registry()).functions(greeter).build();
    driver.send(
        UserRegistered.TYPE.event(
            new UserRegistered("u_1", "ada@example.com", "Ada", "Lovelace", Role.CUSTOMER)));
    assertThat(driver.lastRun("greeter").status()).isEqualTo(RunStatus.RUNNING);
    assertThat(greeted).isEmpty();

    driver.advance(Duration.ofDays(1));

    assertThat(driver.lastRun("greeter").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(driver.lastRun("greeter").output().asText()).isEqualTo("u_1");
    assertThat(greeted).containsExactly("u_1");
    assertThat(driver.running()).isEmpty();
  }

  @Test
  void acceptsWireJsonAsTheServeEndpointWould() {
    WorkflowTestDriver driver =
        WorkflowTestDriver.builder().registry(EventCatalogue.registry()).functions(greeter).build();
    driver.sendJson(
        "{\"name\":\"auth/user.registered\",\"data\":{\"userId\":\"user123\","
            + "\"email\":\"test@example.com\",\"firstName\":\"Test\",\"lastName\":\"User\","
            + "\"role\":\"customer\"}}");
    driver.advance(Duration.ofDays(2));
    assertThat(greeted).containsExactly("user123");
  }
}
