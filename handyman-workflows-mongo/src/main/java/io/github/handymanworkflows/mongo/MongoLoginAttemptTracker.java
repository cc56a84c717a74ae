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
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.mongo.internal.Paging;
import io.github.handymanworkflows.security.FailedLogins;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * {@link LoginAttemptTracker} on the {@code login_failures} collection: one small document per
 * failure ({@code userId}, {@code at}), so concurrent failures are independent inserts and never
 * lost. The server counts and groups them. A TTL index on {@code at} forgets failures after {@link
 * #RETENTION} on a real server (the in-JVM test server keeps them; nothing here depends on expiry).
 */
public final class MongoLoginAttemptTracker implements LoginAttemptTracker {

  /** How long failures are kept: 7 days, far beyond any lockout window. */
  public static final Duration RETENTION = Duration.ofDays(7);

  private final MongoCollection<Document> failures;
  private final Calls calls;

  MongoLoginAttemptTracker(MongoCollection<Document> failures, Calls calls) {
    this.failures = failures;
    this.calls = calls;
  }

  @Override
  public void recordFailure(String userId, Instant at) {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(at, "at must not be null");
    calls.one(
        "loginFailures.record",
        failures.insertOne(new Document("userId", userId).append("at", Docs.date(at))));
  }

  @Override
  public long countFailures(String userId, Instant since) {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(since, "since must not be null");
    return calls.one(
        "loginFailures.count",
        failures.countDocuments(and(eq("userId", userId), gte("at", since))));
  }

  @Override
  public Page<FailedLogins> findUsersWithFailures(
      int threshold, Instant since, @Nullable String afterId, int limit) {
    Objects.requireNonNull(since, "since must not be null");
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
    Page.requireLimit(limit);
    Bson window = afterId == null ? gte("at", since) : and(gte("at", since), gt("userId", afterId));
    List<Bson> pipeline =
        List.of(
            Aggregates.match(window),
            Aggregates.group(
                "$userId", Accumulators.sum("failures", 1), Accumulators.max("last", "$at")),
            Aggregates.match(gte("failures", threshold)),
            Aggregates.sort(Sorts.ascending("_id")),
            Aggregates.limit(limit + 1));
    List<FailedLogins> rows = new ArrayList<>();
    calls.scan(
        "loginFailures.findUsers",
        failures
            .aggregate(pipeline)
            .batchSize(Math.min(limit, calls.batchSize()) + 1)
            .maxTime(calls.timeout().toMillis(), TimeUnit.MILLISECONDS),
        row ->
            rows.add(
                new FailedLogins(
                    Docs.string(row, "_id"),
                    Docs.number(row, "failures"),
                    Docs.instant(row, "last"))));
    return Paging.page(rows, limit, FailedLogins::userId);
  }

  @Override
  public void clear(String userId) {
    Objects.requireNonNull(userId, "userId must not be null");
    calls.one("loginFailures.clear", failures.deleteMany(eq("userId", userId)));
  }
}
