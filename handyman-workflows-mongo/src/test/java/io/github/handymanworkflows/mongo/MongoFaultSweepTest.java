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

import io.github.handymanworkflows.test.MarketplaceScenarios;
import io.github.handymanworkflows.test.MarketplaceScenarios.Play;
import io.github.handymanworkflows.test.MarketplaceScenarios.Scenario;
import io.github.handymanworkflows.test.faults.FaultSweep;
import io.github.handymanworkflows.test.faults.SweepReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fault-injection sweep on the MongoDB adapters and the Mongo engine store: each scenario is
 * played fault-free, then once per port call with one transient failure there (before the call, and
 * after it with the answer lost), each play on a fresh database, and must end with the same
 * documents, emails and runs: the {@link MarketplaceScenarios} the in-memory sweep plays too (about
 * half a minute on two cores); the in-memory sweep alone covers every workflow.
 */
class MongoFaultSweepTest {

  private static InJvmMongo mongo;

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
  }

  @AfterAll
  static void stopServer() {
    mongo.close();
  }

  @Test
  void theWorkflowsEndTheSameOnMongoWhenAnyPortCallFailsOnce() {
    FaultSweep.Builder sweep =
        FaultSweep.builder("workflows-mongo")
            // How many rows an idempotent delete removed: after a lost answer the retry removes
            // nothing and counts zero; the documents are gone either way, which the state shows.
            .ignoring("/runs/\\d+/output/(tokensDeleted|sessionsDeleted|sessionsEnded)");
    for (Scenario scenario : MarketplaceScenarios.all()) {
      sweep.scenario(
          scenario.name(),
          faults -> {
            MongoWorld world = new MongoWorld(mongo);
            Play play = new Play(scenario, world.ports(), world.engineStore(), faults);
            return world.outcome().runs(play.driver.engine()).build();
          });
    }

    SweepReport report = sweep.build().run();

    assertThat(report.faultsTried()).isGreaterThan(50);
    report.assertNoDifferences();
  }
}
