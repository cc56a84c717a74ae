package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.workflow.NonRetriableException;

/**
 * A mail value is malformed: a required field is missing, blank, too long or has forbidden
 * characters.
 *
 * <p>The message names the field, never the value, so addresses and bodies stay out of logs.
 * Retrying cannot fix a malformed message, so this is non-retriable.
 */
public final class MailValidationException extends NonRetriableException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /** Creates an exception for a field. */
  public MailValidationException(String field, String problem) {
    super("invalid mail field '" + field + "': " + problem);
    this.field = field;
  }

  /** The offending field, for example {@code to[1].email} or {@code tags.workflow}. */
  public String field() {
    return field;
  }
}
