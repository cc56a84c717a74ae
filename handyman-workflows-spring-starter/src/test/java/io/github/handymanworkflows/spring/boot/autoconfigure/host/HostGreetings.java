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
package io.github.handymanworkflows.spring.boot.autoconfigure.host;

import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A host's own workflow on its own events, defined as a bean and nothing else: no registry bean, no
 * list of event types.
 */
@Configuration(proxyBeanMethods = false)
public class HostGreetings {

  /** The trigger. */
  public record UserGreeted(String userId, String name) {
    /** Its type. */
    public static final EventType<UserGreeted> TYPE =
        EventType.of("app/user.greeted", UserGreeted.class);
  }

  /** What the run waits for. */
  public record GreetingAnswered(String userId, String answer) {
    /** Its type. */
    public static final EventType<GreetingAnswered> TYPE =
        EventType.of("app/greeting.answered", GreetingAnswered.class);
  }

  /** Sent by hand to run the nightly function at once. */
  public record Nudged(String reason) {
    /** Its type. */
    public static final EventType<Nudged> TYPE = EventType.of("app/nightly.nudged", Nudged.class);
  }

  /** A scheduled function that can also be nudged by an event. */
  public static final String NIGHTLY_ID = "host-nightly";

  /** The scheduled bean. */
  @Bean
  public WorkflowFunction hostNightly() {
    return Workflow.function(NIGHTLY_ID, "Host nightly")
        .cron("0 2 * * *")
        .trigger(Nudged.TYPE)
        .handler((ctx, step) -> "done");
  }

  /** The function id. */
  public static final String ID = "host-greeting";

  /** Side effects of the steps, in order. */
  public final List<String> log = new CopyOnWriteArrayList<>();

  /** The bean. */
  @Bean
  public WorkflowFunction hostGreeting() {
    return function(log);
  }

  /** The function, writing its side effects to a log. */
  public static WorkflowFunction function(List<String> log) {
    return Workflow.function(ID, "Host greeting")
        .trigger(UserGreeted.TYPE)
        .retries(0)
        .handler(
            (ctx, step) -> {
              UserGreeted greeted = ctx.data(UserGreeted.TYPE);
              step.run("log-greeting", () -> log.add("greeted " + greeted.userId()));
              Optional<Event<GreetingAnswered>> answer =
                  step.waitForEvent(
                      "wait-for-answer",
                      GreetingAnswered.TYPE,
                      Match.field("data.userId"),
                      Duration.ofDays(1));
              String text = answer.map(a -> a.data().answer()).orElse("none");
              step.run("log-answer", () -> log.add(greeted.userId() + " answered " + text));
              return text;
            });
  }
}
