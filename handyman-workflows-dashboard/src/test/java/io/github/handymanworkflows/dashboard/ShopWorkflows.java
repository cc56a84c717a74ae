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
package io.github.handymanworkflows.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Workflows the dashboard tests run: one that fails until told not to, one that sleeps. */
final class ShopWorkflows {

  static final EventType<JsonNode> ORDER = EventType.of("shop/order.created", JsonNode.class);
  static final EventType<JsonNode> PICKUP = EventType.of("shop/pickup.requested", JsonNode.class);

  final AtomicBoolean paymentsUp = new AtomicBoolean(false);
  final AtomicInteger reservations = new AtomicInteger();
  final AtomicInteger charges = new AtomicInteger();

  List<WorkflowFunction> functions() {
    return List.of(
        Workflow.function("charge-order", "Charge an order")
            .trigger(ORDER)
            .retries(0)
            .handler(
                (ctx, step) -> {
                  step.run("reserve-stock", Integer.class, reservations::incrementAndGet);
                  return step.run(
                      "charge-card",
                      String.class,
                      () -> {
                        charges.incrementAndGet();
                        if (!paymentsUp.get()) {
                          throw new IOException("payment provider unavailable");
                        }
                        return "charged";
                      });
                }),
        Workflow.function("ship-order", "Ship an order")
            .trigger(PICKUP)
            .handler(
                (ctx, step) -> {
                  step.sleep("wait-for-courier", Duration.ofDays(1));
                  return "shipped";
                }),
        Workflow.function("nightly-report", "Nightly report")
            .cron("TZ=Africa/Lagos 0 2 * * *")
            .handler((ctx, step) -> "reported"));
  }

  /** An order event carrying a user id, an e-mail address and a secret the dashboard must mask. */
  static Event<JsonNode> order(String orderId, String userId) {
    return Event.of(
        ORDER,
        Json.mapper()
            .valueToTree(
                Map.of(
                    "orderId", orderId,
                    "userId", userId,
                    "email", "ann.buyer@example.com",
                    "paymentToken", "tok_live_SECRET123",
                    "note", "<script>alert('x')</script>")));
  }

  static Event<JsonNode> pickup(String orderId) {
    return Event.of(PICKUP, Json.mapper().valueToTree(Map.of("orderId", orderId)));
  }
}
