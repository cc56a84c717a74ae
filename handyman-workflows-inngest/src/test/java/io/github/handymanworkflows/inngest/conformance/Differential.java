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
package io.github.handymanworkflows.inngest.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Sends the same exchange to the JS reference SDK and to our Java serve endpoint and compares the
 * normalised answers.
 *
 * <p>The JS side is live when a JS reference server runs; otherwise its answers come from the
 * recordings under {@code src/test/resources/js-reference} (which JsReferenceServerIT keeps equal
 * to the live answers), so the comparison also runs on machines without {@code node}.
 */
final class Differential {

  /** One SDK under test: how to reach it and the fake API it talks to. */
  record Side(String name, ProtocolClient client, FakeInngestApi api, ReferenceRecorder recorder) {

    /** The serve URL. */
    URI serveUri() {
      return client.serveUri();
    }
  }

  /** The two normalised answers of one case. */
  record Answers(String caseName, ObjectNode js, ObjectNode java) {}

  private final @Nullable Side js;
  private final ReferenceRecorder recordings;
  private final Side java;

  /**
   * @param js the live JS side, or null to read its answers from the recordings
   * @param recordings the recordings (for the JS side when it is not live)
   * @param java our side
   */
  Differential(@Nullable Side js, ReferenceRecorder recordings, Side java) {
    this.js = js;
    this.recordings = recordings;
    this.java = java;
  }

  /** Whether the JS answers are live rather than recorded. */
  boolean live() {
    return js != null;
  }

  /** Our side. */
  Side java() {
    return java;
  }

  /** Runs an exchange on both sides (JS from the recording when not live). */
  Answers answers(String caseName, Function<Side, ProtocolResponse> exchange) {
    ObjectNode jsAnswer =
        js != null
            ? js.recorder().normalise(exchange.apply(js))
            : recordings.recorded(caseName).deepCopy();
    ObjectNode javaAnswer = java.recorder().normalise(exchange.apply(java));
    return new Answers(caseName, jsAnswer, javaAnswer);
  }

  /**
   * A request each SDK sent to its fake API during the last exchange (JS from the recording {@code
   * caseName} when not live).
   */
  Answers sent(String caseName, Function<FakeInngestApi, RecordedRequest> pick) {
    ObjectNode jsRequest =
        js != null
            ? js.recorder().normalise(pick.apply(js.api()))
            : recordings.recorded(caseName).deepCopy();
    ObjectNode javaRequest = java.recorder().normalise(pick.apply(java.api()));
    return new Answers(caseName, jsRequest, javaRequest);
  }

  /** Forgets the fake APIs' requests. */
  void reset() {
    if (js != null) {
      js.api().reset();
    }
    java.api().reset();
  }

  /**
   * Asserts that both answers are equal after the {@linkplain Normalisation#COMMON common} and the
   * given normalisations.
   */
  static void assertSame(Answers answers, Normalisation... extra) {
    List<Normalisation> all = new ArrayList<>(Normalisation.COMMON);
    all.addAll(List.of(extra));
    assertSameExactly(answers, all);
  }

  /** Asserts that both requests are equal after the given normalisations only. */
  static void assertSameRequest(Answers answers, Normalisation... normalisations) {
    assertSameExactly(answers, List.of(normalisations));
  }

  private static void assertSameExactly(Answers answers, List<Normalisation> normalisations) {
    ObjectNode js = answers.js();
    ObjectNode java = answers.java();
    for (Normalisation n : normalisations) {
      js = n.apply(js);
      java = n.apply(java);
    }
    assertThat(ReferenceRecorder.pretty(java))
        .as(
            "Java answer for %s differs from the JS SDK's after normalisations %s",
            answers.caseName(), normalisations.stream().map(Normalisation::name).toList())
        .isEqualTo(ReferenceRecorder.pretty(js));
  }
}
