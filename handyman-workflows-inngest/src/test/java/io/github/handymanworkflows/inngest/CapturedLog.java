package io.github.handymanworkflows.inngest;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what slf4j-simple (the tests' logger, which writes to {@code System.err}) logs while an
 * action runs, still passing it through to the console.
 */
final class CapturedLog {

  /** Something to run that may throw. */
  @FunctionalInterface
  interface Action {
    void run() throws Exception;
  }

  private CapturedLog() {}

  /** Runs the action and returns what was logged meanwhile. */
  static synchronized String during(Action action) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    OutputStream tee =
        new OutputStream() {
          @Override
          public void write(int b) {
            captured.write(b);
            original.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            captured.write(b, off, len);
            original.write(b, off, len);
          }
        };
    System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.err.flush();
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
