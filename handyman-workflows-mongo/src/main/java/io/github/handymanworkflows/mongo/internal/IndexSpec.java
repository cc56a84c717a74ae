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

import java.time.Duration;
import java.util.Objects;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * One index an adapter's queries need.
 *
 * @param collection the logical collection
 * @param name the index name, stable so a changed definition shows up as a conflict
 * @param keys the key document, for example {@code {status: 1, due: 1}}
 * @param unique whether keys are unique
 * @param sparse whether documents without the keys are left out
 * @param expireAfter for a TTL index, how long after the date key a document expires
 * @param purpose the query it serves, for the schema table and conflict reports
 */
public record IndexSpec(
    String collection,
    String name,
    Document keys,
    boolean unique,
    boolean sparse,
    @Nullable Duration expireAfter,
    String purpose) {

  /** Validates the fields. */
  public IndexSpec {
    Objects.requireNonNull(collection, "collection must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(keys, "keys must not be null");
    Objects.requireNonNull(purpose, "purpose must not be null");
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("keys must not be empty");
    }
  }

  /** A plain index. */
  public static IndexSpec of(String collection, String name, Document keys, String purpose) {
    return new IndexSpec(collection, name, keys, false, false, null, purpose);
  }

  /** A unique index. */
  public static IndexSpec unique(String collection, String name, Document keys, String purpose) {
    return new IndexSpec(collection, name, keys, true, false, null, purpose);
  }

  /** A TTL index on a date field. */
  public static IndexSpec ttl(String collection, String name, String field, Duration after) {
    return new IndexSpec(
        collection, name, new Document(field, 1), false, false, after, "expiry of old records");
  }
}
