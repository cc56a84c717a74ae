package io.github.handymanworkflows.samples.ownworkflow;

import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.EventValidationException;

/** Field checks for the example's events: a bad payload names the field, never the value. */
final class Require {

  private Require() {}

  static String text(EventType<?> type, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new EventValidationException(type.name(), "data." + field, "is required");
    }
    return value;
  }
}
