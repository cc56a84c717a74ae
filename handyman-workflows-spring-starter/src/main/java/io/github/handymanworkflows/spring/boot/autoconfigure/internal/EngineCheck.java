package io.github.handymanworkflows.spring.boot.autoconfigure.internal;

import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsProperties;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Fails startup for an unknown {@code handyman.workflows.engine}: the engine configurations are
 * conditional on the name, so without this check a typo would silently start no engine. It runs as
 * a bean factory post-processor, before any bean is created, so the report names the setting rather
 * than a host bean that could not find an {@code EventPublisher}.
 */
public final class EngineCheck implements BeanFactoryPostProcessor {

  private final Environment environment;

  /** Checks the engine setting in the given environment. */
  public EngineCheck(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    HandymanWorkflowsProperties properties = new HandymanWorkflowsProperties();
    Binder.get(environment).bind(Settings.ENGINE, String.class).ifBound(properties::setEngine);
    Settings.engine(properties);
  }
}
