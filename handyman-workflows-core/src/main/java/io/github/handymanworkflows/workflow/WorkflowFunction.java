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

import io.github.handymanworkflows.event.EventType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A workflow function definition: identity, triggers, flow control and the handler. Immutable;
 * build one with {@link Workflow#function(String, String)}.
 */
public final class WorkflowFunction {

  /** Inngest's default retry count when a function sets none. */
  public static final int DEFAULT_RETRIES = 4;

  /** Inngest's upper bound on retries. */
  public static final int MAX_RETRIES = 20;

  private final String id;
  private final String name;
  private final List<Trigger> triggers;
  private final int retries;
  private final boolean retriesSet;
  private final List<Concurrency> concurrency;
  private final List<CancelOn> cancelOn;
  private final @Nullable Timeouts timeouts;
  private final @Nullable String idempotency;
  private final WorkflowHandler handler;
  private final @Nullable WorkflowHandler failureHandler;
  private final List<DeclaredEvent> declaredEvents;

  WorkflowFunction(WorkflowBuilder b, WorkflowHandler handler) {
    this.id = b.id;
    this.name = b.name;
    this.triggers = List.copyOf(b.triggers);
    this.retries = b.retries == null ? DEFAULT_RETRIES : b.retries;
    this.retriesSet = b.retries != null;
    this.concurrency = List.copyOf(b.concurrency);
    this.cancelOn = List.copyOf(b.cancelOn);
    this.timeouts = b.timeouts;
    this.idempotency = b.idempotency;
    this.handler = Objects.requireNonNull(handler, "handler must not be null");
    this.failureHandler = b.failureHandler;
    this.declaredEvents = List.copyOf(b.declarations);
    checkExpressions();
  }

  /** Parses every expression now, so a typo fails the build, not a run at the first event. */
  private void checkExpressions() {
    List<String> sources = new java.util.ArrayList<>();
    for (Trigger trigger : triggers) {
      if (trigger instanceof Trigger.OnEvent on && on.expression() != null) {
        sources.add(on.expression());
      }
    }
    for (CancelOn rule : cancelOn) {
      if (rule.ifExpression() != null) {
        sources.add(rule.ifExpression());
      }
    }
    for (Concurrency limit : concurrency) {
      if (limit.key() != null) {
        sources.add(limit.key());
      }
    }
    if (idempotency != null) {
      sources.add(idempotency);
    }
    for (String source : sources) {
      try {
        io.github.handymanworkflows.internal.expr.Expression.parse(source);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "function '" + id + "' has an invalid expression: " + e.getMessage(), e);
      }
    }
  }

  /** The function id, unique within the app, for example {@code send-welcome-email}. */
  public String id() {
    return id;
  }

  /** The human-readable name. */
  public String name() {
    return name;
  }

  /** Event and cron triggers; empty for functions that are only invoked. */
  public List<Trigger> triggers() {
    return triggers;
  }

  /** Retries after the first attempt, per step. */
  public int retries() {
    return retries;
  }

  /** Whether retries were set explicitly (Inngest's sync omits the field otherwise). */
  public boolean retriesSet() {
    return retriesSet;
  }

  /** Attempts per step: retries + 1. */
  public int maxAttempts() {
    return retries + 1;
  }

  /** Concurrency limits (at most two). */
  public List<Concurrency> concurrency() {
    return concurrency;
  }

  /** Cancellation rules (at most five). */
  public List<CancelOn> cancelOn() {
    return cancelOn;
  }

  /** Start and finish timeouts, if any. */
  public Optional<Timeouts> timeouts() {
    return Optional.ofNullable(timeouts);
  }

  /** A CEL key over {@code event}: at most one run per key value in 24 hours. */
  public Optional<String> idempotency() {
    return Optional.ofNullable(idempotency);
  }

  /**
   * The event types the function declares (typed triggers, cancellations, waits and sends), in
   * declaration order; the app's registry is derived from these.
   */
  public List<DeclaredEvent> declaredEvents() {
    return declaredEvents;
  }

  /**
   * The payload type the function declares for an event name: a typed one when it has one.
   *
   * @return empty when the function declares no type of that name
   */
  public Optional<EventType<?>> declaredType(String eventName) {
    EventType<?> found = null;
    for (DeclaredEvent event : declaredEvents) {
      if (event.type().name().equals(eventName) && (found == null || found.isUntyped())) {
        found = event.type();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The handler. */
  public WorkflowHandler handler() {
    return handler;
  }

  /** The failure handler, run once with an {@code inngest/function.failed} event. */
  public Optional<WorkflowHandler> failureHandler() {
    return Optional.ofNullable(failureHandler);
  }

  /**
   * The companion function that runs the failure handler, as Inngest registers it: id {@code
   * <id>-failure}, triggered by {@code inngest/function.failed} for this function's composite id.
   *
   * @param appId the app id that prefixes composite function ids
   */
  public Optional<WorkflowFunction> failureFunction(String appId) {
    if (failureHandler == null) {
      return Optional.empty();
    }
    return Optional.of(
        Workflow.function(id + "-failure", name + " (failure)")
            .trigger(
                InngestEvents.FUNCTION_FAILED,
                "event.data.function_id == '" + appId + "-" + id + "'")
            .retries(1)
            .handler(failureHandler));
  }

  @Override
  public String toString() {
    return "WorkflowFunction[" + id + "]";
  }
}
