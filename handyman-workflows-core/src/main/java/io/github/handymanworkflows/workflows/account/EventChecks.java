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
