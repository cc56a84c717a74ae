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
