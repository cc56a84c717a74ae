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
package io.github.handymanworkflows.workflows.account;

import io.github.handymanworkflows.event.EventBounds;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.EventValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Payload checks for this package's events, failing like the catalogue's: an {@link
 * EventValidationException} naming the event and the field, never the value.
 */
final class EventChecks {

  private final String eventName;

  private EventChecks(String eventName) {
    this.eventName = eventName;
  }

  static EventChecks of(EventType<?> type) {
    return new EventChecks(type.name());
  }

  <T> T required(String field, @Nullable T value) {
    if (value == null) {
      throw new EventValidationException(eventName, "data." + field, "is required");
    }
    return value;
  }

  String text(String field, @Nullable String value) {
    if (required(field, value).isBlank()) {
      throw new EventValidationException(eventName, "data." + field, "must not be blank");
    }
    return EventBounds.check(eventName, field, value);
  }

  @Nullable String optionalText(String field, @Nullable String value) {
    return value == null || value.isBlank() ? null : EventBounds.check(eventName, field, value);
  }

  long positive(String field, long value) {
    if (value < 1) {
      throw new EventValidationException(eventName, "data." + field, "must be at least 1");
    }
    return value;
  }
}
