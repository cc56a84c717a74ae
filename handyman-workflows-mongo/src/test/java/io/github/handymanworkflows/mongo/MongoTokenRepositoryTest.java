package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.test.contract.TokenRepositoryContract;
import io.github.handymanworkflows.token.TokenRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoTokenRepositoryTest extends TokenRepositoryContract {

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
  protected TokenRepository newRepository() {
    return mongo.storage().tokens();
  }
}
