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

import org.jspecify.annotations.Nullable;

/**
 * The body of a workflow function.
 *
 * <p>It is replayed from the top on every call; code outside steps must be deterministic: no clock
 * reads, no I/O, no randomness. Every side effect goes in a {@link Step}.
 */
@FunctionalInterface
public interface WorkflowHandler {

  /**
   * Runs the workflow.
   *
   * @return the run's result, serialised to JSON; ids and counts, not documents
   */
  @Nullable Object handle(WorkflowContext ctx, Step step) throws Exception;
}
