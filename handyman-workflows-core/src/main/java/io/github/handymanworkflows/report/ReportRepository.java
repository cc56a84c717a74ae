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
package io.github.handymanworkflows.report;

import java.util.Optional;

/** Analytics snapshots, one per period key. Implementations are thread-safe. */
public interface ReportRepository {

  /**
   * Stores the report unless its period already has one; a rerun of a period keeps the first
   * snapshot.
   *
   * @return {@code true} when stored, {@code false} when the period already existed
   */
  boolean saveIfAbsent(AnalyticsReport report);

  /** The report of a period, for example {@code weekly:2026-W48}. */
  Optional<AnalyticsReport> find(String periodKey);
}
