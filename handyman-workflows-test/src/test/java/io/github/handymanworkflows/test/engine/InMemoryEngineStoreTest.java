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
package io.github.handymanworkflows.test.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.test.contract.EngineStoreContract;
import org.junit.jupiter.api.Test;

class InMemoryEngineStoreTest extends EngineStoreContract {

  @Override
  protected EngineStore newStore() {
    return new InMemoryEngineStore();
  }

  @Test
  void keepsOnlyTheNewestEndedRunsButEveryRunningOne() {
    InMemoryEngineStore small = new InMemoryEngineStore(2);
    small.createRun(run("sleeping", "fn", NOW));
    for (int i = 0; i < 5; i++) {
      StoredRun done = run("done-" + i, "fn", NOW.plusSeconds(i + 1));
      small.createRun(done);
      small.replaceRun(1, ended(done, RunStatus.COMPLETED, nested(), null));
    }

    assertThat(small.runningRuns()).extracting(StoredRun::runId).containsExactly("sleeping");
    assertThat(small.runs(null, null))
        .extracting(StoredRun::runId)
        .containsExactly("sleeping", "done-3", "done-4");
  }
}
