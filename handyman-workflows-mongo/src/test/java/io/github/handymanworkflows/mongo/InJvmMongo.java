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
