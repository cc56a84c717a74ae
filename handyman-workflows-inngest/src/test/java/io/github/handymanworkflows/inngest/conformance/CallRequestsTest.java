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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallRequestsTest {

  private static final String KEY = "signkey-test-7468697320697320612074657374206b6579";
  private static final Instant T = Instant.ofEpochSecond(1705586504L);

  @Test
  void signsTheProtocolTestVectorBody() {
    String body =
        "{\"event\":{\"data\":{\"orderId\":\"o_1\"},\"name\":\"shop/order.created\"},\"steps\":{}}";

    assertThat(CallRequests.sign(body, KEY, T))
        .isEqualTo(
            "t=1705586504&s=f4d1a23524087e612845eb3ce0d9ff8ee8bfcfaa3a88e31ec74e352c49788e5b");
  }

  @Test
  void signsTheEmptyBodyTestVector() {
    assertThat(Signatures.header("", KEY, T))
        .isEqualTo(
            "t=1705586504&s=57e74d31fe5c685e9fca1effda35f10afcd5d6b5c2e5370b7bf037c24902af0b");
  }

  @Test
  void usesTheKeyWithoutPrefixAsTextNotHex() {
    String withPrefix = Signatures.hmacHex("{}", KEY, "1");
    String bare = Signatures.hmacHex("{}", "7468697320697320612074657374206b6579", "1");

    assertThat(withPrefix).isEqualTo(bare);
    assertThat(Signatures.hmacHex("{}", KEY, "2")).isNotEqualTo(withPrefix);
  }

  @ParameterizedTest
  @CsvSource({
    "signkey-prod-12345678, signkey-prod-b2ed992186a5cb19f6668aade821f502c1d00970dfd0e35128d51bac4649916c",
    "signkey-test-7468697320697320612074657374206b6579,"
        + " signkey-test-ed30c63423735b44011c49a38c01a8062833420cfb299072e0263c986242556a"
  })
  void hashesSigningKeysLikeTheBearerVectors(String key, String expected) {
    assertThat(Signatures.hashedSigningKey(key)).isEqualTo(expected);
  }

  @Test
  void rejectsNonHexSigningKeyWhenHashing() {
    assertThatThrownBy(() -> Signatures.hashedSigningKey("signkey-test-nothex"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signingKey");
  }

  @ParameterizedTest
  @CsvSource({
    "my-step-id, e7d8a2f140845095749d60246ff1110c9d01d76a",
    "first step, 98bf98df193bcce7c33e6bc50927cf2ac21206cb",
    "loop-item, 1d4a2609bcbf2f2177828694ee618bda8de9cc68",
    "loop-item:1, 07ef9e910ff5ed6d7785d0339018dc6993b0795b",
    "loop-item:2, 8f7ad52910a080d68d8a7c5c51f51200c1ac2585",
    "fetch-user, 857c0b3e9253ce40ce09381575f27504abb803ea"
  })
  void hashesStepIdsLikeTheProtocolVectors(String userId, String expected) {
    assertThat(StepIds.hash(userId)).isEqualTo(expected);
  }

  @Test
  void rendersBodiesAsCanonicalJson() {
    JsonNode tree =
        ConformanceJson.parse(
            "{ \"b\": [1, {\"z\": null, \"a\": \"x\\n\\u0001é\"}], \"a\": true }");

    assertThat(ConformanceJson.canonical(tree))
        .isEqualTo("{\"a\":true,\"b\":[1,{\"a\":\"x\\n\\u0001é\",\"z\":null}]}");
  }

  @Test
  void buildsTheServerShapeWithMemoizedStepsOnTheStack() {
    var event =
        CallRequests.event("shop/order.created", ConformanceJson.parse("{\"orderId\":\"o_1\"}"));
    String fetchUser = StepIds.hash("fetch-user");
    String sleep = StepIds.hash("wait-1m");

    JsonNode body =
        CallRequests.forEvent(event)
            .memoized(fetchUser, CallRequests.data(ConformanceJson.parse("{\"id\":\"u_1\"}")))
            .memoized(sleep, null)
            .version(2)
            .disableImmediateExecution(true)
            .build();

    assertThat(body.at("/ctx/stack/current").intValue()).isEqualTo(2);
    assertThat(body.at("/ctx/stack/stack").toString())
        .isEqualTo("[\"" + fetchUser + "\",\"" + sleep + "\"]");
    assertThat(body.at("/ctx/disable_immediate_execution").booleanValue()).isTrue();
    assertThat(body.at("/ctx/step_id").textValue()).isEqualTo("step");
    assertThat(body.get("steps").has(sleep)).isTrue();
    assertThat(body.get("steps").get(sleep).isNull()).isTrue();
    assertThat(body.at("/steps/" + fetchUser + "/data/id").textValue()).isEqualTo("u_1");
    assertThat(body.get("events").get(0)).isEqualTo(event);
    assertThat(body.get("version").intValue()).isEqualTo(2);
  }

  @Test
  void leavesStepsAndEventsEmptyWhenPayloadComesFromTheApi() {
    var event = CallRequests.event("a/b", ConformanceJson.object());

    JsonNode body =
        CallRequests.forEvent(event)
            .memoized(StepIds.hash("x"), CallRequests.data(ConformanceJson.parse("1")))
            .useApi(true)
            .build();

    assertThat(body.get("steps").size()).isZero();
    assertThat(body.get("events").size()).isZero();
    assertThat(body.at("/ctx/use_api").booleanValue()).isTrue();
    assertThat(body.get("use_api").booleanValue()).isTrue();
  }
}
