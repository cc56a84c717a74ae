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

import io.github.handymanworkflows.workflow.NonRetriableException;

/**
 * An event payload is malformed: a required field is missing, blank or out of range.
 *
 * <p>The message names the event and the field, never the value, so that tokens and personal data
 * stay out of logs. Retrying cannot fix a malformed payload, so this is non-retriable.
 */
public final class EventValidationException extends NonRetriableException {
  private static final long serialVersionUID = 1L;

  private final String eventName;
  private final String field;

  /** Creates an exception for a field of an event. */
  public EventValidationException(String eventName, String field, String problem) {
    super("invalid event '" + eventName + "': field '" + field + "' " + problem);
    this.eventName = eventName;
    this.field = field;
  }

  /** The wire name of the offending event. */
  public String eventName() {
    return eventName;
  }

  /** The JSON path of the offending field, for example {@code data.email}. */
  public String field() {
    return field;
  }
}
