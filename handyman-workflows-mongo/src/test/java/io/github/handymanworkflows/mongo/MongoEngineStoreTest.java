package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.test.contract.EngineStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoEngineStoreTest extends EngineStoreContract {

  private static InJvmMongo mongo;
  private MongoStorage storage;

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
  }

  @AfterAll
  static void stopServer() {
    mongo.close();
  }

  @Override
  protected EngineStore newStore() {
    storage = mongo.storage();
    return storage.engineStore();
  }

  @Override
  protected EngineStore reopen(EngineStore current) {
    // A new client-side store over the same database: only what was written comes back.
    return MongoStorage.create(mongo.client(), storage.settings()).engineStore();
  }
}
