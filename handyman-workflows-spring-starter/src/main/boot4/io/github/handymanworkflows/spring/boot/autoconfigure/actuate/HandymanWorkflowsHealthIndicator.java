package io.github.handymanworkflows.spring.boot.autoconfigure.actuate;

import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code handymanWorkflows} health contributor: {@link WorkflowsHealth} as a Spring Boot
 * health indicator. (Boot 4 variant; the Boot 3.5 one is in the {@code boot3} subpackage.)
 */
public final class HandymanWorkflowsHealthIndicator implements HealthIndicator {

  private final WorkflowsHealth health;

  /** Reports the given check. */
  public HandymanWorkflowsHealthIndicator(WorkflowsHealth health) {
    this.health = Objects.requireNonNull(health, "health must not be null");
  }

  @Override
  public Health health() {
    WorkflowsHealth.Report report = health.check();
    return Health.status(report.status()).withDetails(report.details()).build();
  }
}
