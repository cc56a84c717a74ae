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
