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
package io.github.handymanworkflows.scenarios;

import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.test.InMemoryWorld;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The storage the scenario tests play over. Memory, unless the class path names one backend in
 * {@code META-INF/services/io.github.handymanworkflows.scenarios.ScenarioBackend}: an adapter
 * module runs this suite from the test kit's test jar with its own backend, so every workflow
 * scenario and the fault sweep play over its adapters and its engine store.
 */
public interface ScenarioBackend {

  /**
   * A world on storage of its own, holding no data, whose mailer remembers idempotency keys for
   * {@code mailIdempotencyWindow}.
   */
  ScenarioWorld open(Duration mailIdempotencyWindow);

  /** The backend the class path names, or memory. */
  static ScenarioBackend current() {
    return Loaded.BACKEND;
  }

  /** Every port in memory and {@link InMemoryEngineStore}. */
  static ScenarioWorld inMemory(Duration mailIdempotencyWindow) {
    InMemoryWorld world = new InMemoryWorld(mailIdempotencyWindow);
    return new ScenarioWorld(world.ports(), new InMemoryEngineStore(), world::outcome);
  }

  /** Looked up once per JVM: a backend may start a server. */
  final class Loaded {
    static final ScenarioBackend BACKEND = load();

    private Loaded() {}

    private static ScenarioBackend load() {
      List<ScenarioBackend> found =
          ServiceLoader.load(ScenarioBackend.class).stream()
              .map(ServiceLoader.Provider::get)
              .toList();
      if (found.size() > 1) {
        throw new IllegalStateException(
            "more than one scenario backend on the class path: "
                + found.stream().map(b -> b.getClass().getName()).toList());
      }
      return found.isEmpty() ? ScenarioBackend::inMemory : found.get(0);
    }
  }
}
