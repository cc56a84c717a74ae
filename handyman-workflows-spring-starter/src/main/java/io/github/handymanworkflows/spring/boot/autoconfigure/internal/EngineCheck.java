package io.github.handymanworkflows.spring.boot.autoconfigure.internal;

import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsProperties;
import org.springframework.beans.factory.InitializingBean;

/**
 * Fails startup for an unknown {@code handyman.workflows.engine}: the engine configurations are
 * conditional on the name, so without this check a typo would silently start no engine.
 */
public final class EngineCheck implements InitializingBean {

  private final HandymanWorkflowsProperties properties;

  /** Checks the given properties. */
  public EngineCheck(HandymanWorkflowsProperties properties) {
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    Settings.engine(properties);
  }
}
