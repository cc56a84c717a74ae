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

import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.execution.ExecutionResult;

/**
 * How the engine makes a call of a run. In-process by default, through the execution core; a test
 * harness can instead send each call over HTTP to an Inngest serve endpoint, so the engine plays
 * the Inngest server against a real app.
 */
@FunctionalInterface
public interface CallExecutor {

  /** Makes one call. */
  ExecutionResult execute(ExecutionRequest request);
}
