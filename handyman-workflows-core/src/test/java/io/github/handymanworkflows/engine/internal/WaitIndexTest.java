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
package io.github.handymanworkflows.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.internal.expr.Expression;
import io.github.handymanworkflows.internal.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class WaitIndexTest {

  static JsonNode json(String text) throws Exception {
    return Json.mapper().readTree(text);
  }

  static Wait wait(String runId, String condition, String trigger) throws Exception {
    return new Wait(
        runId,
        "step-" + runId,
        "job/accepted",
        condition == null ? null : Expression.parse(condition),
        json(trigger),
        Instant.EPOCH);
  }

  static boolean evaluate(Wait wait, JsonNode event) {
    return wait.condition() == null
        || wait.condition().test(Map.of("event", wait.trigger(), "async", event));
  }

  @Test
  void takesOnlyTheWaitsWhoseFieldMatchesAndTestsNothingElse() throws Exception {
    WaitIndex index = new WaitIndex();
    index.add(wait("r1", "event.data.jobId == async.data.jobId", "{\"data\":{\"jobId\":\"j1\"}}"));
    index.add(wait("r2", "event.data.jobId == async.data.jobId", "{\"data\":{\"jobId\":\"j2\"}}"));
    List<String> tested = new ArrayList<>();

    List<Wait> taken =
        index.takeMatching(
            "job/accepted",
            json("{\"name\":\"job/accepted\",\"data\":{\"jobId\":\"j2\"}}"),
            w -> {
              tested.add(w.runId());
              return true;
            });

    assertThat(taken).extracting(Wait::runId).containsExactly("r2");
    assertThat(tested).containsExactly("r2");
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void numbersMatchByValueAndOtherConditionsAreEvaluated() throws Exception {
    WaitIndex index = new WaitIndex();
    index.add(wait("num", "event.data.n == async.data.n", "{\"data\":{\"n\":1}}"));
    index.add(wait("expr", "async.data.n > 0", "{\"data\":{}}"));
    index.add(wait("any", null, "{\"data\":{}}"));
    JsonNode event = json("{\"data\":{\"n\":1.0}}");

    List<Wait> taken = index.takeMatching("job/accepted", event, w -> evaluate(w, event));

    assertThat(taken).extracting(Wait::runId).containsExactly("num", "expr", "any");
    assertThat(index.size()).isZero();
  }

  @Test
  void removingARunDropsItsWaits() throws Exception {
    WaitIndex index = new WaitIndex();
    index.add(wait("r1", "event.data.jobId == async.data.jobId", "{\"data\":{\"jobId\":\"j1\"}}"));
    index.remove("r1", null);
    JsonNode event = json("{\"data\":{\"jobId\":\"j1\"}}");
    assertThat(index.takeMatching("job/accepted", event, w -> true)).isEmpty();
  }

  /** The index must take exactly what testing every wait would take, in the same order. */
  @RepeatedTest(50)
  void agreesWithEvaluatingEveryWait(RepetitionInfo repetition) throws Exception {
    Random random = new Random(repetition.getCurrentRepetition());
    WaitIndex index = new WaitIndex();
    List<Wait> all = new ArrayList<>();
    String[] conditions = {
      "event.data.jobId == async.data.jobId",
      "event.data.n == async.data.n",
      "async.data.n >= 2",
      null
    };
    for (int i = 0; i < 40; i++) {
      String condition = conditions[random.nextInt(conditions.length)];
      String trigger =
          "{\"data\":{\"jobId\":\"j" + random.nextInt(4) + "\",\"n\":" + random.nextInt(4) + "}}";
      Wait w = wait("r" + i, condition, trigger);
      all.add(w);
      index.add(w);
    }
    for (int e = 0; e < 10; e++) {
      JsonNode event =
          json(
              "{\"data\":{\"jobId\":\"j"
                  + random.nextInt(4)
                  + "\",\"n\":"
                  + random.nextInt(4)
                  + ".0}}");
      List<Wait> expected = all.stream().filter(w -> evaluate(w, event)).toList();
      List<Wait> taken = index.takeMatching("job/accepted", event, w -> evaluate(w, event));
      assertThat(taken).containsExactlyElementsOf(expected);
      all.removeAll(expected);
      assertThat(index.size()).isEqualTo(all.size());
    }
  }
}
