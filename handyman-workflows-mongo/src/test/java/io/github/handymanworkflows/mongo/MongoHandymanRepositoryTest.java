package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.test.contract.HandymanRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoHandymanRepositoryTest extends HandymanRepositoryContract {

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
  protected HandymanRepository newRepository() {
    return mongo.storage().handymen();
  }
}
