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

import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.test.InMemoryWorld;
import io.github.handymanworkflows.test.MarketplaceScenarios;
import io.github.handymanworkflows.test.MarketplaceScenarios.Play;
import io.github.handymanworkflows.test.MarketplaceScenarios.Scenario;
import io.github.handymanworkflows.test.faults.FaultInjector;
import io.github.handymanworkflows.test.faults.Outcome;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workflow scenarios on the MongoDB adapters and the Mongo engine store end exactly as they do
 * in memory (the whole scenario suite also runs on Mongo, from the test kit's test jar): the same
 * emails, the same runs with the same outputs.
 */
class MongoWorkflowScenariosTest {

  private static InJvmMongo mongo;

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
  }

  @AfterAll
  static void stopServer() {
    mongo.close();
  }

  static List<Scenario> scenarios() {
    return MarketplaceScenarios.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void aScenarioEndsOnMongoAsItDoesInMemory(Scenario scenario) {
    Play inMemory =
        new Play(
            scenario, new InMemoryWorld().ports(), new InMemoryEngineStore(), FaultInjector.none());
    MongoWorld world = new MongoWorld(mongo);
    Play onMongo = new Play(scenario, world.ports(), world.engineStore(), FaultInjector.none());

    Outcome expected = inMemory.world.outcome().runs(inMemory.driver.engine()).build();
    Outcome actual = onMongo.world.outcome().runs(onMongo.driver.engine()).build();

    assertThat(onMongo.driver.engine().all()).as("runs stored in MongoDB").isNotEmpty();
    assertThat(onMongo.world.mailer.sent()).as("emails sent").isNotEmpty();
    assertThat(actual.diff(expected)).isEmpty();
  }
}
