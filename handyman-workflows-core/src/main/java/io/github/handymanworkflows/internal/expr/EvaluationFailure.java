/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
