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
package io.github.handymanworkflows.workflow;

import java.util.Objects;

/**
 * How {@link Step#waitForEvent} decides that an incoming event belongs to this run.
 *
 * <p>Expressions are Inngest's CEL: {@code event} is the run's triggering event and {@code async}
 * the candidate. The embedded engine evaluates the same subset of CEL that the workflows use.
 */
public sealed interface Match {

  /** The CEL expression this match stands for. */
  String expression();

  /**
   * Matches when a field has the same value in both events, for example {@code field("data.jobId")}
   * means {@code event.data.jobId == async.data.jobId}.
   */
  static Match field(String path) {
    return new Field(path);
  }

  /** Matches by an explicit CEL expression over {@code event} and {@code async}. */
  static Match expression(String cel) {
    return new Cel(cel);
  }

  /** Same-field match. */
  record Field(String path) implements Match {
    /** Validates the path. */
    public Field {
      Objects.requireNonNull(path, "path must not be null");
      if (!path.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
        throw new IllegalArgumentException("match path must be a dotted field path: " + path);
      }
    }

    @Override
    public String expression() {
      return "event." + path + " == async." + path;
    }
  }

  /** Explicit expression. */
  record Cel(String expression) implements Match {
    /**
     * Validates the expression: it must parse, so a typo fails where the wait is written rather
     * than leaving the run waiting for an event no expression can match.
     */
    public Cel {
      Objects.requireNonNull(expression, "expression must not be null");
      if (expression.isBlank()) {
        throw new IllegalArgumentException("match expression must not be blank");
      }
      io.github.handymanworkflows.internal.expr.Expression.parse(expression);
    }
  }
}
