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

  @Test
  void payloadsWithFieldNamesMongoRefusesAndNumbersBsonCannotHoldComeBackEqual() {
    com.fasterxml.jackson.databind.node.ObjectNode data =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    data.put("$set", 1);
    data.put("a.b", "dotted");
    data.put("100%", "percent");
    data.put("%bigint", "looks like a tag");
    data.put("huge", new java.math.BigInteger("123456789012345678901234567890123456789"));
    data.put("precise", new java.math.BigDecimal("1.234567890123456789012345678901234567890"));
    data.putObject("nested").put("$where", "x");
    com.fasterxml.jackson.databind.node.ObjectNode event =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    event.put("name", "x/y");
    event.set("data", data);
    AcceptedEvent accepted = new AcceptedEvent("k1", event, Instant.parse("2026-11-26T02:00:00Z"));

    store.acceptEvents(List.of(accepted));

    assertThat(reopen(store).unroutedEvents()).containsExactly(accepted);
  }

  @Override
  protected EngineStore reopen(EngineStore current) {
    // A new client-side store over the same database: only what was written comes back.
    return MongoStorage.create(mongo.client(), storage.settings()).engineStore();
  }
}
