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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step op of a {@code 206} response.
 *
 * @param id the hashed step id
 * @param op the op code
 * @param name the user's step id (without the {@code :N} suffix)
 * @param displayName the label shown in dashboards
 * @param opts op-specific options (sleep duration, wait event and timeout, invoke target), or null
 * @param data the step's result for {@link OpCode#StepRun} (a JSON null when it returned nothing),
 *     null otherwise
 * @param error the error for {@link OpCode#StepError} and {@link OpCode#StepFailed}
 */
public record Op(
    String id,
    OpCode op,
    String name,
    String displayName,
    @Nullable ObjectNode opts,
    @Nullable JsonNode data,
    @Nullable SerializedError error) {

  /** Validates the fields. */
  public Op {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(op, "op must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(displayName, "displayName must not be null");
    if ((op == OpCode.StepError || op == OpCode.StepFailed) && error == null) {
      throw new IllegalArgumentException(op + " needs an error");
    }
  }
}
