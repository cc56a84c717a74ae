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
import org.jspecify.annotations.Nullable;

/**
 * A limit on how many steps of a function run at the same time, optionally per key.
 *
 * @param limit at least 1
 * @param key a CEL expression over {@code event}, for example {@code event.data.userId}, or null
 *     for one limit across all runs
 * @param scope where the limit applies
 */
public record Concurrency(int limit, @Nullable String key, Scope scope) {

  /** Where a concurrency limit applies. */
  public enum Scope {
    /** Across runs of this function. */
    FN,
    /** Across the environment (needs a key). */
    ENV,
    /** Across the account (needs a key). */
    ACCOUNT
  }

  /** Validates the limit and scope. */
  public Concurrency {
    Objects.requireNonNull(scope, "scope must not be null");
    if (limit < 1) {
      throw new IllegalArgumentException("concurrency limit must be at least 1");
    }
    if (key != null && key.isBlank()) {
      key = null;
    }
    if (scope != Scope.FN && key == null) {
      throw new IllegalArgumentException("concurrency scope " + scope + " needs a key");
    }
  }
}
