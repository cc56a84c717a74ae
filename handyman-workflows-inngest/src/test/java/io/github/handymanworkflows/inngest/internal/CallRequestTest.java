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
package io.github.handymanworkflows.inngest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallRequestTest {

  private static CallRequest parse(String json) {
    return CallRequest.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryFieldTheExecutionNeeds() {
    CallRequest call =
        parse(
            "{\"ctx\":{\"attempt\":2,\"max_attempts\":5,\"disable_immediate_execution\":true,"
                + "\"run_id\":\"r1\",\"stack\":{\"current\":1,\"stack\":[\"h1\"]}},"
                + "\"event\":{\"name\":\"a\"},\"events\":[{\"name\":\"a\"},{\"name\":\"b\"}],"
                + "\"steps\":{\"h1\":{\"data\":1},\"h2\":null}}");
    assertThat(call.events()).hasSize(2);
    assertThat(call.steps()).containsKeys("h1", "h2");
    assertThat(call.steps().get("h2").isNull()).isTrue();
    assertThat(call.stack()).containsExactly("h1");
    assertThat(call.attempt()).isEqualTo(2);
    assertThat(call.maxAttempts()).isEqualTo(5);
    assertThat(call.disableImmediateExecution()).isTrue();
    assertThat(call.runId()).isEqualTo("r1");
    assertThat(call.useApi()).isFalse();
  }

  @Test
  void fallsBackToTheSingleEventAndDefaultsMissingContext() {
    CallRequest call = parse("{\"event\":{\"name\":\"a\"},\"events\":[]}");
    assertThat(call.events()).hasSize(1);
    assertThat(call.steps()).isEmpty();
    assertThat(call.stack()).isEmpty();
    assertThat(call.attempt()).isZero();
    assertThat(call.maxAttempts()).isNull();
    assertThat(call.runId()).isEmpty();
  }

  @Test
  void readsTheDeprecatedTopLevelUseApi() {
    assertThat(parse("{\"use_api\":true}").useApi()).isTrue();
    assertThat(parse("{\"ctx\":{\"use_api\":true}}").useApi()).isTrue();
  }

  @Test
  void namesTheFieldOfTheWrongShape() {
    assertThatThrownBy(() -> parse("{\"ctx\":{\"max_attempts\":1.5}}"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("ctx.max_attempts");
    assertThatThrownBy(() -> parse("{\"ctx\":{\"attempt\":-1}}"))
        .hasMessageContaining("ctx.attempt");
    assertThatThrownBy(() -> parse("{\"ctx\":[]}")).hasMessageContaining("'ctx'");
    assertThatThrownBy(() -> parse("{\"event\":[]}")).hasMessageContaining("'event'");
    assertThatThrownBy(() -> parse("{\"ctx\":{\"stack\":{\"stack\":[1]}}}"))
        .hasMessageContaining("ctx.stack.stack");
  }

  @Test
  void rejectsTrailingContentAndReportsThePositionNotTheContent() {
    assertThatThrownBy(() -> parse("{} {\"secret\":1}"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> parse("{\"a\": tru}"))
        .hasMessageContaining("line 1")
        .hasMessageNotContaining("tru}");
  }

  @Test
  void readsTheStepsObjectWithNullEntriesAndKeepsTheLastOfARepeatedField() {
    CallRequest call =
        parse(
            "{\"steps\":{\"old\":{\"data\":0}},\"event\":{\"name\":\"a\"},"
                + "\"steps\":{\"h1\":{\"data\":{\"n\":1}},\"h2\":null,\"h1\":{\"data\":2}}}");
    assertThat(call.steps()).containsOnlyKeys("h1", "h2");
    assertThat(call.steps().get("h1").path("data").asInt()).isEqualTo(2);
    assertThat(call.steps().get("h2").isNull()).isTrue();
    assertThat(parse("{\"steps\":{\"h1\":{\"data\":1}},\"steps\":null}").steps()).isEmpty();
  }

  @Test
  void refusesStepsThatAreNotAnObjectAndBodiesThatAreNotOne() {
    assertThatThrownBy(() -> parse("{\"steps\":[{\"data\":1}]}"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("'steps' must be a JSON object");
    assertThatThrownBy(() -> parse("[1,2]"))
        .hasMessage("the call request body must be a JSON object");
    assertThatThrownBy(() -> parse("   ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> parse("{\"steps\":{\"h1\":{\"data\":1}"))
        .hasMessageContaining("not valid JSON (line 1");
  }
}
