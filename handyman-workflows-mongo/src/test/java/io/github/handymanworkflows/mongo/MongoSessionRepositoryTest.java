package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.test.contract.SessionRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoSessionRepositoryTest extends SessionRepositoryContract {

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
  protected SessionRepository newRepository() {
    return mongo.storage().sessions();
  }
}
