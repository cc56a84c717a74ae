package io.github.handymanworkflows.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.store.AcceptedEvent;
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.OpenWait;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.test.contract.EngineStoreContract;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MongoEngineStoreTest extends EngineStoreContract {

  private static InJvmMongo mongo;
  private MongoStorage storage;

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
  }

  @AfterAll
  static void stopServer() {
    mongo.close();
  }

  @Override
  protected EngineStore newStore() {
    storage = mongo.storage();
    return storage.engineStore();
  }

  @Test
  void instantsComeBackToTheNanosecondThoughBsonDatesHoldMilliseconds() {
    Instant precise = Instant.parse("2026-11-26T02:00:00.123456789Z");
    StoredRun run = run("r-precise", "fn", precise);
    StoredRun withWork =
        new StoredRun(
            run.runId(),
            run.functionId(),
            1,
            run.status(),
            run.events(),
            precise,
            null,
            run.memo(),
            run.stack(),
            run.pending(),
            run.steps(),
            run.warnings(),
            false,
            null,
            null,
            null,
            null,
            List.of(new DueWork("call", DueWork.Kind.DISCOVERY, precise.plusNanos(1), null, 0)),
            List.of(new OpenWait("s1", "x/y", null, precise.plusNanos(2))));
    store.createRun(withWork);
    store.acceptEvents(List.of(new AcceptedEvent("k1", run.trigger(), precise)));
    store.saveNextCronFire("c#0", precise);

    EngineStore reopened = reopen(store);
    assertThat(reopened.findRun("r-precise")).contains(withWork);
    assertThat(reopened.unroutedEvents())
        .extracting(AcceptedEvent::acceptedAt)
        .containsExactly(precise);
    assertThat(reopened.nextCronFire("c#0")).contains(precise);
  }

  @Override
  protected EngineStore reopen(EngineStore current) {
    // A new client-side store over the same database: only what was written comes back.
    return MongoStorage.create(mongo.client(), storage.settings()).engineStore();
  }
}
