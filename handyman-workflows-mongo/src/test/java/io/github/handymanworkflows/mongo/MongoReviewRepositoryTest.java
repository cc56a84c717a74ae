package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.review.ReviewRepository;
import io.github.handymanworkflows.test.contract.ReviewRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoReviewRepositoryTest extends ReviewRepositoryContract {

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
  protected ReviewRepository newRepository() {
    return mongo.storage().reviews();
  }
}
