package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.report.ReportRepository;
import io.github.handymanworkflows.test.contract.ReportRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoReportRepositoryTest extends ReportRepositoryContract {

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
  protected ReportRepository newRepository() {
    return mongo.storage().reports();
  }
}
