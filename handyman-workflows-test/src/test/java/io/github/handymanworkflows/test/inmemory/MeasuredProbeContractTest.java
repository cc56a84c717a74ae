package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.MeasuredProbe;
import io.github.handymanworkflows.test.contract.HealthProbeContract;
import java.net.ConnectException;
import java.util.Set;

class MeasuredProbeContractTest extends HealthProbeContract {

  private static final String PASSWORD = "s3cret-password";

  @Override
  protected HealthProbe healthyProbe() {
    return MeasuredProbe.of("database", () -> "pong");
  }

  @Override
  protected HealthProbe failingProbe() {
    return MeasuredProbe.of(
        "database",
        () -> {
          throw new ConnectException("refused: mongodb://admin:" + PASSWORD + "@db:27017");
        });
  }

  @Override
  protected Set<String> secrets() {
    return Set.of(PASSWORD, "mongodb://");
  }
}
