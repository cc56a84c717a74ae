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

import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.test.contract.HealthProbeContract;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoHealthProbeTest extends HealthProbeContract {

  private static final String PASSWORD = "s3cret-Pa55";

  private static InJvmMongo mongo;
  private static MongoStorage unreachable;

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
    unreachable = Unreachable.storage(PASSWORD);
  }

  @AfterAll
  static void stopServer() {
    unreachable.close();
    mongo.close();
  }

  @Override
  protected HealthProbe healthyProbe() {
    return mongo.storage().healthProbe();
  }

  @Override
  protected HealthProbe failingProbe() {
    return unreachable.healthProbe();
  }

  @Override
  protected Set<String> secrets() {
    return Set.of(PASSWORD);
  }
}
