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
package io.github.handymanworkflows.spring.boot.autoconfigure.mongo;

import io.github.handymanworkflows.mongo.MongoOutboxRelay;
import java.time.Duration;
import java.util.Objects;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the outbox relay after the engine (so the first delivery finds it running) and stops it
 * before the engine on shutdown. Batches left pending are delivered on the next start.
 */
final class MongoOutboxLifecycle implements SmartLifecycle {

  private final MongoOutboxRelay relay;
  private final Duration interval;
  private volatile boolean running;

  MongoOutboxLifecycle(MongoOutboxRelay relay, Duration interval) {
    this.relay = Objects.requireNonNull(relay, "relay must not be null");
    this.interval = Objects.requireNonNull(interval, "interval must not be null");
  }

  @Override
  public synchronized void start() {
    if (!running) {
      relay.start(interval);
      running = true;
    }
  }

  @Override
  public synchronized void stop() {
    relay.close();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    // After the engine lifecycle (default phase), before the web server stops taking requests.
    return Integer.MAX_VALUE / 2;
  }
}
