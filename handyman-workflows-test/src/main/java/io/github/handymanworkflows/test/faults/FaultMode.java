package io.github.handymanworkflows.test.faults;

/** How an injected transient failure hits a port call. */
public enum FaultMode {

  /** The call fails before it reaches the port: nothing was written (a refused connection). */
  FAIL_BEFORE,

  /**
   * The call reaches the port and completes, then its answer is lost: everything was written but
   * the caller sees a failure (a timeout after the write, a mail accepted whose response was lost).
   */
  ANSWER_LOST
}
