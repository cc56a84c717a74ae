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

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a job is in its life, with the transitions allowed between states (§8 C.18: no status is
 * written that the machine does not know).
 *
 * <p>OPEN may go to MATCHED (offers sent), ACCEPTED or CANCELLED; MATCHED back to OPEN (nobody
 * accepted), to ACCEPTED or CANCELLED; ACCEPTED to IN_PROGRESS, COMPLETED (a job that was never
 * marked started) or CANCELLED; IN_PROGRESS to COMPLETED or CANCELLED. COMPLETED and CANCELLED are
 * final.
 */
public enum JobStatus {
  /** Posted, waiting for a handyman. */
  OPEN,
  /** Offered to matching handymen, none accepted yet. */
  MATCHED,
  /** A handyman took it. */
  ACCEPTED,
  /** Work has started. */
  IN_PROGRESS,
  /** Done; final. */
  COMPLETED,
  /** Called off; final. */
  CANCELLED;

  /** The states this one may move to; empty for final states. */
  public Set<JobStatus> next() {
    return switch (this) {
      case OPEN -> EnumSet.of(MATCHED, ACCEPTED, CANCELLED);
      case MATCHED -> EnumSet.of(OPEN, ACCEPTED, CANCELLED);
      case ACCEPTED -> EnumSet.of(IN_PROGRESS, COMPLETED, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(JobStatus.class);
    };
  }

  /** Whether a job in this state may move to {@code target}. Staying put is not a transition. */
  public boolean canTransitionTo(JobStatus target) {
    return next().contains(target);
  }

  /** Whether no transition leaves this state. */
  public boolean isFinal() {
    return this == COMPLETED || this == CANCELLED;
  }

  /** Whether the job still waits for a handyman to accept it. */
  public boolean awaitingHandyman() {
    return this == OPEN || this == MATCHED;
  }
}
