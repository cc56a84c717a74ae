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

import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.ledger.WorkflowLedger;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * {@link WorkflowLedger} on the {@code workflow_ledger} collection. A marker is the document {@code
 * mark:<key>} with its time, inserted once: the unique {@code _id} makes the first of concurrent
 * marks win. A cursor is the document {@code cursor:<name>}, replaced on save and deleted when
 * cleared. Times are stored to the millisecond.
 */
public final class MongoWorkflowLedger implements WorkflowLedger {

  private final MongoCollection<Document> ledger;
  private final Calls calls;

  MongoWorkflowLedger(MongoCollection<Document> ledger, Calls calls) {
    this.ledger = ledger;
    this.calls = calls;
  }

  @Override
  public boolean mark(String key, Instant at) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Document doc =
        new Document("_id", "mark:" + key)
            .append("at", Docs.date(at.truncatedTo(ChronoUnit.MILLIS)));
    return calls.unlessDuplicate("ledger.mark", ledger.insertOne(doc));
  }

  @Override
  public Optional<Instant> markedAt(String key) {
    Objects.requireNonNull(key, "key must not be null");
    return calls
        .optional("ledger.markedAt", ledger.find(eq("_id", "mark:" + key)).first())
        .map(doc -> Docs.instant(doc, "at"));
  }

  @Override
  public Optional<String> cursor(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return calls
        .optional("ledger.cursor", ledger.find(eq("_id", "cursor:" + name)).first())
        .map(doc -> Docs.string(doc, "cursor"));
  }

  @Override
  public void saveCursor(String name, @Nullable String cursor) {
    Objects.requireNonNull(name, "name must not be null");
    String id = "cursor:" + name;
    if (cursor == null) {
      calls.one("ledger.saveCursor", ledger.deleteOne(eq("_id", id)));
      return;
    }
    calls.one(
        "ledger.saveCursor",
        ledger.replaceOne(
            eq("_id", id),
            new Document("_id", id).append("cursor", cursor),
            new ReplaceOptions().upsert(true)));
  }
}
