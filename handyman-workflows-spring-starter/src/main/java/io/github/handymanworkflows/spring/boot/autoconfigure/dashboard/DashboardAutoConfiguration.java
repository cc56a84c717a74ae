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
package io.github.handymanworkflows.spring.boot.autoconfigure.dashboard;

import io.github.handymanworkflows.dashboard.Dashboard;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.spring.boot.autoconfigure.EmbeddedEngineAutoConfiguration;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsConfigurationException;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsProperties;
import io.github.handymanworkflows.spring.boot.autoconfigure.internal.EventIngestSettings;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The run dashboard at {@code handyman.workflows.dashboard.path} when {@code
 * handyman.workflows.dashboard.enabled=true} (off by default), for the embedded engine on Spring
 * MVC. It is an ordinary MVC route, so the host's filter chain protects it; without Spring Security
 * on the classpath it is refused off a loopback {@code server.address} unless {@code
 * handyman.workflows.dashboard.host-secured=true} says the host protects it another way.
 */
@AutoConfiguration(after = EmbeddedEngineAutoConfiguration.class)
@ConditionalOnClass({Dashboard.class, RouterFunction.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(
    prefix = "handyman.workflows.dashboard",
    name = "enabled",
    havingValue = "true")
@ConditionalOnBean(EmbeddedEngine.class)
public class DashboardAutoConfiguration {

  private static final Logger LOGGER = LoggerFactory.getLogger(DashboardAutoConfiguration.class);
  private static final String SECURITY_FILTER_CHAIN =
      "org.springframework.security.web.SecurityFilterChain";

  /** Created by Spring. */
  public DashboardAutoConfiguration() {}

  /** The dashboard over the embedded engine, in the business zone. */
  @Bean
  @ConditionalOnMissingBean
  Dashboard handymanWorkflowsDashboard(
      EmbeddedEngine engine, HandymanWorkflowsProperties properties, Environment environment) {
    HandymanWorkflowsProperties.Dashboard settings = properties.getDashboard();
    boolean springSecurity =
        ClassUtils.isPresent(
            SECURITY_FILTER_CHAIN, DashboardAutoConfiguration.class.getClassLoader());
    String address = environment.getProperty("server.address");
    if (!springSecurity && !settings.isHostSecured() && !EventIngestSettings.loopback(address)) {
      throw new HandymanWorkflowsConfigurationException(
          "handyman.workflows.dashboard.enabled",
          "serves the run dashboard, which can retry and cancel runs, on "
              + (address == null ? "every interface" : address)
              + " without Spring Security",
          "Add Spring Security and require a login for "
              + settings.getPath()
              + ", or bind the server to loopback (server.address=127.0.0.1) for local use, or set"
              + " handyman.workflows.dashboard.host-secured=true if another filter protects it.");
    }
    LOGGER.info(
        "run dashboard at {}{}; it has no login of its own, the host's security protects it",
        settings.getPath(),
        settings.isReadOnly() ? " (read-only)" : "");
    return Dashboard.builder(engine)
        .zone(ZoneId.of(properties.getZone()))
        .readOnly(settings.isReadOnly())
        .build();
  }

  /** The MVC route. */
  @Bean
  @ConditionalOnMissingBean(name = "handymanWorkflowsDashboardRoute")
  RouterFunction<ServerResponse> handymanWorkflowsDashboardRoute(
      Dashboard dashboard, HandymanWorkflowsProperties properties) {
    return MvcDashboardRoutes.route(properties.getDashboard().getPath(), dashboard);
  }
}
