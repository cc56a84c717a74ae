package io.github.handymanworkflows.spring.boot.autoconfigure;

/** Boot's HealthIndicator type on this Boot line (it moved packages in Boot 4). */
final class HealthIndicatorClass {

  static final Class<?> TYPE = org.springframework.boot.health.contributor.HealthIndicator.class;

  private HealthIndicatorClass() {}
}
