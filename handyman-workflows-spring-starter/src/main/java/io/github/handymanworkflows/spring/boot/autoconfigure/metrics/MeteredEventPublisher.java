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
package io.github.handymanworkflows.spring.boot.autoconfigure.metrics;

import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.PublishResult;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how long publishes take to be accepted (elapsed time, not the business clock) and logs
 * each failed publish once, so that no failure goes unnoticed even when the caller does not look at
 * the result.
 */
public final class MeteredEventPublisher implements EventPublisher {

  private static final Logger LOGGER = LoggerFactory.getLogger(MeteredEventPublisher.class);

  private final EventPublisher delegate;
  private final WorkflowMetrics metrics;

  /** Decorates a publisher. */
  public MeteredEventPublisher(EventPublisher delegate, WorkflowMetrics metrics) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    this.metrics = Objects.requireNonNull(metrics, "metrics must not be null");
  }

  @Override
  public CompletionStage<PublishResult> publish(List<? extends Event<?>> events) {
    long start = System.nanoTime();
    CompletionStage<PublishResult> stage;
    try {
      stage = delegate.publish(events);
    } catch (RuntimeException e) {
      metrics.published(events.size(), false, Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
    return stage.whenComplete(
        (result, error) -> {
          metrics.published(
              events.size(), error == null, Duration.ofNanos(System.nanoTime() - start));
          if (error != null) {
            LOGGER.warn(
                "publishing {} event(s) {} failed: {}",
                events.size(),
                events.stream().map(Event::name).distinct().toList(),
                error.toString());
          }
        });
  }

  /** The decorated publisher. */
  public EventPublisher delegate() {
    return delegate;
  }
}
