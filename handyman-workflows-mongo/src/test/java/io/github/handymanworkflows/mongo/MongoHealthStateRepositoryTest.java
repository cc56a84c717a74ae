package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.test.contract.HealthStateRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoHealthStateRepositoryTest extends HealthStateRepositoryContract {

  private static InJvmMongo mongo;

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
  }

  @AfterAll
  static void stopServer() {
    mongo.close();
  }

  @Override
  protected HealthStateRepository newRepository() {
    return mongo.storage().healthStates();
  }
}
