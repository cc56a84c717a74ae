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
package io.github.handymanworkflows.internal.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.InngestEvents;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.WorkflowContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/** The context of one call. */
public final class RunContext implements WorkflowContext {

  private final List<Event<?>> events;
  private final String runId;
  private final String functionId;
  private final int attempt;
  private final ObjectMapper mapper;
  private final EventCodec codec;

  /** Creates the context; {@code events} must not be empty. */
  public RunContext(
      List<Event<?>> events,
      String runId,
      String functionId,
      int attempt,
      ObjectMapper mapper,
      EventCodec codec) {
    this.codec = Objects.requireNonNull(codec);
    this.events = List.copyOf(events);
    this.runId = Objects.requireNonNull(runId);
    this.functionId = Objects.requireNonNull(functionId);
    this.attempt = attempt;
    this.mapper = Objects.requireNonNull(mapper);
    if (this.events.isEmpty()) {
      throw new IllegalArgumentException("a run needs a triggering event");
    }
  }

  @Override
  public Event<?> event() {
    return events.get(0);
  }

  @Override
  public List<Event<?>> events() {
    return events;
  }

  /**
   * Reads the trigger's payload as the type even when the registry typed it otherwise or not at all
   * (an {@linkplain EventType#untyped(String) untyped} view, or a name only a string trigger used).
   */
  @Override
  public <T> T data(EventType<T> type) {
    Event<?> event = event();
    if (!event.is(type)) {
      return event.data(type);
    }
    return codec.as(event, type).data();
  }

  @Override
  public <T> T dataAs(Class<T> type) {
    try {
      return mapper.convertValue(event().data(), type);
    } catch (IllegalArgumentException e) {
      throw new NonRetriableException(
          "data of event '" + event().name() + "' cannot be read as " + type.getSimpleName(), e);
    }
  }

  @Override
  public Instant triggeredAt() {
    Event<?> event = event();
    if (InngestEvents.SCHEDULED_TIMER.equals(event.name())
        && event.data() instanceof JsonNode data) {
      // Cron runs measure their windows from the scheduled time, not from when they were picked up.
      for (String field : List.of("scheduledAt", "fireAt")) {
        if (data.hasNonNull(field)) {
          try {
            return Instant.parse(data.get(field).asText());
          } catch (DateTimeParseException ignored) {
            // fall back to the next candidate: the timer's own timestamp is still valid
          }
        }
      }
    }
    if (event.ts() == null) {
      throw new NonRetriableException("triggering event '" + event.name() + "' has no timestamp");
    }
    return event.ts();
  }

  @Override
  public String runId() {
    return runId;
  }

  @Override
  public String functionId() {
    return functionId;
  }

  @Override
  public int attempt() {
    return attempt;
  }
}
