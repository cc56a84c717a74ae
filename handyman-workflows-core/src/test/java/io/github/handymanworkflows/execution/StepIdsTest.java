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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepIdsTest {

  @ParameterizedTest
  @CsvSource({
    "my-step-id, e7d8a2f140845095749d60246ff1110c9d01d76a",
    "first step, 98bf98df193bcce7c33e6bc50927cf2ac21206cb",
    "sleep, c3ca5f787365eae0dea86250e27d476406956478",
    "second step, 764e20ec975d4ef820d0f42e6a5833384bd7ee36",
    "loop-item, 1d4a2609bcbf2f2177828694ee618bda8de9cc68",
    "loop-item:1, 07ef9e910ff5ed6d7785d0339018dc6993b0795b",
    "loop-item:2, 8f7ad52910a080d68d8a7c5c51f51200c1ac2585",
    "fetch-user, 857c0b3e9253ce40ce09381575f27504abb803ea",
    "wait-1m, caadc0246701e72268dc88475155b50ea6a403d0",
    "charge-card, b2ae8f272ea660900fca3aeefbd39695c43f5cc9",
    "wait-for-payment, 5cb60a99e2e4e3944be0f5d63c9a6972d88db4e8",
    "flaky-call, 281e74663f5884ecb493a92784f9e7a856fc1daf",
    "validate, e204d28a2874f6123747650d3e4003d4357d75eb",
    "step-a, 1419522417cff8c6ddd205cc9882d16411490c09",
    "step-b, fe0ff3a9f16e8030660e5c6c446c04439143a0d1",
    "finalize, c983faa27b7d2e36a3274dba2c4500ed7a74c44a"
  })
  void hashesMatchTheProtocolVectors(String id, String expected) {
    assertThat(StepIds.hash(id)).isEqualTo(expected);
  }

  @Test
  void repeatedIdsGetIndexSuffixesInCodeOrder() {
    StepIds ids = new StepIds();
    assertThat(ids.next("loop-item")).isEqualTo("1d4a2609bcbf2f2177828694ee618bda8de9cc68");
    assertThat(ids.next("loop-item")).isEqualTo("07ef9e910ff5ed6d7785d0339018dc6993b0795b");
    assertThat(ids.next("loop-item")).isEqualTo("8f7ad52910a080d68d8a7c5c51f51200c1ac2585");
  }

  @Test
  void explicitIndexedIdPushesTheRepeatToTheNextFreeIndex() {
    StepIds ids = new StepIds();
    assertThat(ids.next("x")).isEqualTo(StepIds.hash("x"));
    assertThat(ids.next("x:1")).isEqualTo(StepIds.hash("x:1"));
    assertThat(ids.next("x")).isEqualTo(StepIds.hash("x:2"));
    assertThat(ids.next("x:1")).isEqualTo(StepIds.hash("x:1:1"));
  }

  @Test
  void idsSizedForALongReplayHashLikeTheDefaultOnes() {
    StepIds sized = new StepIds(1000);
    StepIds plain = new StepIds();
    for (String id : new String[] {"a", "loop-item", "loop-item", "a", "é-unicode"}) {
      assertThat(sized.next(id)).isEqualTo(plain.next(id));
    }
    assertThat(StepIds.hash("é-unicode")).hasSize(40).matches("[0-9a-f]{40}");
  }

  @Test
  void everyCallHandsOutOneSharedStringPerIdSoRunsDoNotEachKeepACopy() {
    String first = new StepIds().next("send-confirmation");
    String second = new StepIds().next("send-confirmation");

    assertThat(second).isSameAs(first).isEqualTo(StepIds.hash("send-confirmation"));
  }

  @Test
  void idsTooLongToRememberStillHashTheSame() {
    String longId = "x".repeat(500);

    assertThat(new StepIds().next(longId)).isEqualTo(StepIds.hash(longId));
    assertThat(new StepIds().next(longId)).isEqualTo(StepIds.hash(longId));
  }
}
