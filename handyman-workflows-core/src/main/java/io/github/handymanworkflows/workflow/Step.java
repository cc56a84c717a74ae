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

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The durable operations of a workflow. Each is named by a step id that is stable across replays; a
 * step that completed is never executed again, its recorded result is returned instead.
 *
 * <p>Using an id twice in one run is allowed: the repeats become {@code id:1}, {@code id:2}, in
 * code order, as in Inngest.
 */
public interface Step {

  /**
   * Runs a side effect once, retrying it on failure, and returns its memoized result.
   *
   * @param id a stable step id
   * @param type the result type, used to read the memoized JSON back
   * @param body the side effect
   */
  <T> T run(String id, Class<T> type, Callable<? extends T> body);

  /** Like {@link #run(String, Class, Callable)} for generic result types. */
  <T> T run(String id, TypeReference<T> type, Callable<? extends T> body);

  /** Runs a side effect that returns nothing. */
  void run(String id, StepAction body);

  /** Pauses the run for a duration (at most 366 days). */
  void sleep(String id, Duration duration);

  /** Pauses the run until an instant. */
  void sleepUntil(String id, Instant until);

  /**
   * Waits for an event of a type that arrives after this step is reached.
   *
   * @return the event, or empty when the timeout passed first
   */
  <T> Optional<Event<T>> waitForEvent(String id, EventType<T> type, Duration timeout);

  /** Waits for a matching event; see {@link Match}. */
  <T> Optional<Event<T>> waitForEvent(String id, EventType<T> type, Match match, Duration timeout);

  /**
   * Sends events as a step, so a replay does not send them again. Events without an id get a
   * deterministic one derived from the run and the step, so a retried send starts no duplicate
   * runs.
   *
   * @return the ids of the sent events
   */
  List<String> sendEvent(String id, List<? extends Event<?>> events);

  /**
   * Sends events that are built when the step runs, so that what they carry (addresses, names) is
   * read inside the step and never memoized: the step's recorded output is only the event ids.
   * Replays do not call {@code events} again.
   */
  List<String> sendEvent(String id, Callable<? extends List<? extends Event<?>>> events);

  /** Sends one event as a step; see {@link #sendEvent(String, List)}. */
  default List<String> sendEvent(String id, Event<?> event) {
    return sendEvent(id, List.of(event));
  }

  /**
   * Runs another function of the same app and returns its result.
   *
   * @param functionId the invoked function's id (without the app prefix)
   * @param data the invoked function's event data
   * @param resultType the result type
   * @param timeout how long to wait for the result
   * @throws StepFailedException when the invoked function failed or timed out
   */
  <T> T invoke(String id, String functionId, Object data, Class<T> resultType, Duration timeout);

  /**
   * Runs branches as one parallel group: on Inngest each branch's steps are scheduled concurrently;
   * the group returns when every branch has finished. Give steps in different branches distinct
   * ids.
   *
   * @return each branch's result, in branch order
   */
  <T> List<T> parallel(List<? extends Callable<? extends T>> branches);
}
