package io.github.handymanworkflows.inngest.internal;

/** A request the serve endpoint cannot accept; the message names the offending part. */
public final class BadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public BadRequestException(String message) {
    super(message, null, false, false);
  }
}
