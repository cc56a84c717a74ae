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
package io.github.handymanworkflows.session;

import java.time.Instant;
import java.util.Optional;

/** Session metadata. Implementations are thread-safe. */
public interface SessionRepository {

  /** Inserts or replaces the session with the same id. */
  void save(SessionRecord session);

  /** The session with this id. */
  Optional<SessionRecord> find(String sessionId);

  /**
   * Ends one session.
   *
   * @return whether it existed
   */
  boolean delete(String sessionId);

  /**
   * Ends every session of a user, for example when the account is locked.
   *
   * @return how many were deleted
   */
  int deleteForUser(String userId);

  /**
   * Deletes at most {@code limit} sessions that expired before {@code before} ({@code expiresAt <
   * before}). Called in a loop until it returns less than {@code limit}.
   *
   * @return how many were deleted, at most {@code limit}
   */
  int deleteExpired(Instant before, int limit);
}
