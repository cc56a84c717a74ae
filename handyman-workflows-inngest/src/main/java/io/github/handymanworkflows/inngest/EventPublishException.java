package io.github.handymanworkflows.inngest;

/**
 * Inngest's event API did not accept events: it answered an error, could not be reached within the
 * retries, or the publisher closed first. Completes the stage returned by {@link
 * InngestEventPublisher#publish}.
 */
public final class EventPublishException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status of the last answer, or 0 when there was none
   * @param error the reason: the API's {@code error} field, or what went wrong locally
   */
  public EventPublishException(int status, String error) {
    super(status == 0 ? error : "Inngest's event API answered " + status + ": " + error);
    this.status = status;
    this.error = error;
  }

  /** The HTTP status of the last answer, or 0 when there was none. */
  public int status() {
    return status;
  }

  /** The reason. */
  public String error() {
    return error;
  }
}
