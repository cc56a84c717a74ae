package io.github.handymanworkflows.mongo;

/**
 * A write carried a fencing token older than one already written to the same record: this engine
 * lost its lease to another instance and must stop executing. Never retried.
 */
public class MongoFencedOutException extends MongoPermanentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MongoFencedOutException(String message) {
    super(message, null);
  }
}
