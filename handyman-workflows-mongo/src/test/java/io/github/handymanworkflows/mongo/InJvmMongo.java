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

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A mongo-java-server on a free loopback port and a driver client that talks the wire protocol to
 * it. Each {@link #storage()} call gets a fresh database, so tests share one server but no data.
 */
final class InJvmMongo implements AutoCloseable {

  private final MongoServer server;
  private final MongoClient client;

  InJvmMongo(CommandListener... listeners) {
    server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    MongoClientSettings.Builder settings =
        MongoClientSettings.builder()
            .applyConnectionString(
                new ConnectionString(
                    "mongodb://" + address.getHostString() + ":" + address.getPort()))
            .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS));
    for (CommandListener listener : listeners) {
      settings.addCommandListener(listener);
    }
    client = MongoClients.create(settings.build());
  }

  MongoClient client() {
    return client;
  }

  String connectionString() {
    InetSocketAddress address = server.getLocalAddress();
    return "mongodb://" + address.getHostString() + ":" + address.getPort();
  }

  /** Storage on a database of its own, indexes ensured. */
  MongoStorage storage() {
    MongoStorage storage =
        MongoStorage.create(
            client,
            MongoSettings.defaults()
                .withDatabase("t" + UUID.randomUUID().toString().replace("-", "")));
    storage.ensureIndexes();
    return storage;
  }

  @Override
  public void close() {
    client.close();
    server.shutdownNow();
  }
}
