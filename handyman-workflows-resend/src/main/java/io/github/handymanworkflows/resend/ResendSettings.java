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
package io.github.handymanworkflows.resend;

import io.github.handymanworkflows.internal.Masking;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the Resend adapter talks to Resend: the API key, the base URL (a local fake in tests), the
 * timeouts, the idempotency window and the circuit breaker.
 *
 * <p>Built with {@link #builder(String)}; {@link #toString()} masks the API key. There is no
 * default key and no fallback: without a key the adapter refuses to start, so it can never pretend
 * an email was sent.
 */
public final class ResendSettings {

  /** Resend's API. */
  public static final URI DEFAULT_BASE_URI = URI.create("https://api.resend.com");

  /** How long Resend remembers an idempotency key. */
  public static final Duration RESEND_IDEMPOTENCY_WINDOW = Duration.ofHours(24);

  private final String apiKey;
  private final URI baseUri;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final Duration idempotencyWindow;
  private final int ledgerCapacity;
  private final float breakerFailureRate;
  private final int breakerWindow;
  private final int breakerMinimumCalls;
  private final Duration breakerOpenDuration;

  private ResendSettings(Builder b) {
    this.apiKey = b.apiKey;
    this.baseUri = b.baseUri;
    this.connectTimeout = positive(b.connectTimeout, "connectTimeout");
    this.requestTimeout = positive(b.requestTimeout, "requestTimeout");
    this.idempotencyWindow = positive(b.idempotencyWindow, "idempotencyWindow");
    if (idempotencyWindow.compareTo(RESEND_IDEMPOTENCY_WINDOW) > 0) {
      throw new ResendConfigurationException(
          "Resend setting idempotencyWindow must not exceed Resend's own 24 hours");
    }
    if (b.ledgerCapacity < 1) {
      throw new ResendConfigurationException("Resend setting ledgerCapacity must be positive");
    }
    this.ledgerCapacity = b.ledgerCapacity;
    if (!(b.breakerFailureRate > 0 && b.breakerFailureRate <= 100)) {
      throw new ResendConfigurationException(
          "Resend setting breakerFailureRate must be in (0, 100] percent");
    }
    this.breakerFailureRate = b.breakerFailureRate;
    if (b.breakerWindow < 1 || b.breakerMinimumCalls < 1) {
      throw new ResendConfigurationException(
          "Resend settings breakerWindow and breakerMinimumCalls must be positive");
    }
    this.breakerWindow = b.breakerWindow;
    this.breakerMinimumCalls = b.breakerMinimumCalls;
    this.breakerOpenDuration = positive(b.breakerOpenDuration, "breakerOpenDuration");
  }

  /**
   * Settings with the given API key and every default: Resend's base URL, 5 s to connect, 15 s per
   * request, the 24 h idempotency window, a breaker that opens for 30 s when half of the last 20
   * sends (at least 10) failed transiently.
   *
   * @throws ResendConfigurationException when the key is missing or blank
   */
  public static Builder builder(@Nullable String apiKey) {
    return new Builder(apiKey);
  }

  /** The API key; never log it. */
  public String apiKey() {
    return apiKey;
  }

  /** The base URL requests go to, without a trailing slash. */
  public URI baseUri() {
    return baseUri;
  }

  /** How long to wait for a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long one request may take, from sending to the whole response. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** How long an accepted key is answered locally as a duplicate; at most Resend's 24 hours. */
  public Duration idempotencyWindow() {
    return idempotencyWindow;
  }

  /** How many accepted keys the local ledger remembers at most (oldest forgotten first). */
  public int ledgerCapacity() {
    return ledgerCapacity;
  }

  /** Percentage of transient failures in the window that opens the breaker. */
  public float breakerFailureRate() {
    return breakerFailureRate;
  }

  /** How many recent sends the breaker looks at. */
  public int breakerWindow() {
    return breakerWindow;
  }

  /** How many sends the breaker needs to see before it may open. */
  public int breakerMinimumCalls() {
    return breakerMinimumCalls;
  }

  /** How long the breaker stays open before it lets a few trial sends through. */
  public Duration breakerOpenDuration() {
    return breakerOpenDuration;
  }

  @Override
  public String toString() {
    return "ResendSettings[apiKey="
        + Masking.SECRET_MASK
        + ", baseUri="
        + baseUri
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", idempotencyWindow="
        + idempotencyWindow
        + ", breakerOpenDuration="
        + breakerOpenDuration
        + "]";
  }

  private static Duration positive(@Nullable Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new ResendConfigurationException("Resend setting " + name + " must be positive");
    }
    return value;
  }

  /** Builds {@link ResendSettings}; validation happens in {@link #build()}. */
  public static final class Builder {
    private final String apiKey;
    private URI baseUri = DEFAULT_BASE_URI;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(15);
    private Duration idempotencyWindow = RESEND_IDEMPOTENCY_WINDOW;
    private int ledgerCapacity = 100_000;
    private float breakerFailureRate = 50;
    private int breakerWindow = 20;
    private int breakerMinimumCalls = 10;
    private Duration breakerOpenDuration = Duration.ofSeconds(30);

    private Builder(@Nullable String apiKey) {
      if (apiKey == null || apiKey.isBlank()) {
        throw new ResendConfigurationException(
            "No Resend API key configured: the Resend mailer refuses to start rather than"
                + " pretend emails are sent. Set the key (with the Spring starter:"
                + " handyman.workflows.resend.api-key), or leave the Resend mailer out.");
      }
      if (apiKey.strip().length() != apiKey.length() || apiKey.chars().anyMatch(c -> c < 0x21)) {
        throw new ResendConfigurationException(
            "The Resend API key contains whitespace or control characters; check how it was set");
      }
      this.apiKey = apiKey;
    }

    /**
     * Where Resend's API is, for a local fake in tests. Plain {@code http} is accepted only for a
     * loopback host, so the API key never crosses a network in clear text.
     */
    public Builder baseUri(URI value) {
      this.baseUri = checkedBase(Objects.requireNonNull(value, "baseUri must not be null"));
      return this;
    }

    /** How long to wait for a connection. */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    /** How long one request may take. */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = value;
      return this;
    }

    /** How long accepted keys are answered locally as duplicates; at most 24 hours. */
    public Builder idempotencyWindow(Duration value) {
      this.idempotencyWindow = value;
      return this;
    }

    /** How many accepted keys the local ledger remembers at most. */
    public Builder ledgerCapacity(int value) {
      this.ledgerCapacity = value;
      return this;
    }

    /**
     * The breaker: it opens when {@code failureRatePercent} of the last {@code window} sends (once
     * at least {@code minimumCalls} were made) failed transiently, and stays open for {@code
     * openDuration}.
     */
    public Builder breaker(
        float failureRatePercent, int window, int minimumCalls, Duration openDuration) {
      this.breakerFailureRate = failureRatePercent;
      this.breakerWindow = window;
      this.breakerMinimumCalls = minimumCalls;
      this.breakerOpenDuration = openDuration;
      return this;
    }

    /** Validates and builds the settings. */
    public ResendSettings build() {
      return new ResendSettings(this);
    }

    private static URI checkedBase(URI uri) {
      String scheme = uri.getScheme();
      if (!uri.isAbsolute() || uri.getHost() == null || scheme == null) {
        throw new ResendConfigurationException(
            "Resend setting baseUri must be an absolute http(s) URL with a host");
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new ResendConfigurationException(
            "Resend setting baseUri must not have a query or fragment");
      }
      if (scheme.equalsIgnoreCase("http")) {
        if (!isLoopback(uri.getHost())) {
          throw new ResendConfigurationException(
              "Resend setting baseUri uses plain http for a non-loopback host; use https so the"
                  + " API key is not sent in clear text");
        }
      } else if (!scheme.equalsIgnoreCase("https")) {
        throw new ResendConfigurationException("Resend setting baseUri must be http(s)");
      }
      String text = uri.toString();
      while (text.endsWith("/")) {
        text = text.substring(0, text.length() - 1);
      }
      return URI.create(text);
    }

    private static boolean isLoopback(String host) {
      if (host.equalsIgnoreCase("localhost")) {
        return true;
      }
      String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
      if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
        return false; // a name other than localhost: do not resolve it here
      }
      try {
        return InetAddress.getByName(literal).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
  }
}
