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

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code handyman.workflows.resend.*} settings. Setting {@code api-key} (with {@code
 * handyman-workflows-resend} on the classpath) sends every email through Resend instead of the
 * outbox folder.
 */
@ConfigurationProperties("handyman.workflows.resend")
public class ResendProperties {

  /**
   * The Resend API key (re_...). Set it from the environment (HANDYMAN_WORKFLOWS_RESEND_APIKEY),
   * never in a committed file. Unset: emails stay in the outbox folder; set but blank: startup
   * fails.
   */
  private @Nullable String apiKey;

  /** Resend's API base URL; a local fake for tests. Plain http only for loopback hosts. */
  private URI baseUrl = URI.create("https://api.resend.com");

  /** How long to wait for a connection to Resend. */
  private Duration connectTimeout = Duration.ofSeconds(5);

  /** How long one request to Resend may take before it counts as a (retriable) failure. */
  private Duration requestTimeout = Duration.ofSeconds(15);

  private final Breaker breaker = new Breaker();

  public @Nullable String getApiKey() {
    return apiKey;
  }

  public void setApiKey(@Nullable String apiKey) {
    this.apiKey = apiKey;
  }

  public URI getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getRequestTimeout() {
    return requestTimeout;
  }

  public void setRequestTimeout(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  public Breaker getBreaker() {
    return breaker;
  }

  @Override
  public String toString() {
    return "ResendProperties[apiKey="
        + (apiKey == null ? "unset" : "****")
        + ", baseUrl="
        + baseUrl
        + "]";
  }

  /** The circuit breaker in front of Resend. */
  public static class Breaker {

    /** Percentage of transient failures among recent sends that opens the breaker. */
    private float failureRate = 50;

    /** How many recent sends the breaker looks at. */
    private int window = 20;

    /** How many sends the breaker must see before it may open. */
    private int minimumCalls = 10;

    /** How long the breaker stays open (sends fail at once, retriably) before a trial send. */
    private Duration openDuration = Duration.ofSeconds(30);

    public float getFailureRate() {
      return failureRate;
    }

    public void setFailureRate(float failureRate) {
      this.failureRate = failureRate;
    }

    public int getWindow() {
      return window;
    }

    public void setWindow(int window) {
      this.window = window;
    }

    public int getMinimumCalls() {
      return minimumCalls;
    }

    public void setMinimumCalls(int minimumCalls) {
      this.minimumCalls = minimumCalls;
    }

    public Duration getOpenDuration() {
      return openDuration;
    }

    public void setOpenDuration(Duration openDuration) {
      this.openDuration = openDuration;
    }
  }
}
