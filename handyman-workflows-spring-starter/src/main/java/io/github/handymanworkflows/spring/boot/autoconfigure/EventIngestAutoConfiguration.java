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

import io.github.handymanworkflows.spring.boot.autoconfigure.internal.EventIngestSettings;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.EventIngestPolicy;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.MvcServeRoutes;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.ServeEndpoint;
import io.github.handymanworkflows.spring.boot.autoconfigure.web.WebFluxServeRoutes;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Who may POST events to the embedded serve endpoint ({@link EventIngestPolicy}), built from {@code
 * handyman.workflows.embedded.*} and checked at startup, and the {@code <serve path>/e/<key>} route
 * that carries the event key in the path.
 */
@AutoConfiguration(
    after = HandymanWorkflowsAutoConfiguration.class,
    before = EmbeddedEngineAutoConfiguration.class)
@ConditionalOnProperty(
    prefix = "handyman.workflows",
    name = "engine",
    havingValue = "embedded",
    matchIfMissing = true)
public class EventIngestAutoConfiguration {

  /** Created by Spring. */
  public EventIngestAutoConfiguration() {}

  /** The policy; refuses to start on an open endpoint without a key off loopback. */
  @Bean
  @ConditionalOnMissingBean
  EventIngestPolicy handymanWorkflowsEventIngestPolicy(
      HandymanWorkflowsProperties properties, Environment environment) {
    return EventIngestSettings.policy(properties.getEmbedded(), environment);
  }

  /** Says at startup whether and how events can come in over HTTP. */
  @Bean
  EventIngestSettings.Announcement handymanWorkflowsEventIngestAnnouncement(
      EventIngestPolicy policy, HandymanWorkflowsProperties properties) {
    return new EventIngestSettings.Announcement(policy, properties.getServe().getPath());
  }

  /** {@code <serve path>/e/<key>} on Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(org.springframework.web.servlet.function.RouterFunction.class)
  @ConditionalOnProperty(
      prefix = "handyman.workflows.serve",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class Mvc {

    @Bean
    @ConditionalOnMissingBean(name = "handymanWorkflowsEventKeyRoute")
    org.springframework.web.servlet.function.RouterFunction<
            org.springframework.web.servlet.function.ServerResponse>
        handymanWorkflowsEventKeyRoute(
            ServeEndpoint endpoint, HandymanWorkflowsProperties properties) {
      return MvcServeRoutes.route(properties.getServe().getPath() + "/e/*", endpoint);
    }
  }

  /** {@code <serve path>/e/<key>} on WebFlux. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  @ConditionalOnClass(org.springframework.web.reactive.function.server.RouterFunction.class)
  @ConditionalOnProperty(
      prefix = "handyman.workflows.serve",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class WebFlux {

    @Bean
    @ConditionalOnMissingBean(name = "handymanWorkflowsEventKeyRoute")
    org.springframework.web.reactive.function.server.RouterFunction<
            org.springframework.web.reactive.function.server.ServerResponse>
        handymanWorkflowsEventKeyRoute(
            ServeEndpoint endpoint, HandymanWorkflowsProperties properties) {
      return WebFluxServeRoutes.route(properties.getServe().getPath() + "/e/*", endpoint);
    }
  }
}
