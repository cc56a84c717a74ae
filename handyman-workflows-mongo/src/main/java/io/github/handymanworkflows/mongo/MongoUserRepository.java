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
import static com.mongodb.client.model.Filters.expr;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.mongo.internal.Paging;
import io.github.handymanworkflows.mongo.internal.UserDocs;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * {@link UserRepository} on the {@code users} collection. Counts and the role breakdown are
 * computed by the server (one command each); scans page by {@code _id} with a range filter, so
 * every page is one indexed query whatever the collection size.
 */
public final class MongoUserRepository implements UserRepository {

  private final MongoCollection<Document> users;
  private final Calls calls;

  MongoUserRepository(MongoCollection<Document> users, Calls calls) {
    this.users = users;
    this.calls = calls;
  }

  @Override
  public Optional<UserAccount> find(String userId) {
    Objects.requireNonNull(userId, "userId must not be null");
    return calls
        .optional(
            "users.find",
            users
                .find(eq("_id", userId))
                .maxTime(calls.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .first())
        .map(UserDocs::fromDocument);
  }

  @Override
  public void save(UserAccount user) {
    Objects.requireNonNull(user, "user must not be null");
    calls.one(
        "users.save",
        users.replaceOne(
            eq("_id", user.id()), UserDocs.toDocument(user), new ReplaceOptions().upsert(true)));
  }

  @Override
  public boolean recordLogin(String userId, Instant at) {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(at, "at must not be null");
    UpdateResult result =
        calls.one(
            "users.recordLogin",
            users.updateOne(
                and(eq("_id", userId), or(eq("lastLoginAt", null), lt("lastLoginAt", at))),
                Updates.combine(
                    Updates.set("lastLoginAt", Docs.date(at)),
                    Updates.set("lastActiveAt", Docs.date(at)))));
    return result.getMatchedCount() > 0 || exists(userId);
  }

  @Override
  public boolean lock(String userId, Instant until, String reason) {
    Objects.requireNonNull(until, "until must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    return update(
        "users.lock",
        userId,
        Updates.combine(
            Updates.set("lockedUntil", Docs.date(until)), Updates.set("lockReason", reason)));
  }

  @Override
  public boolean archive(String userId, String reason, Instant at) {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(at, "at must not be null");
    // The filter makes the first archive win atomically; a deleted or archived account is left as
    // it is.
    UpdateResult result =
        calls.one(
            "users.archive",
            users.updateOne(
                and(eq("_id", userId), eq("deletedAt", null), eq("archivedAt", null)),
                Updates.combine(
                    Updates.set("archivedAt", Docs.date(at)),
                    Updates.set("archiveReason", reason))));
    return result.getModifiedCount() > 0;
  }

  @Override
  public boolean markReengaged(String userId, Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    return update("users.markReengaged", userId, Updates.set("reengagedAt", Docs.date(at)));
  }

  @Override
  public Page<UserAccount> findInactive(
      Instant lastActiveBefore, @Nullable String afterId, int limit) {
    return scan("users.findInactive", inactive(lastActiveBefore), afterId, limit);
  }

  @Override
  public Page<UserAccount> findDueForReengagement(
      Instant lastActiveBefore, @Nullable String afterId, int limit) {
    Bson notReengaged =
        or(
            eq("reengagedAt", null),
            expr(new Document("$lt", List.of("$reengagedAt", "$lastActiveAt"))));
    return scan(
        "users.findDueForReengagement",
        and(inactive(lastActiveBefore), notReengaged),
        afterId,
        limit);
  }

  @Override
  public Page<UserAccount> findActiveByRole(Role role, @Nullable String afterId, int limit) {
    Objects.requireNonNull(role, "role must not be null");
    return scan(
        "users.findActiveByRole",
        and(eq("role", role.wireName()), eq("deletedAt", null), eq("archivedAt", null)),
        afterId,
        limit);
  }

  @Override
  public long countCreated(Instant from, Instant to) {
    Paging.requireWindow(from, to);
    return count("users.countCreated", and(gte("createdAt", from), lt("createdAt", to)));
  }

  @Override
  public long countActive(Instant from, Instant to) {
    Paging.requireWindow(from, to);
    return count("users.countActive", and(gte("lastLoginAt", from), lt("lastLoginAt", to)));
  }

  @Override
  public Map<Role, Long> countByRole(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    List<Bson> pipeline =
        List.of(
            Aggregates.match(
                and(
                    lt("createdAt", asOf),
                    or(eq("deletedAt", null), gte("deletedAt", asOf)),
                    or(eq("archivedAt", null), gte("archivedAt", asOf)))),
            Aggregates.group("$role", Accumulators.sum("n", 1)));
    Map<Role, Long> counts = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      counts.put(role, 0L);
    }
    for (Document row :
        calls.list(
            "users.countByRole",
            users.aggregate(pipeline).maxTime(calls.timeout().toMillis(), TimeUnit.MILLISECONDS))) {
      counts.put(Role.fromWireName(row.getString("_id")), Docs.number(row, "n"));
    }
    return Map.copyOf(counts);
  }

  private static Bson inactive(Instant lastActiveBefore) {
    Objects.requireNonNull(lastActiveBefore, "lastActiveBefore must not be null");
    return and(
        ne("role", Role.ADMIN.wireName()),
        eq("deletedAt", null),
        eq("archivedAt", null),
        lt("lastActiveAt", lastActiveBefore));
  }

  private Page<UserAccount> scan(
      String operation, Bson filter, @Nullable String afterId, int limit) {
    Page.requireLimit(limit);
    Bson range = afterId == null ? filter : and(filter, gt("_id", afterId));
    List<UserAccount> window = new ArrayList<>(Math.min(limit, calls.batchSize()) + 1);
    calls.scan(
        operation,
        users
            .find(range)
            .sort(Sorts.ascending("_id"))
            .limit(limit + 1)
            .batchSize(Math.min(limit, calls.batchSize()) + 1)
            .maxTime(calls.timeout().toMillis(), TimeUnit.MILLISECONDS),
        doc -> window.add(UserDocs.fromDocument(doc)));
    return Paging.page(window, limit, UserAccount::id);
  }

  private long count(String operation, Bson filter) {
    return calls.one(operation, users.countDocuments(filter));
  }

  private boolean update(String operation, String userId, Bson update) {
    Objects.requireNonNull(userId, "userId must not be null");
    return calls.one(operation, users.updateOne(eq("_id", userId), update)).getMatchedCount() > 0;
  }

  private boolean exists(String userId) {
    return calls.one("users.exists", users.countDocuments(eq("_id", userId))) > 0;
  }
}
