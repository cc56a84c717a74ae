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
package io.github.handymanworkflows.mongo.internal;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.github.handymanworkflows.mongo.MongoIndexConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the declared indexes that are missing and verifies the ones that exist. A name or key
 * document that is already taken by a different definition is reported, never dropped or ignored.
 */
public final class IndexKeeper {

  private static final Logger log = LoggerFactory.getLogger(IndexKeeper.class);

  private final MongoDatabase database;
  private final UnaryOperator<String> names;
  private final Calls calls;

  /**
   * @param names turns a logical collection name into the stored one
   */
  public IndexKeeper(MongoDatabase database, UnaryOperator<String> names, Calls calls) {
    this.database = Objects.requireNonNull(database, "database must not be null");
    this.names = Objects.requireNonNull(names, "names must not be null");
    this.calls = Objects.requireNonNull(calls, "calls must not be null");
  }

  /**
   * Ensures every index.
   *
   * @return how many indexes were created
   * @throws MongoIndexConflictException listing every conflict, after creating the rest
   */
  public int ensure(List<IndexSpec> specs) {
    List<String> conflicts = new ArrayList<>();
    int created = 0;
    for (IndexSpec spec : specs) {
      String collection = names.apply(spec.collection());
      List<Document> existing =
          calls.list("listIndexes " + collection, database.getCollection(collection).listIndexes());
      String conflict = null;
      boolean present = false;
      for (Document index : existing) {
        boolean sameName = spec.name().equals(index.getString("name"));
        boolean sameKeys = sameKeys(spec.keys(), index.get("key", Document.class));
        if (!sameName && !sameKeys) {
          continue;
        }
        if (sameName && sameKeys && sameOptions(spec, index)) {
          present = true;
        } else {
          conflict =
              collection
                  + ": declared index "
                  + spec.name()
                  + " "
                  + describe(spec)
                  + " but found "
                  + index.getString("name")
                  + " "
                  + describe(index);
        }
        break;
      }
      if (conflict != null) {
        conflicts.add(conflict);
      } else if (!present) {
        calls.one(
            "createIndex " + collection + "." + spec.name(),
            database.getCollection(collection).createIndex(spec.keys(), options(spec)));
        created++;
        log.debug("Created MongoDB index {}.{} for {}", collection, spec.name(), spec.purpose());
      }
    }
    if (!conflicts.isEmpty()) {
      throw new MongoIndexConflictException(conflicts);
    }
    return created;
  }

  private static IndexOptions options(IndexSpec spec) {
    IndexOptions options = new IndexOptions().name(spec.name()).unique(spec.unique());
    if (spec.sparse()) {
      options.sparse(true);
    }
    if (spec.expireAfter() != null) {
      options.expireAfter(spec.expireAfter().toSeconds(), TimeUnit.SECONDS);
    }
    return options;
  }

  private static boolean sameKeys(Document declared, Document found) {
    if (found == null || declared.size() != found.size()) {
      return false;
    }
    List<String> declaredFields = new ArrayList<>(declared.keySet());
    List<String> foundFields = new ArrayList<>(found.keySet());
    if (!declaredFields.equals(foundFields)) {
      return false;
    }
    for (String field : declaredFields) {
      if (!sameDirection(declared.get(field), found.get(field))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameDirection(Object declared, Object found) {
    // Servers echo 1 as 1, 1L or 1.0 depending on who created the index.
    if (declared instanceof Number a && found instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    return Objects.equals(declared, found);
  }

  private static boolean sameOptions(IndexSpec spec, Document index) {
    boolean unique = Boolean.TRUE.equals(index.get("unique"));
    boolean sparse = Boolean.TRUE.equals(index.get("sparse"));
    Object ttl = index.get("expireAfterSeconds");
    Long ttlSeconds = ttl instanceof Number n ? n.longValue() : null;
    Long declaredTtl = spec.expireAfter() == null ? null : spec.expireAfter().toSeconds();
    return unique == spec.unique()
        && sparse == spec.sparse()
        && Objects.equals(ttlSeconds, declaredTtl);
  }

  private static String describe(IndexSpec spec) {
    return spec.keys().toJson()
        + (spec.unique() ? " unique" : "")
        + (spec.sparse() ? " sparse" : "")
        + (spec.expireAfter() == null ? "" : " ttl=" + spec.expireAfter().toSeconds() + "s");
  }

  private static String describe(Document index) {
    Document key = index.get("key", Document.class);
    return (key == null ? "{}" : key.toJson())
        + (Boolean.TRUE.equals(index.get("unique")) ? " unique" : "")
        + (Boolean.TRUE.equals(index.get("sparse")) ? " sparse" : "")
        + (index.get("expireAfterSeconds") == null
            ? ""
            : " ttl=" + index.get("expireAfterSeconds") + "s");
  }
}
