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

import io.github.handymanworkflows.domain.Page;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SessionRepository} in a map: the embedded default. Data is lost on restart. */
public final class InMemorySessionRepository implements SessionRepository {

  private final ConcurrentHashMap<String, SessionRecord> sessions = new ConcurrentHashMap<>();

  /** An empty repository. */
  @Inject
  public InMemorySessionRepository() {}

  @Override
  public void save(SessionRecord session) {
    Objects.requireNonNull(session, "session must not be null");
    sessions.put(session.sessionId(), session);
  }

  @Override
  public Optional<SessionRecord> find(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId must not be null");
    return Optional.ofNullable(sessions.get(sessionId));
  }

  @Override
  public boolean delete(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId must not be null");
    return sessions.remove(sessionId) != null;
  }

  @Override
  public int deleteForUser(String userId) {
    Objects.requireNonNull(userId, "userId must not be null");
    int deleted = 0;
    for (SessionRecord session : sessions.values()) {
      if (session.userId().equals(userId) && sessions.remove(session.sessionId(), session)) {
        deleted++;
      }
    }
    return deleted;
  }

  @Override
  public int deleteExpired(Instant before, int limit) {
    Objects.requireNonNull(before, "before must not be null");
    Page.requireLimit(limit);
    List<SessionRecord> doomed =
        sessions.values().stream()
            .filter(session -> session.expiresAt().isBefore(before))
            .sorted(
                Comparator.comparing(SessionRecord::expiresAt)
                    .thenComparing(SessionRecord::sessionId))
            .limit(limit)
            .toList();
    int deleted = 0;
    for (SessionRecord session : doomed) {
      if (sessions.remove(session.sessionId(), session)) {
        deleted++;
      }
    }
    return deleted;
  }
}
