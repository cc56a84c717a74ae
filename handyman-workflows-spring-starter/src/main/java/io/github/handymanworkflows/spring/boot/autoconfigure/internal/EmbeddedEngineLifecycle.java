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
package io.github.handymanworkflows.spring.boot.autoconfigure.internal;

import io.github.handymanworkflows.engine.EmbeddedEngine;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the embedded engine's workers once the context is ready and stops them first on shutdown,
 * letting calls in progress finish.
 */
public final class EmbeddedEngineLifecycle implements SmartLifecycle {

  private static final Logger LOGGER = LoggerFactory.getLogger(EmbeddedEngineLifecycle.class);

  private final EmbeddedEngine engine;
  private final int workers;
  private volatile boolean running;

  /** Drives the given engine with {@code workers} threads. */
  public EmbeddedEngineLifecycle(EmbeddedEngine engine, int workers) {
    this.engine = Objects.requireNonNull(engine, "engine must not be null");
    this.workers = workers;
  }

  @Override
  public synchronized void start() {
    if (!running) {
      engine.start(workers);
      running = true;
      LOGGER.info(
          "embedded engine '{}' started with {} workers and {} functions",
          engine.appId(),
          workers,
          engine.functions().size());
    }
  }

  @Override
  public synchronized void stop() {
    if (running) {
      engine.close();
      running = false;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
