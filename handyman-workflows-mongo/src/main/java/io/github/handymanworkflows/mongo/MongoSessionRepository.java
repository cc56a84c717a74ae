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
package io.github.handymanworkflows.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.session.SessionRepository;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;

/** {@link SessionRepository} on the {@code sessions} collection, keyed by session id. */
public final class MongoSessionRepository implements SessionRepository {

  private final MongoCollection<Document> sessions;
  private final Calls calls;

  MongoSessionRepository(MongoCollection<Document> sessions, Calls calls) {
    this.sessions = sessions;
    this.calls = calls;
  }

  @Override
  public void save(SessionRecord session) {
    Objects.requireNonNull(session, "session must not be null");
    Document doc =
        new Document("_id", session.sessionId())
            .append("userId", session.userId())
            .append("createdAt", Docs.date(session.createdAt()))
            .append("expiresAt", Docs.date(session.expiresAt()))
            .append("lastSeenAt", Docs.date(session.lastSeenAt()));
    calls.one(
        "sessions.save",
        sessions.replaceOne(
            eq("_id", session.sessionId()), doc, new ReplaceOptions().upsert(true)));
  }

  @Override
  public Optional<SessionRecord> find(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId must not be null");
    return calls
        .optional("sessions.find", sessions.find(eq("_id", sessionId)).first())
        .map(
            doc ->
                new SessionRecord(
                    Docs.string(doc, "_id"),
                    Docs.string(doc, "userId"),
                    Docs.instant(doc, "createdAt"),
                    Docs.instant(doc, "expiresAt"),
                    Docs.instant(doc, "lastSeenAt")));
  }

  @Override
  public boolean delete(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId must not be null");
    return calls.one("sessions.delete", sessions.deleteOne(eq("_id", sessionId))).getDeletedCount()
        > 0;
  }

  @Override
  public int deleteForUser(String userId) {
    Objects.requireNonNull(userId, "userId must not be null");
    return (int)
        calls
            .one("sessions.deleteForUser", sessions.deleteMany(eq("userId", userId)))
            .getDeletedCount();
  }

  @Override
  public int deleteExpired(Instant before, int limit) {
    Objects.requireNonNull(before, "before must not be null");
    Page.requireLimit(limit);
    return MongoTokenRepository.deleteBatch(
        "sessions.deleteExpired", sessions, calls, lt("expiresAt", before), limit);
  }
}
