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
package io.github.handymanworkflows.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Expressions as Inngest functions write them: triggers, waitForEvent and cancelOn conditions. */
class InngestExpressionsTest {

  private static final JsonNode ORDER_CREATED =
      json(
          "{\"name\":\"shop/order.created\",\"id\":\"01J0\",\"ts\":1767258000000,\"user\":{},"
              + "\"data\":{\"orderId\":\"o-42\",\"total\":129.9,\"items\":[{\"sku\":\"a\"}]}}");

  private static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static Map<String, JsonNode> waiting(JsonNode event, String asyncJson) {
    return Map.of("event", event, "async", json(asyncJson));
  }

  @Test
  void triggerExpressionFiltersOnEventData() {
    Expression expression = Expression.parse("event.data.total > 0");

    assertThat(expression.test(Map.of("event", ORDER_CREATED))).isTrue();
    assertThat(expression.test(Map.of("event", json("{\"data\":{\"total\":0}}")))).isFalse();
    assertThat(expression.test(Map.of("event", json("{\"data\":{}}")))).isFalse();
  }

  @Test
  void failureHandlerTriggerMatchesTheFunctionId() {
    Expression expression = Expression.parse("event.data.function_id == 'shop-app-process-order'");

    assertThat(
            expression.test(
                Map.of("event", json("{\"data\":{\"function_id\":\"shop-app-process-order\"}}"))))
        .isTrue();
    assertThat(
            expression.test(
                Map.of("event", json("{\"data\":{\"function_id\":\"shop-app-other\"}}"))))
        .isFalse();
  }

  @Test
  void cancelOnMatchesTheSameOrder() {
    Expression expression = Expression.parse("event.data.orderId == async.data.orderId");

    assertThat(expression.test(waiting(ORDER_CREATED, "{\"data\":{\"orderId\":\"o-42\"}}")))
        .isTrue();
    assertThat(expression.test(waiting(ORDER_CREATED, "{\"data\":{\"orderId\":\"o-43\"}}")))
        .isFalse();
    assertThat(expression.test(waiting(ORDER_CREATED, "{\"data\":{}}"))).isFalse();
    assertThat(expression.test(waiting(ORDER_CREATED, "{\"data\":{\"orderId\":42}}"))).isFalse();
  }

  @Test
  void matchFieldIsSugarForComparingEventAndAsync() {
    String source = Expression.matchField("data.orderId");

    assertThat(source).isEqualTo("event.data.orderId == async.data.orderId");
    assertThat(
            Expression.parse(source)
                .test(waiting(ORDER_CREATED, "{\"data\":{\"orderId\":\"o-42\"}}")))
        .isTrue();
  }

  @Test
  void matchFieldRejectsSomethingThatIsNotAFieldPath() {
    assertThatThrownBy(() -> Expression.matchField("data.id == 1 || true"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'data.id == 1 || true'");
    assertThatThrownBy(() -> Expression.matchField(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Expression.matchField("data..id"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void waitForEventResumesOnlyTheSameRecord() {
    Expression expression =
        Expression.parse("async.data.resume == true && async.data.id == event.data.id");
    JsonNode event = json("{\"data\":{\"id\":7}}");

    assertThat(expression.test(waiting(event, "{\"data\":{\"resume\":true,\"id\":7}}"))).isTrue();
    assertThat(expression.test(waiting(event, "{\"data\":{\"resume\":true,\"id\":7.0}}"))).isTrue();
    assertThat(expression.test(waiting(event, "{\"data\":{\"resume\":\"true\",\"id\":7}}")))
        .isFalse();
    assertThat(expression.test(waiting(event, "{\"data\":{\"id\":7}}"))).isFalse();
  }

  @Test
  void ratingAndJobConditionsOfTheHandymanApp() {
    JsonNode jobCompleted = json("{\"data\":{\"jobId\":\"job-1\",\"customerId\":\"c-9\"}}");
    Expression rated =
        Expression.parse("async.data.jobId == event.data.jobId && async.data.rating >= 4");

    assertThat(rated.test(waiting(jobCompleted, "{\"data\":{\"jobId\":\"job-1\",\"rating\":5}}")))
        .isTrue();
    assertThat(rated.test(waiting(jobCompleted, "{\"data\":{\"jobId\":\"job-1\",\"rating\":3}}")))
        .isFalse();
    assertThat(rated.test(waiting(jobCompleted, "{\"data\":{\"jobId\":\"job-1\"}}"))).isFalse();

    Expression urgent =
        Expression.parse(
            "event.data.urgency in ['emergency', \"high\"] && size(event.data.photos) > 0"
                + " && has(event.data.location.lat)");
    assertThat(
            urgent.test(
                Map.of(
                    "event",
                    json(
                        "{\"data\":{\"urgency\":\"high\",\"photos\":[\"p1\"],"
                            + "\"location\":{\"lat\":6.5,\"lng\":3.4}}}"))))
        .isTrue();
    assertThat(urgent.test(Map.of("event", json("{\"data\":{\"urgency\":\"low\"}}")))).isFalse();
  }

  @Test
  void batchItemsAndUserAreReachable() {
    assertThat(
            Expression.parse("event.data.items[0].sku == 'a'").test(Map.of("event", ORDER_CREATED)))
        .isTrue();
    assertThat(Expression.parse("size(event.user) == 0").test(Map.of("event", ORDER_CREATED)))
        .isTrue();
    assertThat(Expression.parse("event.ts > 1767225600000").test(Map.of("event", ORDER_CREATED)))
        .isTrue();
  }

  @Test
  void oneParsedExpressionCanBeTestedFromManyThreads() throws Exception {
    Expression expression =
        Expression.parse("event.data.n % 2 == 0 && async.data.n == event.data.n");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> checks = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int n = i;
        checks.add(
            () -> {
              String data = "{\"data\":{\"n\":" + n + "}}";
              return expression.test(Map.of("event", json(data), "async", json(data)))
                  == (n % 2 == 0);
            });
      }
      for (Future<Boolean> result : pool.invokeAll(checks)) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
