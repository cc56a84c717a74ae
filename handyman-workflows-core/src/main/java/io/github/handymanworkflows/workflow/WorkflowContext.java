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

import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import java.time.Instant;
import java.util.List;

/** What a run knows about itself: its trigger, its id and its attempt. */
public interface WorkflowContext {

  /** The triggering event (the first one, for batches). */
  Event<?> event();

  /** All triggering events; one element unless the function batches. */
  List<Event<?>> events();

  /**
   * The trigger's payload as the given type, converted (and validated) when the registry typed it
   * otherwise or not at all; fails clearly when the trigger is another event.
   */
  default <T> T data(EventType<T> type) {
    return event().data(type);
  }

  /**
   * The trigger's payload converted to a class, for events the registry does not type (such as
   * {@code inngest/function.invoked}).
   */
  <T> T dataAs(Class<T> type);

  /**
   * When the run was triggered: the event's timestamp, or a cron run's scheduled time. Time windows
   * derive from this, never from the clock, so that replays agree.
   */
  Instant triggeredAt();

  /** The run id. */
  String runId();

  /** The function id, without the app prefix. */
  String functionId();

  /** The 0-based attempt of the current request. */
  int attempt();
}
