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
package io.github.handymanworkflows.engine;

import io.github.handymanworkflows.execution.SerializedError;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one step of a run.
 *
 * @param hashedId the hashed step id
 * @param name the step id the workflow gave
 * @param kind {@code run}, {@code sleep}, {@code waitForEvent} or {@code invoke}
 * @param status {@code planned}, {@code waiting}, {@code completed} or {@code failed}
 * @param attempts how many times its body was executed (run steps)
 * @param outputBytes size of its memoized JSON output
 * @param error its last error, if any
 * @param firstAt when the engine first saw the step (the start of the call that ran or reported
 *     it); null in records written before steps were timed
 * @param lastAt when the step last changed (its last attempt ended, it completed or timed out)
 */
public record StepRecord(
    String hashedId,
    String name,
    String kind,
    String status,
    int attempts,
    int outputBytes,
    @Nullable SerializedError error,
    @Nullable Instant firstAt,
    @Nullable Instant lastAt) {

  /** A step without times. */
  public StepRecord(
      String hashedId,
      String name,
      String kind,
      String status,
      int attempts,
      int outputBytes,
      @Nullable SerializedError error) {
    this(hashedId, name, kind, status, attempts, outputBytes, error, null, null);
  }

  /** From first seen to last change, when both are known. */
  public Optional<Duration> duration() {
    return firstAt == null || lastAt == null
        ? Optional.empty()
        : Optional.of(Duration.between(firstAt, lastAt));
  }

  /** A copy in another status, changed at {@code at}. */
  public StepRecord changed(
      String newStatus, int newOutputBytes, @Nullable SerializedError newError, Instant at) {
    return new StepRecord(
        hashedId,
        name,
        kind,
        newStatus,
        attempts,
        newOutputBytes,
        newError,
        firstAt == null ? at : firstAt,
        at);
  }
}
