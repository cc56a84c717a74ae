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
package io.github.handymanworkflows.spring.boot.autoconfigure.resend;

import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.resend.ResendConfigurationException;
import io.github.handymanworkflows.resend.ResendHealthProbe;
import io.github.handymanworkflows.resend.ResendMailer;
import io.github.handymanworkflows.resend.ResendSettings;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsAutoConfiguration;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsConfigurationException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Resend mailer, when {@code handyman-workflows-resend} is on the classpath and {@code
 * handyman.workflows.resend.api-key} is set: it replaces the outbox mailer, and its {@link
 * ResendHealthProbe} joins the health indicator and the system-health workflow. A host's own {@link
 * Mailer} bean wins. Without a key the outbox mailer stays, and a startup warning says so; a blank
 * key fails startup.
 */
@AutoConfiguration(before = HandymanWorkflowsAutoConfiguration.class)
@ConditionalOnClass(ResendMailer.class)
@EnableConfigurationProperties(ResendProperties.class)
public class ResendAutoConfiguration {

  static final String API_KEY = "handyman.workflows.resend.api-key";

  /** Created by Spring. */
  public ResendAutoConfiguration() {}

  /** Says at startup where emails go: through Resend, or (loudly) not. */
  @Bean
  ResendStartupReport handymanWorkflowsResendStartupReport(
      ResendProperties properties, ObjectProvider<Mailer> mailer) {
    return new ResendStartupReport(properties, mailer);
  }

  /** The mailer and its probe, when a key is set and the host has no Mailer of its own. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = API_KEY)
  @ConditionalOnMissingBean(Mailer.class)
  static class ResendMailerConfiguration {

    @Bean
    ResendMailer handymanWorkflowsResendMailer(
        ResendProperties properties, ObjectProvider<Clock> clock) {
      try {
        ResendProperties.Breaker breaker = properties.getBreaker();
        ResendSettings settings =
            ResendSettings.builder(properties.getApiKey())
                .baseUri(properties.getBaseUrl())
                .connectTimeout(properties.getConnectTimeout())
                .requestTimeout(properties.getRequestTimeout())
                .breaker(
                    breaker.getFailureRate(),
                    breaker.getWindow(),
                    breaker.getMinimumCalls(),
                    breaker.getOpenDuration())
                .build();
        return new ResendMailer(settings, clock.getIfAvailable(Clock::systemUTC));
      } catch (ResendConfigurationException e) {
        throw new HandymanWorkflowsConfigurationException(
            "handyman.workflows.resend.*",
            e.getMessage(),
            "Set "
                + API_KEY
                + " to your Resend API key (from the environment), fix the setting"
                + " named above, or remove the property to keep the outbox mailer.");
      }
    }

    @Bean
    ResendHealthProbe handymanWorkflowsResendHealthProbe(ResendMailer mailer) {
      return new ResendHealthProbe(mailer);
    }
  }
}
