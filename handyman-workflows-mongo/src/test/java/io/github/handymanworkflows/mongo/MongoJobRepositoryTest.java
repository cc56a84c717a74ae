package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.test.contract.JobRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoJobRepositoryTest extends JobRepositoryContract {

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
  protected JobRepository newRepository() {
    return mongo.storage().jobs();
  }
}
