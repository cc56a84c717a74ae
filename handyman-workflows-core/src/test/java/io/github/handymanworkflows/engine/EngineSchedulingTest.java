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
package io.github.handymanworkflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.mail.MailDeliveryException;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EngineSchedulingTest {

  static final EventType<JsonNode> SIGNUP = EventType.of("app/user.signed-up", JsonNode.class);

  static EmbeddedEngine engine(ManualClock clock, WorkflowFunction... functions) {
    return EmbeddedEngine.builder()
        .clock(clock)
        .random(new Random(7))
        .functions(List.of(functions))
        .build();
  }

  static WorkflowFunction cronRecorder(String cron) {
    return Workflow.function("nightly", "Nightly")
        .cron(cron)
        .handler((ctx, step) -> ctx.triggeredAt().toString());
  }

  static List<String> firings(EmbeddedEngine engine) {
    List<String> out = new ArrayList<>();
    engine.runs("nightly").forEach(r -> out.add(r.output().asText()));
    return out;
  }

  @Test
  void cronSkipsTheMissingLocalTimeWhenClocksSpringForward() {
    ManualClock clock = new ManualClock(Instant.parse("2025-03-28T12:00:00Z"));
    EmbeddedEngine engine = engine(clock, cronRecorder("TZ=Europe/Paris 30 2 * * *"));
    engine.advance(Duration.ofDays(4));
    assertThat(firings(engine))
        .containsExactly("2025-03-29T01:30:00Z", "2025-03-31T00:30:00Z", "2025-04-01T00:30:00Z");
  }

  @Test
  void cronFiresOnceInTheRepeatedHourWhenClocksFallBack() {
    ManualClock clock = new ManualClock(Instant.parse("2025-10-25T12:00:00Z"));
    EmbeddedEngine engine = engine(clock, cronRecorder("TZ=Europe/Paris 30 2 * * *"));
    engine.advance(Duration.ofDays(2));
    assertThat(firings(engine)).containsExactly("2025-10-26T00:30:00Z", "2025-10-27T01:30:00Z");
  }

  @Test
  void cronWithoutZoneRunsInUtcAtEachScheduledInstant() {
    ManualClock clock = new ManualClock(Instant.parse("2026-01-05T00:00:00Z"));
    EmbeddedEngine engine = engine(clock, cronRecorder("*/15 * * * *"));
    engine.advance(Duration.ofHours(1));
    assertThat(firings(engine))
        .containsExactly(
            "2026-01-05T00:15:00Z",
            "2026-01-05T00:30:00Z",
            "2026-01-05T00:45:00Z",
            "2026-01-05T01:00:00Z");
  }

  @Test
  void idempotencyKeyAllowsOneRunPerValueIn24Hours() {
    ManualClock clock = new ManualClock(Instant.parse("2026-01-05T00:00:00Z"));
    EmbeddedEngine engine =
        engine(
            clock,
            Workflow.function("welcome", "Welcome")
                .trigger(SIGNUP)
                .idempotency("event.data.userId")
                .handler((ctx, step) -> "sent"));
    engine.publish(signup("u_1"));
    engine.publish(signup("u_1"));
    engine.publish(signup("u_2"));
    engine.runDue();
    assertThat(engine.runs("welcome")).hasSize(2);
    engine.advance(Duration.ofHours(25));
    engine.publish(signup("u_1"));
    engine.runDue();
    assertThat(engine.runs("welcome")).hasSize(3);
  }

  @Test
  void providerRetryAfterHintSetsTheRetryDelay() {
    ManualClock clock = new ManualClock(Instant.parse("2026-01-05T00:00:00Z"));
    List<Instant> attempts = new ArrayList<>();
    EmbeddedEngine engine =
        engine(
            clock,
            Workflow.function("mail", "Mail")
                .trigger(SIGNUP)
                .retries(3)
                .handler(
                    (ctx, step) ->
                        step.run(
                            "send",
                            String.class,
                            () -> {
                              attempts.add(clock.instant());
                              if (attempts.size() == 1) {
                                throw new MailDeliveryException(
                                    "rate limited", null, Duration.ofMinutes(7));
                              }
                              return "ok";
                            })));
    engine.publish(signup("u_1"));
    engine.advance(Duration.ofHours(1));
    assertThat(attempts).hasSize(2);
    assertThat(Duration.between(attempts.get(0), attempts.get(1))).isEqualTo(Duration.ofMinutes(7));
  }

  @Test
  void concurrencyLimitHoldsAcrossWorkers() throws Exception {
    AtomicInteger active = new AtomicInteger();
    AtomicInteger maxActive = new AtomicInteger();
    try (EmbeddedEngine engine =
        EmbeddedEngine.builder()
            .function(
                Workflow.function("serial", "Serial")
                    .trigger(SIGNUP)
                    .concurrency(1)
                    .handler(
                        (ctx, step) ->
                            step.run(
                                "work",
                                Integer.class,
                                () -> {
                                  int now = active.incrementAndGet();
                                  maxActive.accumulateAndGet(now, Math::max);
                                  Thread.sleep(30);
                                  active.decrementAndGet();
                                  return now;
                                })))
            .build()) {
      engine.start(4);
      for (int i = 0; i < 8; i++) {
        engine.publish(signup("u_" + i));
      }
      Instant deadline = Instant.now().plusSeconds(15);
      while (engine.runs("serial", RunStatus.COMPLETED).size() < 8
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(20);
      }
      assertThat(engine.runs("serial", RunStatus.COMPLETED)).hasSize(8);
      assertThat(maxActive).hasValue(1);
    }
  }

  static Event<JsonNode> signup(String userId) {
    return Event.of(SIGNUP, Json.mapper().valueToTree(Map.of("userId", userId)));
  }
}
