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
package io.github.handymanworkflows.spring.boot.autoconfigure;

import io.github.handymanworkflows.spring.boot.autoconfigure.web.MvcServeRoutes;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.ServeEndpoint;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.WebFluxServeRoutes;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.WildcardContentTypeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mounts the serve endpoint at {@code handyman.workflows.serve.path} (default {@code /api/inngest})
 * on the host's web stack: Spring MVC in a servlet app, WebFlux in a reactive one.
 */
@AutoConfiguration(
    after = {EmbeddedEngineAutoConfiguration.class, InngestEngineAutoConfiguration.class})
@ConditionalOnProperty(
    prefix = "handyman.workflows.serve",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
@ConditionalOnBean(ServeEndpoint.class)
public class ServeEndpointAutoConfiguration {

  /** Created by Spring. */
  public ServeEndpointAutoConfiguration() {}

  /** Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(org.springframework.web.servlet.function.RouterFunction.class)
  static class Mvc {

    @Bean
    @ConditionalOnMissingBean(name = "handymanWorkflowsServeRoute")
    org.springframework.web.servlet.function.RouterFunction<
            org.springframework.web.servlet.function.ServerResponse>
        handymanWorkflowsServeRoute(
            ServeEndpoint endpoint, HandymanWorkflowsProperties properties) {
      return MvcServeRoutes.route(properties.getServe().getPath(), endpoint);
    }

    /** Keeps a wildcard Content-Type from failing every request once a route is mounted. */
    @Bean
    @ConditionalOnMissingBean
    WildcardContentTypeFilter handymanWorkflowsWildcardContentTypeFilter() {
      return new WildcardContentTypeFilter();
    }
  }

  /** WebFlux. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  @ConditionalOnClass(org.springframework.web.reactive.function.server.RouterFunction.class)
  static class WebFlux {

    @Bean
    @ConditionalOnMissingBean(name = "handymanWorkflowsServeRoute")
    org.springframework.web.reactive.function.server.RouterFunction<
            org.springframework.web.reactive.function.server.ServerResponse>
        handymanWorkflowsServeRoute(
            ServeEndpoint endpoint, HandymanWorkflowsProperties properties) {
      return WebFluxServeRoutes.route(properties.getServe().getPath(), endpoint);
    }
  }
}
