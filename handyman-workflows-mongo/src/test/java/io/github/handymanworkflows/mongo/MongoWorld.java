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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.mail.RecordingMailer;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.faults.Outcome;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;

/**
 * A scenario world on MongoDB: every port is the Mongo adapter over a database of its own, and the
 * engine store is {@link MongoEngineStore}. Its outcome holds the documents of every port's
 * collection, so a fault sweep compares what was stored.
 */
final class MongoWorld {

  /** The collections the ports write, in outcome order. */
  private static final List<String> PORT_COLLECTIONS =
      List.of(
          MongoCollections.USERS,
          MongoCollections.HANDYMEN,
          MongoCollections.HANDYMAN_JOBS,
          MongoCollections.JOBS,
          MongoCollections.REVIEWS,
          MongoCollections.TOKENS,
          MongoCollections.SESSIONS,
          MongoCollections.REPORTS,
          MongoCollections.LOGIN_FAILURES,
          MongoCollections.HEALTH_STATES,
          MongoCollections.WORKFLOW_LEDGER);

  private static final JsonWriterSettings RELAXED =
      JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

  private final MongoStorage storage;
  private final PortWorld ports;

  /** A world on a fresh database of {@code mongo}. */
  MongoWorld(InJvmMongo mongo) {
    this(mongo, RecordingMailer.DEFAULT_WINDOW);
  }

  /**
   * A world on a fresh database of {@code mongo} whose mailer remembers idempotency keys for {@code
   * mailIdempotencyWindow}.
   */
  MongoWorld(InJvmMongo mongo, Duration mailIdempotencyWindow) {
    this.storage = mongo.storage();
    this.ports =
        new PortWorld(
            storage.users(),
            storage.handymen(),
            storage.jobs(),
            storage.reviews(),
            storage.tokens(),
            storage.sessions(),
            storage.reports(),
            storage.loginAttempts(),
            storage.healthStates(),
            storage.ledger(),
            mailIdempotencyWindow);
  }

  /** The ports as interfaces, with the recording mailer. */
  public PortWorld ports() {
    return ports;
  }

  /** The engine's state in the same database. */
  public EngineStore engineStore() {
    return storage.engineStore();
  }

  /**
   * The mail delivered and every document of the ports' collections, sorted by {@code _id};
   * generated {@code ObjectId}s (failed logins) are left out, since each play draws new ones.
   */
  public Outcome.Builder outcome() {
    Outcome.Builder outcome = ports.outcome();
    ObjectNode state = JsonNodeFactory.instance.objectNode();
    for (String logical : PORT_COLLECTIONS) {
      ArrayNode docs = state.putArray(logical);
      List<Document> all =
          Flux.from(storage.collection(logical).find().sort(new Document("_id", 1)))
              .collectList()
              .block();
      for (Document doc : all) {
        if (doc.get("_id") instanceof ObjectId) {
          doc.remove("_id");
        }
        docs.add(json(doc));
      }
    }
    return outcome.add("mongo", state);
  }

  private static JsonNode json(Document doc) {
    try {
      return Json.mapper().readTree(doc.toJson(RELAXED));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
