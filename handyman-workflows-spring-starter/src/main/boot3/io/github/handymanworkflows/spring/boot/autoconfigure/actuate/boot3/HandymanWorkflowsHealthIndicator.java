package io.github.handymanworkflows.spring.boot.autoconfigure.actuate.boot3;

import io.github.handymanworkflows.spring.boot.autoconfigure.actuate.WorkflowsHealth;
import java.util.Objects;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code handymanWorkflows} health contributor: {@link WorkflowsHealth} as a Spring Boot
 * health indicator. (Boot 3.5 variant: the indicator types moved packages in Boot 4.)
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
