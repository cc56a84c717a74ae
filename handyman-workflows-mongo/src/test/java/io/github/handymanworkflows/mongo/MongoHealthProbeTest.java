package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.test.contract.HealthProbeContract;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoHealthProbeTest extends HealthProbeContract {

  private static final String PASSWORD = "s3cret-Pa55";

  private static InJvmMongo mongo;
  private static MongoStorage unreachable;

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
    unreachable = Unreachable.storage(PASSWORD);
  }

  @AfterAll
  static void stopServer() {
    unreachable.close();
    mongo.close();
  }

  @Override
  protected HealthProbe healthyProbe() {
    return mongo.storage().healthProbe();
  }

  @Override
  protected HealthProbe failingProbe() {
    return unreachable.healthProbe();
  }

  @Override
  protected Set<String> secrets() {
    return Set.of(PASSWORD);
  }
}
