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

import io.github.handymanworkflows.redis.RedisDeduplicatingMailer;
import io.github.handymanworkflows.redis.RedisHealthStateRepository;
import io.github.handymanworkflows.redis.RedisLoginAttemptTracker;
import io.github.handymanworkflows.redis.RedisSessionRepository;
import io.github.handymanworkflows.redis.RedisSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code handyman.workflows.redis}. */
@ConfigurationProperties("handyman.workflows.redis")
public class HandymanWorkflowsRedisProperties {

  /** Turns the Redis adapters off even when a URI is set. */
  private boolean enabled = true;

  /**
   * The Redis URI: redis://[:password@]host[:port][/db], or rediss://... for TLS. Setting it
   * switches the Redis adapters on.
   */
  private @Nullable String uri;

  /** Prepended to every key. */
  private String keyPrefix = RedisSettings.DEFAULT_KEY_PREFIX;

  /** How long one command may take. */
  private Duration commandTimeout = RedisSettings.DEFAULT_COMMAND_TIMEOUT;

  /** How long connecting may take. */
  private Duration connectTimeout = RedisSettings.DEFAULT_CONNECT_TIMEOUT;

  /** For rediss://: a PEM file of the certificates to trust (default: the JVM's trust store). */
  private @Nullable Path trustedCertificates;

  /**
   * Whether startup fails when Redis cannot be reached. Off: the app starts, calls fail with a
   * retriable error and the health probe reports DOWN until Redis is up.
   */
  private boolean connectAtStartup = true;

  /** How long the health probe's PING may take before Redis counts as down. */
  private Duration probeTimeout = Duration.ofSeconds(2);

  /** Failed-login tracking in Redis. */
  private final Feature loginAttempts = new Feature(RedisLoginAttemptTracker.DEFAULT_RETENTION);

  /** Sessions in Redis; the retention is how long a session's key outlives its expiry. */
  private final Feature sessions = new Feature(RedisSessionRepository.DEFAULT_GRACE);

  /** The health workflow's last known states (alert de-duplication) in Redis. */
  private final Feature healthStates = new Feature(RedisHealthStateRepository.DEFAULT_RETENTION);

  /** E-mail de-duplication keys in Redis around the application's Mailer. */
  private final Feature emailDeduplication =
      new Feature(RedisDeduplicatingMailer.DEFAULT_RETENTION);

  /** Created by Spring. */
  public HandymanWorkflowsRedisProperties() {}

  /** See the field. */
  public boolean isEnabled() {
    return enabled;
  }

  /** See the field. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** See the field. */
  public @Nullable String getUri() {
    return uri;
  }

  /** See the field. */
  public void setUri(@Nullable String uri) {
    this.uri = uri;
  }

  /** See the field. */
  public String getKeyPrefix() {
    return keyPrefix;
  }

  /** See the field. */
  public void setKeyPrefix(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  /** See the field. */
  public Duration getCommandTimeout() {
    return commandTimeout;
  }

  /** See the field. */
  public void setCommandTimeout(Duration commandTimeout) {
    this.commandTimeout = commandTimeout;
  }

  /** See the field. */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** See the field. */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** See the field. */
  public @Nullable Path getTrustedCertificates() {
    return trustedCertificates;
  }

  /** See the field. */
  public void setTrustedCertificates(@Nullable Path trustedCertificates) {
    this.trustedCertificates = trustedCertificates;
  }

  /** See the field. */
  public boolean isConnectAtStartup() {
    return connectAtStartup;
  }

  /** See the field. */
  public void setConnectAtStartup(boolean connectAtStartup) {
    this.connectAtStartup = connectAtStartup;
  }

  /** See the field. */
  public Duration getProbeTimeout() {
    return probeTimeout;
  }

  /** See the field. */
  public void setProbeTimeout(Duration probeTimeout) {
    this.probeTimeout = probeTimeout;
  }

  /** See the field. */
  public Feature getLoginAttempts() {
    return loginAttempts;
  }

  /** See the field. */
  public Feature getSessions() {
    return sessions;
  }

  /** See the field. */
  public Feature getHealthStates() {
    return healthStates;
  }

  /** See the field. */
  public Feature getEmailDeduplication() {
    return emailDeduplication;
  }

  /** One adapter: on or off, and how long its keys live. */
  public static class Feature {

    /** Whether this adapter replaces the in-memory default. */
    private boolean enabled = true;

    /** How long its keys are kept. */
    private Duration retention;

    Feature(Duration retention) {
      this.retention = retention;
    }

    /** See the field. */
    public boolean isEnabled() {
      return enabled;
    }

    /** See the field. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** See the field. */
    public Duration getRetention() {
      return retention;
    }

    /** See the field. */
    public void setRetention(Duration retention) {
      this.retention = retention;
    }
  }
}
