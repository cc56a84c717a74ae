package io.github.handymanworkflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryRunStoreTest {

  static RunState run(String id, int second) {
    return new RunState(
        id,
        "fn",
        List.of(JsonNodeFactory.instance.objectNode().put("name", "e").put("id", id)),
        Instant.ofEpochSecond(second));
  }

  @Test
  void keepsRunningRunsAndOnlyTheNewestEndedOnes() {
    InMemoryRunStore store = new InMemoryRunStore(2);
    RunState sleeping = run("sleeping", 0);
    store.save(sleeping);
    for (int i = 1; i <= 4; i++) {
      RunState done = run("done-" + i, i);
      done.end(RunStatus.COMPLETED, Instant.ofEpochSecond(i), null, null);
      store.save(done);
    }
    assertThat(store.running()).extracting(RunState::runId).containsExactly("sleeping");
    assertThat(store.all())
        .extracting(RunState::runId)
        .containsExactly("sleeping", "done-3", "done-4");
    assertThat(store.find("done-1")).isEmpty();
    assertThat(store.find("sleeping")).containsSame(sleeping);
  }

  @Test
  void aRunThatEndsLeavesTheRunningSet() {
    InMemoryRunStore store = new InMemoryRunStore();
    RunState run = run("r", 0);
    store.save(run);
    run.end(RunStatus.FAILED, Instant.ofEpochSecond(1), null, null);
    store.save(run);
    assertThat(store.running()).isEmpty();
    assertThat(store.find("r")).isPresent();
  }
}
