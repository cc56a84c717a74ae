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
package io.github.handymanworkflows.execution;

import java.util.List;
import java.util.Objects;

/**
 * An outcome plus what the core noticed on the way.
 *
 * @param outcome what to answer
 * @param warnings nondeterminism the core detected (memoized steps the replay never reached, a
 *     memoized value of the wrong kind); the drivers log them and keep them in run history
 */
public record ExecutionResult(ExecutionOutcome outcome, List<String> warnings) {

  /** Copies the warnings. */
  public ExecutionResult {
    Objects.requireNonNull(outcome, "outcome must not be null");
    warnings = List.copyOf(warnings);
  }
}
