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
package io.github.handymanworkflows.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.internal.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A host's own events: typed without a separate registry, and wrong uses caught early. */
class HostEventsTest {

  record Greeted(String userId) {
    Greeted {
      if (userId == null || userId.isBlank()) {
        throw new EventValidationException("app/user.greeted", "data.userId", "is required");
      }
    }
  }

  record Answered(String userId, String answer) {}

  record OtherAnswer(int score) {}

  static final EventType<Greeted> GREETED = EventType.of("app/user.greeted", Greeted.class);
  static final EventType<Answered> ANSWERED = EventType.of("app/user.answered", Answered.class);
  static final EventType<OtherAnswer> OTHER_ANSWER =
      EventType.of("app/user.answered", OtherAnswer.class);
  static final EventType<JsonNode> PING = EventType.untyped("app/ping");

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T10:00:00Z"));

  EmbeddedEngine engine(WorkflowFunction... functions) {
    return EmbeddedEngine.builder()
        .clock(clock)
        .random(new Random(7))
        .functions(List.of(functions))
        .build();
  }

  WorkflowFunction greetAndWait() {
    return Workflow.function("greet-and-wait", "Greet and wait")
        .trigger(GREETED)
        .handler(
            (ctx, step) -> {
              Greeted greeted = ctx.data(GREETED);
              Optional<Event<Answered>> answer =
                  step.waitForEvent(
                      "wait-for-answer", ANSWERED, Match.field("data.userId"), Duration.ofDays(1));
              return answer.map(a -> greeted.userId() + ":" + a.data().answer()).orElse("none");
            });
  }

  @Test
  void triggerTypeIsKnownWithoutAnyRegistry() {
    EmbeddedEngine engine = engine(greetAndWait());
    engine.publish(GREETED.event(new Greeted("u_1")));
    engine.runDue();
    assertThat(engine.runs("greet-and-wait").get(0).status()).isEqualTo(RunStatus.RUNNING);
  }

