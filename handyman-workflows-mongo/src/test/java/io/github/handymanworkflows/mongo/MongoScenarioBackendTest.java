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

import io.github.handymanworkflows.scenarios.ScenarioBackend;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import io.github.handymanworkflows.test.data.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The test kit's scenario suite, which the {@code scenarios-on-mongo} execution runs from its test
 * jar, finds this module's backend and so plays over MongoDB, not in memory.
 */
class MongoScenarioBackendTest {

  @Test
  void theScenarioSuitePlaysOverTheMongoAdaptersAndEngineStore() {
    assertThat(ScenarioBackend.current()).isInstanceOf(MongoScenarioBackend.class);

    ScenarioWorld world = ScenarioWorld.create();

    assertThat(world.ports().users).isInstanceOf(MongoUserRepository.class);
    assertThat(world.ports().ledger).isInstanceOf(MongoWorkflowLedger.class);
    assertThat(world.engineStore()).isInstanceOf(MongoEngineStore.class);
  }

  @Test
  void eachWorldStartsEmptyOnADatabaseOfItsOwn() {
    ScenarioWorld first = ScenarioWorld.create();
    first.ports().users.save(TestUsers.customer("u1").build());

    ScenarioWorld second = ScenarioWorld.create(Duration.ofDays(30));

    assertThat(first.ports().users.find("u1")).isPresent();
    assertThat(second.ports().users.find("u1")).isEmpty();
    assertThat(second.outcome().build().diff(first.outcome().build())).isNotEmpty();
  }
}
