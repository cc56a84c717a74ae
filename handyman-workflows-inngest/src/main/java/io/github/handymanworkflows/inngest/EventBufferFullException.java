package io.github.handymanworkflows.inngest;

/**
 * The publisher's buffer cannot take more events: Inngest is unreachable or slower than the events
 * are produced. Thrown at once by {@link InngestEventPublisher#publish}, so the caller knows the
 * events were not queued.
 */
public final class EventBufferFullException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public EventBufferFullException(String message) {
    super(message);
  }
}
