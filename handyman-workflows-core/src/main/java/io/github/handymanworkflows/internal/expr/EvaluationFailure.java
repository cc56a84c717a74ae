package io.github.handymanworkflows.internal.expr;

/**
 * Thrown by nodes while evaluating; {@link Expression} adds the source text and turns it into an
 * {@link ExpressionException}. Nodes do not know the source, which keeps them small and shareable.
 */
final class EvaluationFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int position;
  private final boolean absent;

  EvaluationFailure(int position, String reason) {
    this(position, reason, false);
  }

  /**
   * A failure; {@code absent} marks the CEL "no such key" kind (a missing field, index or map
   * entry), which a condition treats as "does not hold" rather than as a broken expression.
   */
  EvaluationFailure(int position, String reason, boolean absent) {
    super(reason, null, false, false);
    this.position = position;
    this.absent = absent;
  }

  boolean absent() {
    return absent;
  }

  int position() {
    return position;
  }
}
