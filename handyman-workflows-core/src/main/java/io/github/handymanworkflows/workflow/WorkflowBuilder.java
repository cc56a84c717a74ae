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
import io.github.handymanworkflows.internal.time.CronSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Builds a {@link WorkflowFunction}; every method validates its input and names what is wrong. */
public final class WorkflowBuilder {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
  private static final int MAX_TRIGGERS = 10;
  private static final int MAX_CONCURRENCY = 2;
  private static final int MAX_CANCEL = 5;

  final String id;
  final String name;
  final List<Trigger> triggers = new ArrayList<>();
  @Nullable Integer retries;
  final List<Concurrency> concurrency = new ArrayList<>();
  final List<CancelOn> cancelOn = new ArrayList<>();
  @Nullable Timeouts timeouts;
  @Nullable String idempotency;
  @Nullable WorkflowHandler failureHandler;
  final Map<String, DeclaredEvent> declared = new LinkedHashMap<>();
  final List<DeclaredEvent> declarations = new ArrayList<>();

  WorkflowBuilder(String id, String name) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(name, "name must not be null");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "function id must be lowercase letters, digits and dashes (1 to 100 characters): " + id);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("function '" + id + "' needs a name");
    }
    this.id = id;
    this.name = name;
  }

  /** Triggered by events of a type; the type joins the app's registry. */
  public WorkflowBuilder trigger(EventType<?> type) {
    return trigger(type, null);
  }

  /**
   * Triggered by events of a type for which a CEL expression over {@code event} holds; the type
   * joins the app's registry.
   */
  public WorkflowBuilder trigger(EventType<?> type, @Nullable String expression) {
    Objects.requireNonNull(type, "type must not be null");
    trigger(type.name(), expression);
    return declare(new DeclaredEvent(type, DeclaredEvent.Usage.TRIGGER));
  }

  /** Triggered by events of a name, optionally filtered by an expression. */
  public WorkflowBuilder trigger(String eventName, @Nullable String expression) {
    return addTrigger(new Trigger.OnEvent(eventName, expression));
  }

  /**
   * Triggered on a schedule: a 5-field Unix cron with an optional {@code TZ=Area/City } prefix.
   *
   * @throws IllegalArgumentException naming the problem when the cron or zone is invalid
   */
  public WorkflowBuilder cron(String cron) {
    CronSchedule.validate(cron);
    return addTrigger(new Trigger.OnCron(cron));
  }

  private WorkflowBuilder addTrigger(Trigger trigger) {
    if (triggers.contains(trigger)) {
      throw new IllegalArgumentException("function '" + id + "' has the trigger twice: " + trigger);
    }
    if (triggers.size() == MAX_TRIGGERS) {
      throw new IllegalArgumentException(
          "function '" + id + "' has more than " + MAX_TRIGGERS + " triggers");
    }
    triggers.add(trigger);
    return this;
  }

  /** Retries after the first attempt, per step (0 to 20; Inngest's default is 4). */
  public WorkflowBuilder retries(int count) {
    if (count < 0 || count > WorkflowFunction.MAX_RETRIES) {
      throw new IllegalArgumentException(
          "function '" + id + "': retries must be 0 to " + WorkflowFunction.MAX_RETRIES);
    }
    this.retries = count;
    return this;
  }

  /** At most {@code limit} steps of this function run at once. */
  public WorkflowBuilder concurrency(int limit) {
    return concurrency(new Concurrency(limit, null, Concurrency.Scope.FN));
  }

  /** At most {@code limit} steps run at once per value of a CEL key over {@code event}. */
  public WorkflowBuilder concurrency(int limit, String key) {
    return concurrency(new Concurrency(limit, key, Concurrency.Scope.FN));
  }

  /** Adds a concurrency limit (at most two). */
  public WorkflowBuilder concurrency(Concurrency limit) {
    if (concurrency.size() == MAX_CONCURRENCY) {
      throw new IllegalArgumentException(
          "function '" + id + "' has more than " + MAX_CONCURRENCY + " concurrency limits");
    }
    concurrency.add(Objects.requireNonNull(limit, "limit must not be null"));
    return this;
  }

  /** Cancels runs when a matching event arrives (at most five rules). */
  public WorkflowBuilder cancelOn(CancelOn rule) {
    if (cancelOn.size() == MAX_CANCEL) {
      throw new IllegalArgumentException(
          "function '" + id + "' has more than " + MAX_CANCEL + " cancellation rules");
    }
    cancelOn.add(Objects.requireNonNull(rule, "rule must not be null"));
    return this;
  }

  /**
   * Cancels runs when an event of the type arrives whose field equals the trigger's field; the type
   * joins the app's registry.
   */
  public WorkflowBuilder cancelOn(EventType<?> type, String fieldPath) {
    Objects.requireNonNull(type, "type must not be null");
    cancelOn(CancelOn.matching(type.name(), fieldPath));
    return declare(new DeclaredEvent(type, DeclaredEvent.Usage.CANCEL_ON));
  }

  /**
   * Declares the types the handler waits for with {@link Step#waitForEvent}, so the app's registry
   * validates them when they are published. A wait reads its own type either way.
   */
  public WorkflowBuilder waitsFor(EventType<?>... types) {
    for (EventType<?> type : types) {
      declare(new DeclaredEvent(type, DeclaredEvent.Usage.WAIT_FOR));
    }
    return this;
  }

  /**
   * Declares the types the handler sends with {@link Step#sendEvent}, so the app's registry
   * validates them where they are received.
   */
  public WorkflowBuilder sends(EventType<?>... types) {
    for (EventType<?> type : types) {
      declare(new DeclaredEvent(type, DeclaredEvent.Usage.SEND));
    }
    return this;
  }

  /**
   * Declares an event type the function uses.
   *
   * @throws IllegalArgumentException naming the function, the event and both payload records when
   *     the function already declares the name with another record
   */
  public WorkflowBuilder declare(DeclaredEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    EventType<?> type = event.type();
    DeclaredEvent previous = declared.get(type.name());
    if (previous != null
        && !previous.type().equals(type)
        && !previous.type().isUntyped()
        && !type.isUntyped()) {
      throw new IllegalArgumentException(
          "function '"
              + id
              + "' declares event '"
              + type.name()
              + "' as "
              + type.payloadType().getName()
              + " ("
              + event.usage()
              + ") but also as "
              + previous.type().payloadType().getName()
              + " ("
              + previous.usage()
              + ")");
    }
    if (previous == null || previous.type().isUntyped()) {
      declared.put(type.name(), event);
    }
    if (!declarations.contains(event)) {
      declarations.add(event);
    }
    return this;
  }

  /** Limits how long a run may take from first execution to completion. */
  public WorkflowBuilder finishWithin(Duration finish) {
    Duration start = timeouts == null ? null : timeouts.start();
    this.timeouts = new Timeouts(start, finish);
    return this;
  }

  /** Sets both timeouts. */
  public WorkflowBuilder timeouts(Timeouts value) {
    this.timeouts = Objects.requireNonNull(value, "timeouts must not be null");
    return this;
  }

  /** At most one run per value of a CEL key over {@code event} in 24 hours. */
  public WorkflowBuilder idempotency(String key) {
    Objects.requireNonNull(key, "key must not be null");
    if (key.isBlank()) {
      throw new IllegalArgumentException(
          "function '" + id + "': idempotency key must not be blank");
    }
    this.idempotency = key;
    return this;
  }

  /** Runs a handler once when a run of this function fails permanently. */
  public WorkflowBuilder onFailure(WorkflowHandler handler) {
    this.failureHandler = Objects.requireNonNull(handler, "handler must not be null");
    return this;
  }

  /** Finishes the definition with its handler. */
  public WorkflowFunction handler(WorkflowHandler handler) {
    return new WorkflowFunction(this, handler);
  }
}
