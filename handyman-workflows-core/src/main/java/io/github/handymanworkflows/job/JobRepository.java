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

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Page;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Jobs, with every status change checked against {@link JobStatus}. Implementations are thread-safe
 * and apply each transition atomically (a compare-and-set on the stored status).
 *
 * <p>Transition methods return {@code true} when the job is in the target state because of this
 * call or an identical earlier one (so a retried step succeeds), and {@code false} when the job
 * does not exist or its state does not allow the transition. Time windows are half-open, {@code
 * [from, to)}.
 */
public interface JobRepository {

  /** The job with this id. */
  Optional<Job> find(String jobId);

  /**
   * Inserts a job, or replaces one whose stored status may move to the new status (or equals it).
   *
   * @throws IllegalJobTransitionException when the stored status cannot move to the new one
   */
  void save(Job job);

  /** OPEN to MATCHED, once offers went out. */
  boolean markMatched(String jobId);

  /** MATCHED back to OPEN, when nobody accepted. */
  boolean reopen(String jobId);

  /**
   * OPEN or MATCHED to ACCEPTED by this handyman. Of concurrent accepts, exactly one wins; the
   * others get {@code false}. Accepting again by the same handyman returns {@code true}.
   */
  boolean accept(String jobId, String handymanId, Instant at);

  /** ACCEPTED or IN_PROGRESS to COMPLETED at a final price. */
  boolean complete(String jobId, Money finalPrice, Instant at);

  /** Any non-final state to CANCELLED. */
  boolean cancel(String jobId, Instant at);

  /**
   * Jobs still waiting for a handyman (OPEN or MATCHED) that need the skill and lie within {@code
   * radiusKm} of {@code near}, by job id: what to re-offer to a handyman who becomes available.
   */
  Page<Job> findAwaitingHandyman(
      String skill, GeoPoint near, double radiusKm, @Nullable String afterId, int limit);

  /** Jobs posted in {@code [from, to)}, whatever their status now. */
  long countPosted(Instant from, Instant to);

  /** Jobs completed in {@code [from, to)} and the sum of their final prices per currency. */
  CompletionSummary summarizeCompleted(Instant from, Instant to);
}
