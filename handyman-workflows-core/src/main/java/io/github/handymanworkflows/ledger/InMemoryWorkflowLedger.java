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
package io.github.handymanworkflows.ledger;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** A {@link WorkflowLedger} in maps: the embedded default. Data is lost on restart. */
public final class InMemoryWorkflowLedger implements WorkflowLedger {

  private final ConcurrentHashMap<String, Instant> marks = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> cursors = new ConcurrentHashMap<>();

  /** An empty ledger. */
  @Inject
  public InMemoryWorkflowLedger() {}

  @Override
  public boolean mark(String key, Instant at) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(at, "at must not be null");
    return marks.putIfAbsent(key, at) == null;
  }

  @Override
  public Optional<Instant> markedAt(String key) {
    Objects.requireNonNull(key, "key must not be null");
    return Optional.ofNullable(marks.get(key));
  }

  @Override
  public Optional<String> cursor(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return Optional.ofNullable(cursors.get(name));
  }

  @Override
  public void saveCursor(String name, @Nullable String cursor) {
    Objects.requireNonNull(name, "name must not be null");
    if (cursor == null) {
      cursors.remove(name);
    } else {
      cursors.put(name, cursor);
    }
  }
}
