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
import java.util.Objects;

/**
 * An event type a function declares, and how it uses it. The app's event registry is derived from
 * these, so a host never keeps a separate list of its events.
 *
 * @param type the event type
 * @param usage how the function uses it
 */
public record DeclaredEvent(EventType<?> type, Usage usage) {

  /** How a function uses an event type. */
  public enum Usage {
    /** Starts a run ({@link WorkflowBuilder#trigger(EventType)}). */
    TRIGGER,
    /** Cancels a run ({@link WorkflowBuilder#cancelOn(EventType, String)}). */
    CANCEL_ON,
    /** Resumes a {@link Step#waitForEvent} ({@link WorkflowBuilder#waitsFor}). */
    WAIT_FOR,
    /** Sent by a {@link Step#sendEvent} ({@link WorkflowBuilder#sends}). */
    SEND
  }

  /** Checks that nothing is missing. */
  public DeclaredEvent {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(usage, "usage must not be null");
  }

  @Override
  public String toString() {
    return usage.name().toLowerCase(java.util.Locale.ROOT)
        + " '"
        + type.name()
        + "' ("
        + type.payloadType().getSimpleName()
        + ")";
  }
}
