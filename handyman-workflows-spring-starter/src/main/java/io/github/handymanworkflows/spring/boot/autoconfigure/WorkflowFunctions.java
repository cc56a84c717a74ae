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
package io.github.handymanworkflows.spring.boot.autoconfigure;

import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.util.List;
import java.util.Objects;

/**
 * The functions the engine runs: the marketplace's workflows plus every {@link WorkflowFunction}
 * bean of the host, with cron overrides applied. Define a bean of this type to choose the set
 * yourself.
 *
 * @param functions the functions, in registration order
 */
public record WorkflowFunctions(List<WorkflowFunction> functions) {

  /** Copies the list. */
  public WorkflowFunctions {
    functions = List.copyOf(Objects.requireNonNull(functions, "functions must not be null"));
  }
}
