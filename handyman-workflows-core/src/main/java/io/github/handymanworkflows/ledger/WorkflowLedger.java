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

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Small facts a workflow keeps about its own progress, outliving any mail provider's idempotency
 * window and any single run. Implementations are thread-safe.
 *
 * <ul>
 *   <li><b>Markers</b> say that a once-ever side effect happened (the welcome email, an archive
 *       notice): a provider forgets an idempotency key after 24 hours, so an event replayed later
 *       would mail the user again without them. The first {@link #mark} of a key wins; later ones
 *       change nothing.
 *   <li><b>Cursors</b> say where a capped scan stopped, so the next run resumes there instead of at
 *       the first page. Saving is a plain overwrite, so a retried save writes the same value again.
 * </ul>
 */
public interface WorkflowLedger {

  /**
   * Records that {@code key} happened at {@code at}, unless it is recorded already.
   *
   * @return whether this call recorded it ({@code false}: it was recorded before, and the first
   *     time is kept)
   */
  boolean mark(String key, Instant at);

  /** When {@code key} was first marked, if it was. */
  Optional<Instant> markedAt(String key);

  /** Where the scan {@code name} stopped, if a run saved a cursor and none cleared it since. */
  Optional<String> cursor(String name);

  /**
   * Saves where the scan {@code name} stopped, replacing what was there; {@code null} clears it, so
   * the next run starts at the first page.
   */
  void saveCursor(String name, @Nullable String cursor);
}
