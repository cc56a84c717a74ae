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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.execution.OpCode;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/**
 * A step the replay reached that has no memoized result yet.
 *
 * @param hash the hashed id
 * @param userId the id the workflow gave it
 * @param op the op to report when it is not executed now: {@code StepPlanned} for run steps
 * @param opts op options, or null
 * @param body for run steps, the body producing the JSON result; null otherwise
 */
public record PendingStep(
    String hash,
    String userId,
    OpCode op,
    @Nullable ObjectNode opts,
    @Nullable Callable<JsonNode> body) {

  /** Whether this is a run step, which may be executed immediately. */
  public boolean runnable() {
    return body != null;
  }
}
