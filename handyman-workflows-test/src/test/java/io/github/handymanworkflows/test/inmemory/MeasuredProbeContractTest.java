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
package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.MeasuredProbe;
import io.github.handymanworkflows.test.contract.HealthProbeContract;
import java.net.ConnectException;
import java.util.Set;

class MeasuredProbeContractTest extends HealthProbeContract {

  private static final String PASSWORD = "s3cret-password";

  @Override
  protected HealthProbe healthyProbe() {
    return MeasuredProbe.of("database", () -> "pong");
  }

  @Override
  protected HealthProbe failingProbe() {
    return MeasuredProbe.of(
        "database",
        () -> {
          throw new ConnectException("refused: mongodb://admin:" + PASSWORD + "@db:27017");
        });
  }

  @Override
  protected Set<String> secrets() {
    return Set.of(PASSWORD, "mongodb://");
  }
}
