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

import io.github.handymanworkflows.engine.store.EngineStore;
import java.util.List;
import java.util.Optional;

/** The run history, read straight from the store. */
final class History implements RunHistory {

  private final EngineStore store;

  History(EngineStore store) {
    this.store = store;
  }

  @Override
  public Optional<RunRecord> run(String runId) {
    return store.findRun(runId).map(RunState::record);
  }

  @Override
  public List<RunRecord> runs(String functionId) {
    return store.runs(functionId, null).stream().map(RunState::record).toList();
  }

  @Override
  public List<RunRecord> runs(String functionId, RunStatus status) {
    return store.runs(functionId, status).stream().map(RunState::record).toList();
  }

  @Override
  public List<RunRecord> all() {
    return store.runs(null, null).stream().map(RunState::record).toList();
  }
}
