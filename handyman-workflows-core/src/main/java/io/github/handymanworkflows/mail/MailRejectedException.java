package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.workflow.NonRetriableException;
import org.jspecify.annotations.Nullable;

/**
 * A permanent delivery failure: the provider refused the message (invalid address, unverified
 * sender domain, any other 4xx but 429). Retrying cannot help, so the step fails at once.
 *
 * <p>Messages must not contain addresses, bodies or secrets.
 */
public class MailRejectedException extends NonRetriableException {
  private static final long serialVersionUID = 1L;

  /** A permanent failure. */
  public MailRejectedException(String message) {
    super(message);
  }

  /** A permanent failure with its cause. */
  public MailRejectedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
