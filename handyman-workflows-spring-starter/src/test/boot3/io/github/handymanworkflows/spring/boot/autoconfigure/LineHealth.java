package io.github.handymanworkflows.spring.boot.autoconfigure;

import io.github.handymanworkflows.spring.boot.autoconfigure.actuate.WorkflowsHealth;
import org.springframework.context.ApplicationContext;

/** This Boot line's health types (they moved packages in Boot 4), for the shared tests. */
final class LineHealth {

  /** Boot's HealthIndicator interface on this line. */
  static final Class<?> INDICATOR_API = org.springframework.boot.actuate.health.HealthIndicator.class;

  /** The starter's health auto-configuration for this line. */
  static final Class<?> AUTO_CONFIGURATION =
      io.github.handymanworkflows.spring.boot.autoconfigure.actuate.boot3.HandymanWorkflowsHealthAutoConfiguration.class;

  /** The starter's health indicator for this line. */
  static final Class<?> INDICATOR =
      io.github.handymanworkflows.spring.boot.autoconfigure.actuate.boot3.HandymanWorkflowsHealthIndicator.class;

  /** What the starter's indicator in the context reports, as status code and details. */
  static WorkflowsHealth.Report report(ApplicationContext context) {
    var health =
        context
            .getBean(
                "handymanWorkflowsHealthIndicator",
                io.github.handymanworkflows.spring.boot.autoconfigure.actuate.boot3.HandymanWorkflowsHealthIndicator.class)
            .health();
    return new WorkflowsHealth.Report(health.getStatus().getCode(), health.getDetails());
  }

  private LineHealth() {}
}
