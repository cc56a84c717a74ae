package io.github.handymanworkflows.workflow;

import org.jspecify.annotations.Nullable;

/**
 * A permanent failure: retrying cannot help (unknown user, invalid address, a 4xx from a provider).
 *
 * <p>Thrown from a step, it fails that step at once; thrown outside steps, it fails the run at once.
 * On the Inngest wire it is reported as {@code NonRetriableError}.
 */
public class NonRetriableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that must not contain secrets or personal data. */
  public NonRetriableException(String message) {
    super(message);
  }

  /** Creates the exception with a cause. */
  public NonRetriableException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
