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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Builds call requests the way the Inngest server does, and runs them through the core. */
final class CoreFixture {

  static final String EVENT =
      "{\"data\":{\"orderId\":\"o_1\"},\"id\":\"01JQ7Z5T\",\"name\":\"shop/order.created\","
          + "\"ts\":1767225600000,\"user\":{}}";

  final List<List<Event<?>>> published = new ArrayList<>();
  final ExecutionCore core;
  private final WorkflowFunction function;
  private final Map<String, JsonNode> steps = new LinkedHashMap<>();
  private final List<String> stack = new ArrayList<>();
  private JsonNode event = json(EVENT);

  CoreFixture(WorkflowFunction function) {
    this.function = function;
    this.core =
        new ExecutionCore(
            new EventCodec(EventRegistry.builder().build()),
            events -> {
              published.add(List.copyOf(events));
              List<String> ids = new ArrayList<>();
              events.forEach(e -> ids.add("internal-" + e.id()));
              return CompletableFuture.completedFuture(new PublishResult(ids));
            },
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
  }

  CoreFixture event(String json) {
    this.event = json(json);
    return this;
  }

  /** Records a completed step the way the server stores it. */
  CoreFixture memo(String userId, String rawJson) {
    String hash = StepIds.hash(userId);
    steps.put(hash, json(rawJson));
    stack.add(hash);
    return this;
  }

  /** Appends a memoized step's hash to the stack {@code times} times, as a hostile request may. */
  CoreFixture memoRepeated(String userId, String rawJson, int times) {
    String hash = StepIds.hash(userId);
    steps.put(hash, json(rawJson));
    for (int i = 0; i < times; i++) {
      stack.add(hash);
    }
    return this;
  }

  CoreFixture memoNull(String userId) {
    String hash = StepIds.hash(userId);
    steps.put(hash, NullNode.getInstance());
    stack.add(hash);
    return this;
  }

  ExecutionResult discover() {
    return call(null, false, 0);
  }

  ExecutionResult discover(boolean disableImmediate) {
    return call(null, disableImmediate, 0);
  }

  ExecutionResult target(String userId) {
    return call(StepIds.hash(userId), true, 0);
  }

  ExecutionResult call(String target, boolean disableImmediate, int attempt) {
    return core.execute(
        new ExecutionRequest(
            function,
            "shop-app",
            "01JQ7Z5V",
            List.of(event),
            steps,
            stack,
            target,
            disableImmediate,
            attempt,
            function.maxAttempts()));
  }

  static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String opsJson(ExecutionResult result) {
    ExecutionOutcome.Steps steps = (ExecutionOutcome.Steps) result.outcome();
    return WireFormat.text(WireFormat.ops(steps.ops()));
  }
}
