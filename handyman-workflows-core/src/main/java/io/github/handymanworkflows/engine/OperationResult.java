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
package io.github.handymanworkflows.engine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of an operator request.
 *
 * @param operation {@code retry}, {@code cancel} or {@code replay}
 * @param runId the run
 * @param outcome what happened
 * @param message a sentence for the operator (no event data)
 * @param eventId the replayed event's id, for a replay that was applied
 */
public record OperationResult(
    String operation, String runId, Outcome outcome, String message, @Nullable String eventId) {

  /** Validates the fields. */
  public OperationResult {
    Objects.requireNonNull(operation, "operation must not be null");
    Objects.requireNonNull(runId, "runId must not be null");
    Objects.requireNonNull(outcome, "outcome must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  /** What happened to a request. */
  public enum Outcome {
    /** The operation was carried out. */
    APPLIED,
    /** The request id was handled before; nothing was done again. */
    REPEATED,
    /** The run is not in a state the operation applies to, or the request id was taken. */
    REFUSED,
    /** No run has that id. */
    NOT_FOUND
  }
}
