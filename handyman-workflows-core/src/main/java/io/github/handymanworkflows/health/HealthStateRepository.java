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
package io.github.handymanworkflows.health;

import java.time.Instant;
import java.util.Optional;

/**
 * The last known status per probe, so the health workflow alerts on a change of state instead of on
 * every run. Implementations are thread-safe and record atomically: of two concurrent recordings at
 * different instants, only one reports a change.
 *
 * <p>A check is identified by its probe and instant. Recording at the instant of the stored check
 * again (a step retried after its write succeeded but its answer was lost) changes nothing and
 * returns what the first recording returned, so the retried step still sees the change it made.
 */
public interface HealthStateRepository {

  /** The last known state of a probe. */
  Optional<HealthState> find(String probeName);

  /**
   * Stores a probe's status and reports what it was before. A recording at the stored {@code
   * checkedAt} returns the transition that instant's first recording returned, whatever {@code
   * status} it carries; a recording older than the stored {@code checkedAt} changes nothing and
   * reports no change.
   */
  HealthTransition record(String probeName, HealthStatus status, Instant at);
}
