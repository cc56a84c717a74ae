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
 * An expression that cannot be parsed, or that failed while being evaluated (for example {@code 'a'
 * - 1} or a division by zero). The message names the expression, the position and the reason.
 */
public final class ExpressionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int position;
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param source the whole expression text
   * @param position zero-based character index in {@code source} where the problem is
   * @param reason what is wrong, without the position
   */
  public ExpressionException(String source, int position, String reason) {
    super("Invalid expression at position " + position + ": " + reason + " in '" + source + "'");
    this.source = source;
    this.position = position;
    this.reason = reason;
  }

  /** The whole expression text. */
  public String source() {
    return source;
  }

  /** Zero-based character index in {@link #source()} where the problem is. */
  public int position() {
    return position;
  }

  /** What is wrong, without the position or the source. */
  public String reason() {
    return reason;
  }
}
