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
package io.github.handymanworkflows.spring.boot.autoconfigure.redis;

import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.redis.RedisConnection;
import io.github.handymanworkflows.redis.RedisDeduplicatingMailer;
import io.github.handymanworkflows.redis.RedisHealthProbe;
import io.github.handymanworkflows.redis.RedisHealthStateRepository;
import io.github.handymanworkflows.redis.RedisLoginAttemptTracker;
import io.github.handymanworkflows.redis.RedisSessionRepository;
import io.github.handymanworkflows.redis.RedisSettings;
import io.github.handymanworkflows.redis.RedisUnavailableException;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsAutoConfiguration;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsConfigurationException;
import io.lettuce.core.RedisClient;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;

/**
 * The Redis adapters, when {@code handyman-workflows-redis} is on the classpath and either {@code
 * handyman.workflows.redis.uri} is set or the host defines a {@link RedisConnection} bean (unless
 * {@code handyman.workflows.redis.enabled=false}). A Lettuce {@link RedisClient} bean, if the host
 * has one, is used with the URI instead of a client of our own.
 *
 * <p>It defines the {@link LoginAttemptTracker}, {@link SessionRepository} and {@link
 * HealthStateRepository} (each can be turned off with {@code ….enabled=false}, and each backs off
 * when the host defines its own), wraps the application's {@link Mailer} with Redis de-duplication
 * keys, and adds a {@code redis} {@link RedisHealthProbe} to health and to the system-health
 * workflow. A malformed URI, or a Redis that cannot be reached at startup (unless {@code
 * connect-at-startup=false}), stops the app with a report naming {@code
 * handyman.workflows.redis.uri}, never its value.
 */
