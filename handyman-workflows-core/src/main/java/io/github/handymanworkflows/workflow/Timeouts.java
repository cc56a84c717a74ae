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
package io.github.handymanworkflows.workflow;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Limits on how long a run may wait to start and to finish; a run past either is cancelled.
 *
 * @param start the longest time from trigger to first execution, or null
 * @param finish the longest time from first execution to completion, or null
 */
public record Timeouts(@Nullable Duration start, @Nullable Duration finish) {

  /** Validates the durations. */
  public Timeouts {
    if (start != null && (start.isNegative() || start.isZero())) {
      throw new IllegalArgumentException("start timeout must be positive");
    }
    if (finish != null && (finish.isNegative() || finish.isZero())) {
      throw new IllegalArgumentException("finish timeout must be positive");
    }
  }
}
