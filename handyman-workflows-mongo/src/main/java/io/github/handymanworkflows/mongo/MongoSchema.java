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

import static io.github.handymanworkflows.mongo.MongoCollections.ENGINE_EVENTS;
import static io.github.handymanworkflows.mongo.MongoCollections.ENGINE_KEYS;
import static io.github.handymanworkflows.mongo.MongoCollections.ENGINE_RUNS;
import static io.github.handymanworkflows.mongo.MongoCollections.HANDYMAN_JOBS;
import static io.github.handymanworkflows.mongo.MongoCollections.HANDYMEN;
import static io.github.handymanworkflows.mongo.MongoCollections.JOBS;
import static io.github.handymanworkflows.mongo.MongoCollections.LOGIN_FAILURES;
import static io.github.handymanworkflows.mongo.MongoCollections.OUTBOX;
import static io.github.handymanworkflows.mongo.MongoCollections.SESSIONS;
import static io.github.handymanworkflows.mongo.MongoCollections.TOKENS;
import static io.github.handymanworkflows.mongo.MongoCollections.USERS;

import io.github.handymanworkflows.mongo.internal.IndexSpec;
import java.time.Duration;
import java.util.List;
import org.bson.Document;

/** Every index, declared once: one per workflow query (see docs/mongo.md). */
final class MongoSchema {

  static final List<IndexSpec> INDEXES =
      List.of(
          IndexSpec.of(
              USERS,
              "inactive_scan",
              new Document("lastActiveAt", 1).append("_id", 1),
              "findInactive, findDueForReengagement"),
          IndexSpec.of(
              USERS,
              "role_scan",
              new Document("role", 1).append("_id", 1),
              "findActiveByRole, countByRole"),
          IndexSpec.of(USERS, "created", new Document("createdAt", 1), "countCreated"),
          IndexSpec.of(USERS, "last_login", new Document("lastLoginAt", 1), "countActive"),
          IndexSpec.of(
              HANDYMEN,
              "matching",
              new Document("skills", 1)
                  .append("approvalStatus", 1)
                  .append("available", 1)
                  .append("location.lat", 1)
                  .append("location.lng", 1),
              "findCandidates (skill, matchable, latitude/longitude box)"),
          IndexSpec.of(
              HANDYMEN,
              "performance",
              new Document("approvalStatus", 1).append("_id", 1),
              "findPerformance"),
          IndexSpec.of(
              HANDYMAN_JOBS,
              "stats",
              new Document("handymanId", 1).append("completed", 1),
              "stats recomputation per handyman"),
          IndexSpec.of(
              JOBS,
              "awaiting",
              new Document("skill", 1)
                  .append("status", 1)
                  .append("location.lat", 1)
                  .append("location.lng", 1),
              "findAwaitingHandyman"),
          IndexSpec.of(JOBS, "posted", new Document("postedAt", 1), "countPosted"),
          IndexSpec.of(
              JOBS,
              "completed",
              new Document("status", 1).append("completedAt", 1),
              "summarizeCompleted"),
          IndexSpec.of(
              ENGINE_RUNS,
              "running",
              new Document("ended", 1).append("startedAt", 1).append("_id", 1),
              "runningRuns at engine start"),
          IndexSpec.of(
              ENGINE_RUNS,
              "history",
              new Document("functionId", 1)
                  .append("status", 1)
                  .append("startedAt", 1)
                  .append("_id", 1),
              "runs(functionId, status)"),
          IndexSpec.of(
              ENGINE_RUNS,
              "newest_by_function",
              new Document("functionId", 1).append("_id", -1),
              "queryRuns by function, newest first"),
          IndexSpec.of(
              ENGINE_RUNS,
              "newest_by_function_status",
              new Document("functionId", 1).append("status", 1).append("_id", -1),
              "queryRuns by function and status, newest first"),
          IndexSpec.of(
              ENGINE_RUNS,
              "newest_by_status",
              new Document("status", 1).append("_id", -1),
              "queryRuns by status, newest first"),
          IndexSpec.of(ENGINE_RUNS, "trigger", new Document("triggerId", 1), "queryRuns search"),
          IndexSpec.of(ENGINE_RUNS, "user", new Document("userId", 1), "queryRuns search"),
          IndexSpec.of(
              ENGINE_RUNS,
              "started",
              new Document("startedAt", 1).append("functionId", 1).append("status", 1),
              "countRuns over a time window"),
          IndexSpec.of(ENGINE_EVENTS, "routing", new Document("events.key", 1), "markRouted"),
          IndexSpec.of(ENGINE_KEYS, "expiry", new Document("expiresAt", 1), "purgeExpiredKeys"),
          IndexSpec.of(
              OUTBOX,
              "due",
              new Document("state", 1).append("nextAttemptAt", 1).append("_id", 1),
              "relay: next pending batch"),
          IndexSpec.ttl(OUTBOX, "delivered_retention", "deliveredAt", Duration.ofDays(7)),
          IndexSpec.unique(
              TOKENS,
              "token_hash",
              new Document("tokenHash", 1),
              "findByHash; one record per hash"),
          IndexSpec.of(
              TOKENS, "user_kind", new Document("userId", 1).append("kind", 1), "deleteForUser"),
          IndexSpec.of(
              TOKENS,
              "expiry",
              new Document("expiresAt", 1).append("_id", 1),
              "deleteExpired (oldest first)"),
          IndexSpec.of(SESSIONS, "user", new Document("userId", 1), "deleteForUser"),
          IndexSpec.of(
              SESSIONS,
              "expiry",
              new Document("expiresAt", 1).append("_id", 1),
              "deleteExpired (oldest first)"),
          IndexSpec.of(
              LOGIN_FAILURES,
              "user_at",
              new Document("userId", 1).append("at", 1),
              "countFailures, clear"),
          IndexSpec.ttl(LOGIN_FAILURES, "retention", "at", MongoLoginAttemptTracker.RETENTION));

  private MongoSchema() {}
}
