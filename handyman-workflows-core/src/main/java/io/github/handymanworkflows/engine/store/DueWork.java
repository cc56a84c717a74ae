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
package io.github.handymanworkflows.engine.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Work a run has scheduled: a call, the end of a sleep, a timeout. Kept inside its {@link
 * StoredRun}, so a run's state and its timers change in one compare-and-set.
 *
 * @param id unique within the run; scheduling the same id again replaces the earlier work
 * @param kind what to do when it is due
 * @param due when it is due
 * @param stepId the hashed step id, for targeted calls and step timers; null otherwise
 * @param attempt the 0-based attempt, for calls
 */
public record DueWork(String id, Kind kind, Instant due, @Nullable String stepId, int attempt) {

  /** Validates the fields. */
  public DueWork {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(due, "due must not be null");
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt must not be negative");
    }
  }

  /** What a piece of due work does. */
  public enum Kind {
    /** A discovery call: run the function until it reports new steps. */
    DISCOVERY,
    /** A call that executes one planned step. */
    TARGETED,
    /** A sleep ends. */
    SLEEP_DONE,
    /** A wait for an event times out. */
    WAIT_TIMEOUT,
    /** An invoked function did not answer in time. */
    INVOKE_TIMEOUT,
    /** The run's finish timeout passed. */
    FINISH_TIMEOUT;

    /** Whether this work calls the function (and so takes a concurrency slot). */
    public boolean isCall() {
      return this == DISCOVERY || this == TARGETED;
    }
  }
}
