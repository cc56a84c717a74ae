package io.github.handymanworkflows.mongo;

/**
 * A MongoDB call failed in a way that may pass on a retry: a timeout, a lost connection, an
 * election, a write concern not yet satisfied. A workflow step that throws it is retried by the
 * engine; every adapter write is idempotent, so the retry is safe even when the failed call was in
 * fact applied.
 *
 * <p>Messages name the operation and collection, never document contents.
 */
public class MongoStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MongoStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
