package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.test.contract.UserRepositoryContract;
import io.github.handymanworkflows.user.UserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoUserRepositoryTest extends UserRepositoryContract {

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
  protected UserRepository newRepository() {
    return mongo.storage().users();
  }
}
