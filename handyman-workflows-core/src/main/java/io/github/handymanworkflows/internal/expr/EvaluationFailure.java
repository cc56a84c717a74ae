package io.github.handymanworkflows.internal.expr;

/**
 * Thrown by nodes while evaluating; {@link Expression} adds the source text and turns it into an
 * {@link ExpressionException}. Nodes do not know the source, which keeps them small and shareable.
 */
final class EvaluationFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int position;

  EvaluationFailure(int position, String reason) {
    super(reason, null, false, false);
    this.position = position;
  }

  int position() {
    return position;
  }
}
