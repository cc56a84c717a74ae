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
