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

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where and how the adapters store their data.
 *
 * @param database the database name
 * @param collectionPrefix put before every default collection name, for example {@code hw_}; may be
 *     empty
 * @param collectionNames per-collection overrides, keyed by the logical names in {@link
 *     MongoCollections}; an override replaces prefix and name
 * @param operationTimeout the longest one call (or one cursor batch) may take; also sent as {@code
 *     maxTimeMS} on reads so the server stops working when the client stops waiting
 * @param batchSize documents per cursor batch in scans: what a scan holds in memory at most
 */
public record MongoSettings(
    String database,
    String collectionPrefix,
    Map<String, String> collectionNames,
    Duration operationTimeout,
    int batchSize) {

  /** The default database: {@value}. */
  public static final String DEFAULT_DATABASE = "handyman_workflows";

  /** The default call timeout: 10 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** The default cursor batch size: {@value}. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  // MongoDB forbids these in database names; collection names must not start with "system.".
  private static final Pattern DATABASE_NAME = Pattern.compile("[^/\\\\. \"$*<>:|?]{1,63}");
  private static final Pattern COLLECTION_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,120}");

  /** Validates every setting, naming the one that is wrong. */
  public MongoSettings {
    Objects.requireNonNull(database, "database must not be null");
    Objects.requireNonNull(collectionPrefix, "collectionPrefix must not be null");
    Objects.requireNonNull(collectionNames, "collectionNames must not be null");
    Objects.requireNonNull(operationTimeout, "operationTimeout must not be null");
    if (!DATABASE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException(
          "database must be 1 to 63 characters without / \\ . space \" $ * < > : | ? but was '"
              + database
              + "'");
    }
    if (!collectionPrefix.isEmpty() && !COLLECTION_NAME.matcher(collectionPrefix).matches()) {
      throw new IllegalArgumentException(
          "collectionPrefix may hold only letters, digits, '_', '-' and '.' but was '"
              + collectionPrefix
              + "'");
    }
    collectionNames = Map.copyOf(new TreeMap<>(collectionNames));
    collectionNames.forEach(
        (logical, name) -> {
          if (!MongoCollections.ALL.contains(logical)) {
            throw new IllegalArgumentException(
                "unknown collection '" + logical + "'; known: " + MongoCollections.ALL);
          }
          if (!COLLECTION_NAME.matcher(name).matches() || name.startsWith("system.")) {
            throw new IllegalArgumentException(
                "collection name for '" + logical + "' is not valid: '" + name + "'");
          }
        });
    if (operationTimeout.isNegative() || operationTimeout.isZero()) {
      throw new IllegalArgumentException("operationTimeout must be positive");
    }
    if (batchSize < 1 || batchSize > 100_000) {
      throw new IllegalArgumentException(
          "batchSize must be between 1 and 100000 but was " + batchSize);
    }
  }

  /** The defaults: database {@value #DEFAULT_DATABASE}, no prefix, 10 s, batches of 500. */
  public static MongoSettings defaults() {
    return new MongoSettings(DEFAULT_DATABASE, "", Map.of(), DEFAULT_TIMEOUT, DEFAULT_BATCH_SIZE);
  }

  /** A copy with another database. */
  public MongoSettings withDatabase(String name) {
    return new MongoSettings(name, collectionPrefix, collectionNames, operationTimeout, batchSize);
  }

  /** A copy with another collection prefix. */
  public MongoSettings withCollectionPrefix(String prefix) {
    return new MongoSettings(database, prefix, collectionNames, operationTimeout, batchSize);
  }

  /** A copy that stores one logical collection under another name. */
  public MongoSettings withCollectionName(String logicalName, String name) {
    Map<String, String> names = new TreeMap<>(collectionNames);
    names.put(logicalName, name);
    return new MongoSettings(database, collectionPrefix, names, operationTimeout, batchSize);
  }

  /** A copy with another call timeout. */
  public MongoSettings withOperationTimeout(Duration timeout) {
    return new MongoSettings(database, collectionPrefix, collectionNames, timeout, batchSize);
  }

  /** A copy with another batch size. */
  public MongoSettings withBatchSize(int size) {
    return new MongoSettings(database, collectionPrefix, collectionNames, operationTimeout, size);
  }

  /** The collection name a logical collection is stored under. */
  public String collectionName(String logicalName) {
    if (!MongoCollections.ALL.contains(logicalName)) {
      throw new IllegalArgumentException("unknown collection '" + logicalName + "'");
    }
    return collectionNames.getOrDefault(logicalName, collectionPrefix + logicalName);
  }
}
