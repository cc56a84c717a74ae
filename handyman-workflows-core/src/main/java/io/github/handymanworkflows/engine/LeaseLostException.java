package io.github.handymanworkflows.engine;

/**
 * A run write refused because this engine no longer holds its {@link EngineLease}: the next holder
 * resumes the run from the store.
 */
final class LeaseLostException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  LeaseLostException(String runId) {
    super("this engine lost its lease; the write of run " + runId + " is left to the next holder");
  }
}
