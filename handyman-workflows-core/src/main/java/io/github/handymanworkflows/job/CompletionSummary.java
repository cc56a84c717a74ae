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
package io.github.handymanworkflows.job;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Completed jobs in a period and what they earned.
 *
 * @param completedJobs jobs completed in the period
 * @param revenueByCurrency the sum of final prices in minor units, per ISO-4217 code; never mixes
 *     currencies
 */
public record CompletionSummary(long completedJobs, Map<String, Long> revenueByCurrency) {

  /** Validates and copies (sorted by currency code). */
  public CompletionSummary {
    Objects.requireNonNull(revenueByCurrency, "revenueByCurrency must not be null");
    if (completedJobs < 0) {
      throw new IllegalArgumentException("completedJobs must not be negative");
    }
    revenueByCurrency = Collections.unmodifiableMap(new TreeMap<>(revenueByCurrency));
  }
}
