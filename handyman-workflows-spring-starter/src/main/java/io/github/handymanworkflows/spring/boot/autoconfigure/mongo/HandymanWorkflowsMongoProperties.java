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
package io.github.handymanworkflows.spring.boot.autoconfigure.mongo;

import io.github.handymanworkflows.mongo.MongoSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code handyman.workflows.mongo}. */
@ConfigurationProperties(prefix = "handyman.workflows.mongo")
public class HandymanWorkflowsMongoProperties {

  /**
   * Store everything in MongoDB. Setting {@code uri} switches it on too; with neither, the stores
   * stay in memory.
   */
  private boolean enabled;

  /**
   * Connection string, for example mongodb://db.internal:27017. Unset: the application's reactive
   * MongoClient bean. Never logged.
   */
  private @Nullable String uri;

  /** Database name. */
  private String database = MongoSettings.DEFAULT_DATABASE;

  /** Put before every collection name, for example hw_. */
  private String collectionPrefix = "";

  /** Per-collection names, by logical name (users, jobs, outbox, ...). */
  private Map<String, String> collections = new LinkedHashMap<>();

  /** The longest one MongoDB call may take. */
  private Duration timeout = MongoSettings.DEFAULT_TIMEOUT;

  /** Documents per cursor batch in scans. */
  private int batchSize = MongoSettings.DEFAULT_BATCH_SIZE;

  /** Create missing indexes and verify existing ones at startup. */
  private boolean ensureIndexes = true;

  /** Keep the embedded engine's runs, timers and waits in MongoDB. */
  private boolean engineStore = true;

  /** The transactional outbox for published events. */
  private final Outbox outbox = new Outbox();

  /** The lease that picks the one instance executing workflows. */
  private final Lease lease = new Lease();

  /** Created by Spring. */
  public HandymanWorkflowsMongoProperties() {}

  /** Whether Mongo is switched on explicitly. */
  public boolean isEnabled() {
    return enabled;
  }

  /** Switches Mongo on. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** The connection string, or null. */
  public @Nullable String getUri() {
    return uri;
  }

  /** Sets the connection string. */
  public void setUri(@Nullable String uri) {
    this.uri = uri;
  }

  /** The database name. */
  public String getDatabase() {
    return database;
  }

  /** Sets the database name. */
  public void setDatabase(String database) {
    this.database = database;
  }

  /** The collection prefix. */
  public String getCollectionPrefix() {
    return collectionPrefix;
  }

  /** Sets the collection prefix. */
  public void setCollectionPrefix(String collectionPrefix) {
    this.collectionPrefix = collectionPrefix;
  }

  /** Collection name overrides. */
  public Map<String, String> getCollections() {
    return collections;
  }

  /** Sets the collection name overrides. */
  public void setCollections(Map<String, String> collections) {
    this.collections = collections;
  }

  /** The call timeout. */
  public Duration getTimeout() {
    return timeout;
  }

  /** Sets the call timeout. */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  /** The scan batch size. */
  public int getBatchSize() {
    return batchSize;
  }

  /** Sets the scan batch size. */
  public void setBatchSize(int batchSize) {
    this.batchSize = batchSize;
  }

  /** Whether indexes are ensured at startup. */
  public boolean isEnsureIndexes() {
    return ensureIndexes;
  }

  /** Sets whether indexes are ensured at startup. */
  public void setEnsureIndexes(boolean ensureIndexes) {
    this.ensureIndexes = ensureIndexes;
  }

  /** Whether the embedded engine's state is kept in MongoDB. */
  public boolean isEngineStore() {
    return engineStore;
  }

  /** Sets whether the embedded engine's state is kept in MongoDB. */
  public void setEngineStore(boolean engineStore) {
    this.engineStore = engineStore;
  }

  /** The outbox settings. */
  public Outbox getOutbox() {
    return outbox;
  }

  /** The engine lease settings. */
  public Lease getLease() {
    return lease;
  }

  /**
   * Settings under {@code handyman.workflows.mongo.lease}: instances sharing the database all
   * accept events; the one holding the lease executes them.
   */
  public static class Lease {

    /**
     * How long the lease lasts unless renewed; the holder renews every third of it, and another
     * instance takes over at most this long after the holder died.
     */
    private Duration ttl = Duration.ofSeconds(15);

    /** Created by Spring. */
    public Lease() {}

    /** The lease's time to live. */
    public Duration getTtl() {
      return ttl;
    }

    /** Sets the lease's time to live. */
    public void setTtl(Duration ttl) {
      this.ttl = ttl;
    }
  }

  /** Settings under {@code handyman.workflows.mongo.outbox}. */
  public static class Outbox {

    /** Record published events in MongoDB before publish returns; a relay delivers them. */
    private boolean enabled = true;

    /** How often the relay looks for batches to deliver (it is also woken by each publish). */
    private Duration pollInterval = Duration.ofSeconds(1);

    /** Created by Spring. */
    public Outbox() {}

    /** Whether the outbox is on. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Switches the outbox on or off. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** The relay's poll interval. */
    public Duration getPollInterval() {
      return pollInterval;
    }

    /** Sets the relay's poll interval. */
    public void setPollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
    }
  }
}
