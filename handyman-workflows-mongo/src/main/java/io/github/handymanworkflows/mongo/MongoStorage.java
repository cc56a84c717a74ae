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

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.MeasuredProbe;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.IndexKeeper;
import io.github.handymanworkflows.mongo.internal.IndexSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.bson.Document;

/**
 * The entry point of the MongoDB adapters: one client, one database, the settings, and the adapters
 * built over them. Call {@link #ensureIndexes()} once at startup.
 *
 * <pre>{@code
 * MongoStorage storage = MongoStorage.create(client, MongoSettings.defaults());
 * storage.ensureIndexes();
 * UserRepository users = storage.users();
 * }</pre>
 *
 * <p>The client belongs to the caller unless the storage was made by {@link #connect}; {@link
 * #close()} closes only a client the storage opened.
 */
public final class MongoStorage implements AutoCloseable {

  private final MongoClient client;
  private final boolean ownsClient;
  private final MongoSettings settings;
  private final MongoDatabase database;
  private final Calls calls;

  private MongoStorage(MongoClient client, boolean ownsClient, MongoSettings settings) {
    this.client = Objects.requireNonNull(client, "client must not be null");
    this.ownsClient = ownsClient;
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.database = client.getDatabase(settings.database());
    this.calls = new Calls(settings.operationTimeout(), settings.batchSize());
  }

  /** Adapters over a client the caller owns and closes. */
  public static MongoStorage create(MongoClient client, MongoSettings settings) {
    return new MongoStorage(client, false, settings);
  }

  /**
   * Adapters over a new client for a connection string; {@link #close()} closes it.
   *
   * @throws IllegalArgumentException when the connection string is malformed (the message does not
   *     repeat it, since it may hold a password)
   */
  public static MongoStorage connect(String connectionString, MongoSettings settings) {
    Objects.requireNonNull(connectionString, "connectionString must not be null");
    MongoClient client;
    try {
      client = MongoClients.create(connectionString);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the MongoDB connection string is not valid (expected mongodb://host[:port]/...): "
              + e.getClass().getSimpleName(),
          null);
    }
    return new MongoStorage(client, true, settings);
  }

  /** The settings. */
  public MongoSettings settings() {
    return settings;
  }

  /** The database the adapters use. */
  public MongoDatabase database() {
    return database;
  }

  /** Every index the adapters declare, in the order they are ensured. */
  public static List<IndexSpec> indexes() {
    return MongoSchema.INDEXES;
  }

  /**
   * Creates the declared indexes that are missing and verifies the rest.
   *
   * @return how many were created
   * @throws MongoIndexConflictException when an existing index has a declared name or keys with
   *     another definition
   */
  public int ensureIndexes() {
    return new IndexKeeper(database, settings::collectionName, calls).ensure(indexes());
  }

  /** Round-trips a {@code ping} command within the call timeout, for health checks. */
  public void ping() {
    calls.one("ping", database.runCommand(new Document("ping", 1)));
  }

  /**
   * A health probe named {@code mongo}: one {@code ping} within the call timeout. Its detail names
   * the failure type only, never the connection string.
   */
  public HealthProbe healthProbe() {
    return MeasuredProbe.of(
        "mongo",
        () -> {
          ping();
          return null;
        },
        settings.operationTimeout().plusSeconds(1));
  }

  /** The user repository. */
  public MongoUserRepository users() {
    return new MongoUserRepository(collection(MongoCollections.USERS), calls);
  }

  /** The handyman repository. */
  public MongoHandymanRepository handymen() {
    return new MongoHandymanRepository(
        collection(MongoCollections.HANDYMEN), collection(MongoCollections.HANDYMAN_JOBS), calls);
  }

  /** The job repository. */
  public MongoJobRepository jobs() {
    return new MongoJobRepository(collection(MongoCollections.JOBS), calls);
  }

  /** The review repository. */
  public MongoReviewRepository reviews() {
    return new MongoReviewRepository(collection(MongoCollections.REVIEWS), calls);
  }

  /** The report repository. */
  public MongoReportRepository reports() {
    return new MongoReportRepository(collection(MongoCollections.REPORTS), calls);
  }

  /** The token repository. */
  public MongoTokenRepository tokens() {
    return new MongoTokenRepository(collection(MongoCollections.TOKENS), calls);
  }

  /** The session repository. */
  public MongoSessionRepository sessions() {
    return new MongoSessionRepository(collection(MongoCollections.SESSIONS), calls);
  }

  /** The health-state repository. */
  public MongoHealthStateRepository healthStates() {
    return new MongoHealthStateRepository(collection(MongoCollections.HEALTH_STATES), calls);
  }

  /** The workflow ledger: once-ever email markers and scan cursors. */
  public MongoWorkflowLedger ledger() {
    return new MongoWorkflowLedger(collection(MongoCollections.WORKFLOW_LEDGER), calls);
  }

  /** The failed-login tracker. */
  public MongoLoginAttemptTracker loginAttempts() {
    return new MongoLoginAttemptTracker(collection(MongoCollections.LOGIN_FAILURES), calls);
  }

  /**
   * The engine store without a lease: for a single app instance. Writes carry fencing token 0, so
   * an engine that later runs under a {@link MongoEngineLease} fences this one out.
   */
  public MongoEngineStore engineStore() {
    return engineStore(() -> 0L);
  }

  /**
   * The engine store whose run and cron writes carry {@code fence}, normally {@link
   * MongoEngineLease#fencingToken}.
   */
  public MongoEngineStore engineStore(LongSupplier fence) {
    Objects.requireNonNull(fence, "fence must not be null");
    return new MongoEngineStore(
        collection(MongoCollections.ENGINE_EVENTS),
        collection(MongoCollections.ENGINE_RUNS),
        collection(MongoCollections.ENGINE_KEYS),
        collection(MongoCollections.ENGINE_CRONS),
        collection(MongoCollections.ENGINE_SLOTS),
        calls,
        fence);
  }

  /**
   * The single-active-engine lease for this instance.
   *
   * @param holder this instance's id, unique among the instances (host name plus process id, say)
   * @param ttl how long the lease lasts unless renewed; renew at a third of it
   */
  public MongoEngineLease engineLease(String holder, Duration ttl, Clock clock) {
    return new MongoEngineLease(
        collection(MongoCollections.ENGINE_LEASE), calls, "engine", holder, ttl, clock);
  }

  /**
   * An outbox publisher and the relay that delivers its batches to {@code target} (the embedded
   * engine, or the Inngest event publisher). Start the relay with {@link MongoOutboxRelay#start};
   * the publisher wakes it after each recorded batch.
   */
  public MongoOutbox outbox(EventCodec codec, EventPublisher target, Clock clock) {
    MongoOutboxRelay relay =
        new MongoOutboxRelay(
            collection(MongoCollections.OUTBOX),
            calls,
            codec,
            target,
            clock,
            settings.operationTimeout().multipliedBy(6));
    MongoOutboxPublisher publisher =
        new MongoOutboxPublisher(
            collection(MongoCollections.OUTBOX),
            codec,
            clock,
            settings.operationTimeout(),
            relay::wake);
    return new MongoOutbox(publisher, relay);
  }

  /** A collection by logical name. */
  MongoCollection<Document> collection(String logicalName) {
    return database.getCollection(settings.collectionName(logicalName));
  }

  /** The call runner shared by the adapters. */
  Calls calls() {
    return calls;
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }
}