@AutoConfiguration(before = HandymanWorkflowsAutoConfiguration.class)
@ConditionalOnClass({RedisConnection.class, RedisClient.class})
@ConditionalOnProperty(
    prefix = "handyman.workflows.redis",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
@Conditional(RedisAutoConfiguration.UriOrConnection.class)
@EnableConfigurationProperties(HandymanWorkflowsRedisProperties.class)
public class RedisAutoConfiguration {

  private static final Logger LOGGER = LoggerFactory.getLogger(RedisAutoConfiguration.class);

  static final String URI = "handyman.workflows.redis.uri";

  /** Created by Spring. */
  public RedisAutoConfiguration() {}

  /** The shared connection, connected at startup unless told otherwise. */
  @Bean
  @ConditionalOnMissingBean
  RedisConnection handymanWorkflowsRedisConnection(
      HandymanWorkflowsRedisProperties properties, ObjectProvider<RedisClient> hostClient) {
    RedisSettings settings = settings(properties);
    RedisClient client = hostClient.getIfAvailable();
    RedisConnection connection =
        client == null
            ? RedisConnection.open(settings)
            : RedisConnection.using(client, settings.redisUri(), settings.keyPrefix());
    if (properties.isConnectAtStartup()) {
      try {
        connection.ping();
      } catch (RedisUnavailableException e) {
        connection.close();
        throw new HandymanWorkflowsConfigurationException(
            URI,
            "Redis cannot be reached at the configured URI ("
                + (e.getCause() == null ? "no detail" : e.getCause().getClass().getSimpleName())
                + ")",
            "Start Redis or correct "
                + URI
                + " (and its password or TLS settings); or set"
                + " handyman.workflows.redis.connect-at-startup=false to start without it.",
            e);
      }
    }
    LOGGER.info("handyman-workflows uses Redis: {}", settings);
    return connection;
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      prefix = "handyman.workflows.redis.login-attempts",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  LoginAttemptTracker handymanWorkflowsRedisLoginAttemptTracker(
      RedisConnection redis, HandymanWorkflowsRedisProperties properties) {
    try {
      return new RedisLoginAttemptTracker(
          redis,
          properties.getLoginAttempts().getRetention(),
          RedisLoginAttemptTracker.DEFAULT_MAX_PER_USER);
    } catch (IllegalArgumentException e) {
      throw invalid("handyman.workflows.redis.login-attempts.retention", e);
    }
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      prefix = "handyman.workflows.redis.sessions",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  SessionRepository handymanWorkflowsRedisSessionRepository(
      RedisConnection redis,
      HandymanWorkflowsRedisProperties properties,
      ObjectProvider<Clock> clock) {
    try {
      return new RedisSessionRepository(
          redis, clock.getIfAvailable(Clock::systemUTC), properties.getSessions().getRetention());
    } catch (IllegalArgumentException e) {
      throw invalid("handyman.workflows.redis.sessions.retention", e);
    }
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      prefix = "handyman.workflows.redis.health-states",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  HealthStateRepository handymanWorkflowsRedisHealthStateRepository(
      RedisConnection redis, HandymanWorkflowsRedisProperties properties) {
    try {
      return new RedisHealthStateRepository(redis, properties.getHealthStates().getRetention());
    } catch (IllegalArgumentException e) {
      throw invalid("handyman.workflows.redis.health-states.retention", e);
    }
  }

  /** The {@code redis} probe, shown in health and checked by the system-health workflow. */
  @Bean
  @ConditionalOnMissingBean(name = "handymanWorkflowsRedisHealthProbe")
  RedisHealthProbe handymanWorkflowsRedisHealthProbe(
      RedisConnection redis, HandymanWorkflowsRedisProperties properties) {
    try {
      return new RedisHealthProbe(redis, properties.getProbeTimeout());
    } catch (IllegalArgumentException e) {
      throw invalid("handyman.workflows.redis.probe-timeout", e);
    }
  }

  /** Wraps every {@link Mailer} bean, whoever defines it, with Redis de-duplication keys. */
  @Bean
  @ConditionalOnProperty(
      prefix = "handyman.workflows.redis.email-deduplication",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static BeanPostProcessor handymanWorkflowsRedisMailerDeduplication(
      ObjectProvider<RedisConnection> redis,
      ObjectProvider<HandymanWorkflowsRedisProperties> properties) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof Mailer mailer && !(bean instanceof RedisDeduplicatingMailer)) {
          try {
            return new RedisDeduplicatingMailer(
                mailer,
                redis.getObject(),
                properties.getObject().getEmailDeduplication().getRetention(),
                RedisDeduplicatingMailer.DEFAULT_CLAIM);
          } catch (IllegalArgumentException e) {
            throw invalid("handyman.workflows.redis.email-deduplication.retention", e);
          }
        }
        return bean;
      }
    };
  }

  private static RedisSettings settings(HandymanWorkflowsRedisProperties properties) {
    String uri = properties.getUri();
    if (uri == null || uri.isBlank()) {
      throw new HandymanWorkflowsConfigurationException(
          URI,
          "no Redis URI is set",
          "Set " + URI + "=redis://host:6379 (or rediss://... for TLS).");
    }
    try {
      return new RedisSettings(
          uri,
          properties.getKeyPrefix(),
          properties.getCommandTimeout(),
          properties.getConnectTimeout(),
          properties.getTrustedCertificates());
    } catch (IllegalArgumentException e) {
      // RedisSettings' messages name the field, never the URI's value.
      String message = String.valueOf(e.getMessage());
      throw new HandymanWorkflowsConfigurationException(
          message.startsWith("uri") ? URI : "handyman.workflows.redis.*",
          e.getMessage(),
          "Use redis://[:password@]host[:port][/db], or rediss://... for TLS, a key prefix"
              + " without spaces and positive timeouts.",
          e);
    }
  }

  private static HandymanWorkflowsConfigurationException invalid(
      String setting, IllegalArgumentException e) {
    return new HandymanWorkflowsConfigurationException(
        setting, e.getMessage(), "Correct " + setting + ".", e);
  }

  /** A URI is set, or the host defined a {@link RedisConnection}. */
  static final class UriOrConnection extends AnyNestedCondition {

    UriOrConnection() {
      super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(prefix = "handyman.workflows.redis", name = "uri")
    static final class UriSet {}

    @ConditionalOnBean(RedisConnection.class)
    static final class ConnectionBean {}
  }
}
