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

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.health.HealthState;
import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.health.HealthTransition;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * {@link HealthStateRepository} on the {@code health_states} collection, keyed by probe name. A
 * recording is a compare-and-set on the stored status and check time, retried on a lost race, so of
 * concurrent recordings of one change exactly one reports it. The status before the last recording
 * is kept too ({@code previous}), so recording the same check again returns the same transition.
 * Check times are stored to the millisecond, and compared so.
 */
public final class MongoHealthStateRepository implements HealthStateRepository {

  private static final int MAX_ATTEMPTS = 64;

  private final MongoCollection<Document> states;
  private final Calls calls;

  MongoHealthStateRepository(MongoCollection<Document> states, Calls calls) {
    this.states = states;
    this.calls = calls;
  }

  @Override
  public Optional<HealthState> find(String probeName) {
    Objects.requireNonNull(probeName, "probeName must not be null");
    return load(probeName);
  }

  @Override
  public HealthTransition record(String probeName, HealthStatus status, Instant at) {
    Objects.requireNonNull(probeName, "probeName must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Instant checkedAt = at.truncatedTo(ChronoUnit.MILLIS);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Optional<Stored> stored = loadStored(probeName);
      if (stored.isEmpty()) {
        Document first =
            new Document("_id", probeName)
                .append("status", status.name())
                .append("since", Docs.date(checkedAt))
                .append("checkedAt", Docs.date(checkedAt));
        if (calls.unlessDuplicate("health.record", states.insertOne(first))) {
          return new HealthTransition(probeName, null, status, checkedAt);
        }
        continue;
      }
      HealthState state = stored.get().state();
      if (checkedAt.equals(state.checkedAt())) {
        // The same check recorded again (a retried step): what its first recording returned.
        return new HealthTransition(
            probeName, stored.get().previous(), state.status(), state.since());
      }
      if (checkedAt.isBefore(state.checkedAt())) {
        return new HealthTransition(probeName, state.status(), state.status(), state.since());
      }
      Instant since = state.status() == status ? state.since() : checkedAt;
      long matched =
          calls
              .one(
                  "health.record",
                  states.updateOne(
                      and(
                          eq("_id", probeName),
                          eq("status", state.status().name()),
                          eq("checkedAt", Docs.date(state.checkedAt()))),
                      Updates.combine(
                          Updates.set("status", status.name()),
                          Updates.set("previous", state.status().name()),
                          Updates.set("since", Docs.date(since)),
                          Updates.set("checkedAt", Docs.date(checkedAt)))))
              .getMatchedCount();
      if (matched > 0) {
        return new HealthTransition(probeName, state.status(), status, since);
      }
    }
    throw new MongoStoreException(
        "health.record lost " + MAX_ATTEMPTS + " races in a row for one probe",
        new IllegalStateException("contention"));
  }

  private Optional<HealthState> load(String probeName) {
    return loadStored(probeName).map(Stored::state);
  }

  private Optional<Stored> loadStored(String probeName) {
    return calls
        .optional("health.find", states.find(eq("_id", probeName)).first())
        .map(
            doc -> {
              String previous = doc.getString("previous");
              return new Stored(
                  new HealthState(
                      probeName,
                      HealthStatus.valueOf(Docs.string(doc, "status")),
                      Docs.instant(doc, "since"),
                      Docs.instant(doc, "checkedAt")),
                  previous == null ? null : HealthStatus.valueOf(previous));
            });
  }

  /** The stored state and the status before its last recording (none after the first). */
  private record Stored(HealthState state, @Nullable HealthStatus previous) {}
}
