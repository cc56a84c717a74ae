package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.workflow.NonRetriableException;

/**
 * A MongoDB call failed in a way a retry cannot fix: a rejected credential, a document the server
 * refuses, a unique key held by another record, an unknown command. It is a {@link
 * NonRetriableException}, so a workflow step that throws it fails at once.
 *
 * <p>Messages name the operation and collection, never document contents.
 */
public class MongoPermanentException extends NonRetriableException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MongoPermanentException(String message, Throwable cause) {
    super(message, cause);
  }
}