  @Test
  void undeclaredWaitTypeArrivesAsItsRecordNotAsJson() {
    EmbeddedEngine engine = engine(greetAndWait());
    engine.publish(GREETED.event(new Greeted("u_1")));
    engine.runDue();
    engine.publishJson(
        Json.mapper()
            .valueToTree(
                Map.of(
                    "name",
                    "app/user.answered",
                    "data",
                    Map.of("userId", "u_1", "answer", "yes"))));
    engine.runDue();
    RunRecord run = engine.runs("greet-and-wait").get(0);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().asText()).isEqualTo("u_1:yes");
  }

  @Test
  void invalidTriggerPayloadIsRejectedWhenPublishedNamingTheField() {
    EmbeddedEngine engine = engine(greetAndWait());
    assertThatThrownBy(
            () ->
                engine.publishJson(
                    Json.mapper()
                        .valueToTree(Map.of("name", "app/user.greeted", "data", Map.of()))))
        .isInstanceOf(EventValidationException.class)
        .hasMessageContaining("data.userId");
    assertThat(engine.runs("greet-and-wait")).isEmpty();
  }

  @Test
  void declaredWaitTypeIsValidatedWhenPublished() {
    EmbeddedEngine engine =
        engine(
            Workflow.function("strict", "Strict")
                .trigger(GREETED)
                .waitsFor(OTHER_ANSWER)
                .handler((ctx, step) -> null));
    assertThatThrownBy(
            () ->
                engine.publishJson(
                    Json.mapper()
                        .valueToTree(
                            Map.of("name", "app/user.answered", "data", Map.of("score", "high")))))
        .isInstanceOf(EventValidationException.class)
        .hasMessageContaining("data.score");
  }

  @Test
  void twoRecordsForOneNameFailWhenTheEngineIsBuiltNamingFunctionAndType() {
    WorkflowFunction other =
        Workflow.function("score-answers", "Score answers")
            .trigger(OTHER_ANSWER)
            .handler((ctx, step) -> null);
    WorkflowFunction waiting =
        Workflow.function("wait-answers", "Wait answers")
            .trigger(GREETED)
            .waitsFor(ANSWERED)
            .handler((ctx, step) -> null);
    assertThatThrownBy(() -> engine(other, waiting))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("function 'wait-answers'")
        .hasMessageContaining("'app/user.answered'")
        .hasMessageContaining(Answered.class.getName())
        .hasMessageContaining("WAIT_FOR")
        .hasMessageContaining("function 'score-answers'")
        .hasMessageContaining(OtherAnswer.class.getName());
  }

  @Test
  void aFunctionDeclaringOneNameWithTwoRecordsFailsWhenBuilt() {
    assertThatThrownBy(
            () -> Workflow.function("confused", "Confused").trigger(ANSWERED).sends(OTHER_ANSWER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("function 'confused'")
        .hasMessageContaining("'app/user.answered'")
        .hasMessageContaining(OtherAnswer.class.getName())
        .hasMessageContaining(Answered.class.getName());
  }

  @Test
  void aCatalogueNameRedeclaredWithAnotherRecordFailsAtRegistration() {
    EventType<Greeted> fake = EventType.of(UserRegistered.TYPE.name(), Greeted.class);
    WorkflowFunction fn =
        Workflow.function("fake-registered", "Fake").trigger(fake).handler((ctx, step) -> null);
    assertThatThrownBy(
            () -> EmbeddedEngine.builder().registry(EventCatalogue.registry()).function(fn).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("function 'fake-registered'")
        .hasMessageContaining("the app's event registry")
        .hasMessageContaining(UserRegistered.class.getName());
  }

  @Test
  void undeclaredWaitConflictingWithTheRegistryFailsAtTheStepNamingFunctionStepAndType() {
    WorkflowFunction scorer =
        Workflow.function("score-answers", "Score answers")
            .trigger(OTHER_ANSWER)
            .handler((ctx, step) -> null);
    EmbeddedEngine engine = engine(scorer, greetAndWait());
    engine.publish(GREETED.event(new Greeted("u_1")));
    engine.runDue();
    RunRecord run = engine.runs("greet-and-wait").get(0);
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message())
        .contains("function 'greet-and-wait'")
        .contains("step 'wait-for-answer'")
        .contains("'app/user.answered'")
        .contains(Answered.class.getName())
        .contains(OtherAnswer.class.getName())
        .doesNotContain("ClassCastException");
  }

  @Test
  void sendingAnotherRecordUnderARegisteredNameFailsTheStepNamingIt() {
    WorkflowFunction scorer =
        Workflow.function("score-answers", "Score answers")
            .trigger(OTHER_ANSWER)
            .handler((ctx, step) -> null);
    WorkflowFunction sender =
        Workflow.function("send-answer", "Send answer")
            .trigger(GREETED)
            .handler(
                (ctx, step) ->
                    step.sendEvent(
                        "send-answer",
                        new Event<>(
                            null, ANSWERED.name(), new Answered("u_1", "yes"), Map.of(), null)));
    EmbeddedEngine engine = engine(scorer, sender);
    engine.publish(GREETED.event(new Greeted("u_1")));
    engine.runDue();
    RunRecord run = engine.runs("send-answer").get(0);
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message())
        .contains("function 'send-answer' step 'send-answer' sends event 'app/user.answered'");
    assertThat(engine.runs("score-answers")).isEmpty();
  }

  @Test
  void untypedEventsTriggerWaitAndSendAsJson() {
    EventType<JsonNode> pong = EventType.untyped("app/pong");
    WorkflowFunction pinger =
        Workflow.function("pinger", "Pinger")
            .trigger(PING)
            .handler(
                (ctx, step) -> {
                  JsonNode data = ctx.data(PING);
                  step.sendEvent(
                      "send-pong",
                      pong.event(Json.mapper().createObjectNode().put("n", data.get("n").asInt())));
                  Optional<Event<JsonNode>> again =
                      step.waitForEvent("wait-for-ping", PING, Duration.ofHours(1));
                  return again.map(e -> e.data().get("n").asInt()).orElse(-1);
                });
    WorkflowFunction ponger =
        Workflow.function("ponger", "Ponger")
            .trigger(pong)
            .handler((ctx, step) -> ctx.data(pong).get("n").asInt() * 10);
    EmbeddedEngine engine = engine(pinger, ponger);
    engine.publish(PING.event(Json.mapper().createObjectNode().put("n", 1)));
    engine.runDue();
    engine.publish(PING.event(Json.mapper().createObjectNode().put("n", 2)));
    engine.runDue();
    RunRecord first =
        engine.runs("pinger").stream()
            .filter(r -> r.status() == RunStatus.COMPLETED)
            .findFirst()
            .orElseThrow();
    assertThat(first.output().asInt()).isEqualTo(2);
    assertThat(engine.runs("ponger").get(0).output().asInt()).isEqualTo(10);
  }

  @Test
  void untypedViewOfATypedEventReadsItsJson() {
    EventType<JsonNode> loose = EventType.untyped(UserRegistered.TYPE.name());
    EventRegistry registry = EventCatalogue.registry();
    WorkflowFunction fn =
        Workflow.function("loose", "Loose")
            .trigger(loose)
            .handler((ctx, step) -> ctx.data(loose).get("userId").asText());
    EmbeddedEngine engine =
        EmbeddedEngine.builder().clock(clock).registry(registry).function(fn).build();
    engine.publishJson(
        Json.mapper()
            .valueToTree(
                Map.of(
                    "name",
                    UserRegistered.TYPE.name(),
                    "data",
                    Map.of(
                        "userId",
                        "u_9",
                        "email",
                        "a@example.com",
                        "firstName",
                        "Ann",
                        "role",
                        "customer"))));
    engine.runDue();
    assertThat(engine.runs("loose").get(0).output().asText()).isEqualTo("u_9");
  }
}
