package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.test.contract.LoginAttemptTrackerContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoLoginAttemptTrackerTest extends LoginAttemptTrackerContract {

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
  protected LoginAttemptTracker newRepository() {
    return mongo.storage().loginAttempts();
  }
}
