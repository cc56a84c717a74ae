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
package io.github.handymanworkflows.internal.execution;

import io.github.handymanworkflows.execution.Op;
import io.github.handymanworkflows.execution.RetryAfter;
import org.jspecify.annotations.Nullable;

/**
 * Unwinds the workflow at a new step. An {@link Error}, not an {@link Exception}, so that a
 * workflow's {@code catch (Exception e)} cannot swallow it.
 */
public final class Interrupt extends Error {
  private static final long serialVersionUID = 1L;

  /** Why the workflow was unwound. */
  public enum Kind {
    /** Discovery reached new steps. */
    FOUND,
    /** A targeted request reached a new step other than its target. */
    BLOCKED,
    /** A targeted or immediate step was executed. */
    EXECUTED
  }

  private final Kind kind;
  private final transient @Nullable Op op;
  private final transient @Nullable RetryAfter retryAfter;

  private Interrupt(Kind kind, @Nullable Op op, @Nullable RetryAfter retryAfter) {
    super(kind.name(), null, false, false);
    this.kind = kind;
    this.op = op;
    this.retryAfter = retryAfter;
  }

  static Interrupt found() {
    return new Interrupt(Kind.FOUND, null, null);
  }

  static Interrupt blocked() {
    return new Interrupt(Kind.BLOCKED, null, null);
  }

  static Interrupt executed(Op op, @Nullable RetryAfter retryAfter) {
    return new Interrupt(Kind.EXECUTED, op, retryAfter);
  }

  /** Why. */
  public Kind kind() {
    return kind;
  }

  /** The executed op, for {@link Kind#EXECUTED}. */
  public @Nullable Op op() {
    return op;
  }

  /** The retry hint of a failed executed step. */
  public @Nullable RetryAfter retryAfter() {
    return retryAfter;
  }
}
