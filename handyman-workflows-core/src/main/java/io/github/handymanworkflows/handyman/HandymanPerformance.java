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
package io.github.handymanworkflows.handyman;

import java.util.Objects;

/**
 * One handyman's place in the weekly performance run.
 *
 * @param handymanId the handyman
 * @param cohort the one e-mail they get
 * @param stats the track record the classification used
 */
public record HandymanPerformance(
    String handymanId, PerformanceCohort cohort, HandymanStats stats) {

  /** Validates the fields. */
  public HandymanPerformance {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(cohort, "cohort must not be null");
    Objects.requireNonNull(stats, "stats must not be null");
  }
}
