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

import java.util.List;
import java.util.Optional;

/** Queries over the runs an engine has seen. */
public interface RunHistory {

  /** One run. */
  Optional<RunRecord> run(String runId);

  /** Every run of a function, oldest first. */
  List<RunRecord> runs(String functionId);

  /** Runs of a function in a status, oldest first. */
  List<RunRecord> runs(String functionId, RunStatus status);

  /** Every run, oldest first. */
  List<RunRecord> all();
}
