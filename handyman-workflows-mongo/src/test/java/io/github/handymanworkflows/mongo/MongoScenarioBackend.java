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

import io.github.handymanworkflows.scenarios.ScenarioBackend;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import java.time.Duration;

/**
 * Plays the test kit's workflow scenarios and fault sweep over the MongoDB adapters and {@link
 * MongoEngineStore}: one in-JVM server for the test JVM, a database of its own for every world.
 * Named in {@code META-INF/services}, so the {@code scenarios-on-mongo} test execution picks it up.
 */
public final class MongoScenarioBackend implements ScenarioBackend {

  /** Started on first use and stopped with the test JVM. */
  private static final class Server {
    static final InJvmMongo MONGO = start();

    private static InJvmMongo start() {
      InJvmMongo mongo = new InJvmMongo();
      Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "in-jvm-mongo-stop"));
      return mongo;
    }
  }

  /** Found by the service loader. */
  public MongoScenarioBackend() {}

  @Override
  public ScenarioWorld open(Duration mailIdempotencyWindow) {
    MongoWorld world = new MongoWorld(Server.MONGO, mailIdempotencyWindow);
    return new ScenarioWorld(world.ports(), world.engineStore(), world::outcome);
  }
}
