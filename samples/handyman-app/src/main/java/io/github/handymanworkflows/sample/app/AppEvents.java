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
package io.github.handymanworkflows.sample.app;

import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventPublisher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Emits events after the state they describe is stored, without waiting for the engine: the
 * response does not block on publishing. A failed publish is never swallowed: it is logged and
 * counted ({@code handyman.app.events.failed}).
 */
@Component
class AppEvents {

  private static final Logger LOGGER = LoggerFactory.getLogger(AppEvents.class);

  private final EventPublisher publisher;
  private final Counter failedCounter;
  private final AtomicLong failed = new AtomicLong();

  AppEvents(EventPublisher publisher, MeterRegistry registry) {
    this.publisher = publisher;
    this.failedCounter =
        Counter.builder("handyman.app.events.failed")
            .description("Events the app could not publish")
            .register(registry);
  }

  void emit(Event<?>... events) {
    List<Event<?>> list = List.of(events);
    List<String> names = list.stream().map(Event::name).toList();
    try {
      publisher
          .publish(list)
          .whenComplete(
              (result, error) -> {
                if (error != null) {
                  failed(names, error);
                } else {
                  LOGGER.debug("published {} as {}", names, result.ids());
                }
              });
    } catch (RuntimeException e) {
      failed(names, e);
    }
  }

  private void failed(List<String> names, Throwable error) {
    failed.incrementAndGet();
    failedCounter.increment();
    LOGGER.error("could not publish {}: {}", names, error.toString());
  }

  /** Publishes that failed since startup. */
  long failures() {
    return failed.get();
  }
}
