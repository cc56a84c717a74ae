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

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link HealthStateRepository} in a map: the embedded default. Data is lost on restart. */
public final class InMemoryHealthStateRepository implements HealthStateRepository {

  private final ConcurrentHashMap<String, Entry> states = new ConcurrentHashMap<>();

  /** The state and the transition its last recording returned, for a repeated recording. */
  private record Entry(HealthState state, HealthTransition last) {}

  /** An empty repository. */
  @Inject
  public InMemoryHealthStateRepository() {}

  @Override
  public Optional<HealthState> find(String probeName) {
    Objects.requireNonNull(probeName, "probeName must not be null");
    return Optional.ofNullable(states.get(probeName)).map(Entry::state);
  }

  @Override
  public HealthTransition record(String probeName, HealthStatus status, Instant at) {
    Objects.requireNonNull(probeName, "probeName must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(at, "at must not be null");
    HealthTransition[] transition = new HealthTransition[1];
    states.compute(
        probeName,
        (name, entry) -> {
          if (entry == null) {
            transition[0] = new HealthTransition(name, null, status, at);
            return new Entry(new HealthState(name, status, at, at), transition[0]);
          }
          HealthState stored = entry.state();
          if (at.equals(stored.checkedAt())) {
            transition[0] = entry.last();
            return entry;
          }
          if (at.isBefore(stored.checkedAt())) {
            transition[0] =
                new HealthTransition(name, stored.status(), stored.status(), stored.since());
            return entry;
          }
          Instant since = stored.status() == status ? stored.since() : at;
          transition[0] = new HealthTransition(name, stored.status(), status, since);
          return new Entry(new HealthState(name, status, since, at), transition[0]);
        });
    return transition[0];
  }
}
