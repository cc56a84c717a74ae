/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
