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
package io.github.handymanworkflows.event;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Sends events to the workflow engine: the embedded engine in-process, or Inngest's event API.
 *
 * <p>Non-blocking for the caller: an auth endpoint that emits an event returns at once. The stage
 * completes with the ids Inngest assigned, or exceptionally with the reason the events were not
 * accepted; a publisher never drops an event silently.
 */
public interface EventPublisher {

  /**
   * Publishes events. Events without an id get none from the publisher (each send then starts
   * runs); give an id to make a send idempotent for 24 hours.
   *
   * @throws EventValidationException at once when an event is invalid or uses a reserved name
   */
  CompletionStage<PublishResult> publish(List<? extends Event<?>> events);

  /** Publishes one event. */
  default CompletionStage<PublishResult> publish(Event<?> event) {
    return publish(List.of(event));
  }
}
