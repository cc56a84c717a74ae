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
package io.github.handymanworkflows.inngest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the SDK talks to Inngest: the app id, dev or cloud mode, keys, and the origins of the API,
 * the event API and the serve endpoint. Immutable; build one with {@link #builder()} or read the
 * standard {@code INNGEST_*} variables with {@link #fromEnvironment(Map)}.
 *
 * <p>{@link #toString()} never prints keys.
 */
public final class InngestConfig {

  /** Cloud mode or the local Dev Server. */
  public enum Mode {
    /** Inngest Cloud or a self-hosted server: signatures are required. */
    CLOUD,
    /** The Dev Server: no signatures, any event key. */
    DEV;

    /** The mode's wire name ({@code cloud} or {@code dev}). */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The app id of the marketplace sample; {@link #fromEnvironment(Map)} falls back to it with a
   * warning. A host app names its own: {@code INNGEST_APP_ID} or {@link #fromEnvironment(Map,
   * String)}.
   */
  public static final String DEFAULT_APP_ID = "handyman-app";

  private static final Logger LOGGER = LoggerFactory.getLogger(InngestConfig.class);

  /** The path registered at sync in cloud mode when none is configured. */
  public static final String DEFAULT_SERVE_PATH = "/api/inngest";

  /** The Dev Server's default origin. */
  public static final URI DEFAULT_DEV_ORIGIN = URI.create("http://localhost:8288");

  /** Inngest Cloud's API origin. */
  public static final URI CLOUD_API_ORIGIN = URI.create("https://api.inngest.com");

  /** Inngest Cloud's event API origin. */
  public static final URI CLOUD_EVENT_API_ORIGIN = URI.create("https://inn.gs");

  private static final Pattern KEY_PREFIX = Pattern.compile("^signkey-\\w+-");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

  private final String appId;
  private final Mode mode;
  private final URI devOrigin;
  private final @Nullable String signingKey;
  private final @Nullable String signingKeyFallback;
  private final @Nullable String eventKey;
  private final @Nullable String env;
  private final @Nullable URI baseUrl;
  private final @Nullable URI apiBaseUrl;
  private final @Nullable URI eventApiBaseUrl;
  private final @Nullable URI serveOrigin;
  private final @Nullable String servePath;
  private final boolean allowInBandSync;
  private final boolean allowUnauthenticatedSync;
  private final String framework;

  private InngestConfig(Builder b) {
    this.appId = b.appId;
    this.mode = b.mode;
    this.devOrigin = b.devOrigin;
    this.signingKey = b.signingKey;
    this.signingKeyFallback = b.signingKeyFallback;
    this.eventKey = b.eventKey;
    this.env = b.env;
    this.baseUrl = b.baseUrl;
    this.apiBaseUrl = b.apiBaseUrl;
    this.eventApiBaseUrl = b.eventApiBaseUrl;
    this.serveOrigin = b.serveOrigin;
    this.servePath = b.servePath;
    this.allowInBandSync = b.allowInBandSync;
    this.allowUnauthenticatedSync = b.allowUnauthenticatedSync;
    this.framework = b.framework;
  }

  /** A builder with the defaults: app {@code handyman-app}, cloud mode, no keys. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the standard variables: {@code INNGEST_APP_ID}, {@code INNGEST_DEV}, {@code
   * INNGEST_SIGNING_KEY}, {@code INNGEST_SIGNING_KEY_FALLBACK}, {@code INNGEST_EVENT_KEY}, {@code
   * INNGEST_ENV}, {@code INNGEST_BASE_URL}, {@code INNGEST_API_BASE_URL}, {@code
   * INNGEST_EVENT_API_BASE_URL}, {@code INNGEST_SERVE_ORIGIN}, {@code INNGEST_SERVE_PATH} and
   * {@code INNGEST_ALLOW_IN_BAND_SYNC} and {@code INNGEST_ENABLE_UNAUTHED_SYNC}. Blank values count
   * as unset.
   *
   * <p>{@code INNGEST_DEV}: unset, empty, {@code 0} or {@code false} selects cloud mode; {@code 1}
   * or {@code true} the Dev Server at {@code http://localhost:8288}; a URL the Dev Server there.
   *
   * @param env the environment, usually {@code System.getenv()}
   * @throws IllegalArgumentException naming the variable whose value is malformed
   */
  public static InngestConfig fromEnvironment(Map<String, String> env) {
    Objects.requireNonNull(env, "env must not be null");
    if (value(env, "INNGEST_APP_ID") == null) {
      LOGGER.warn(
          "INNGEST_APP_ID is not set: using the sample's app id '{}'; a host app sets"
              + " INNGEST_APP_ID or names its id with InngestConfig.fromEnvironment(env, appId)",
          DEFAULT_APP_ID);
    }
    return fromEnvironment(env, DEFAULT_APP_ID);
  }

  /**
   * Reads the standard variables like {@link #fromEnvironment(Map)}, with the host's own app id
   * when {@code INNGEST_APP_ID} is not set. The id in use and its source are logged.
   *
   * @param env the environment, usually {@code System.getenv()}
   * @param appId the app's id, unique among the apps of its Inngest environment
   * @throws IllegalArgumentException naming the variable whose value is malformed
   */
  public static InngestConfig fromEnvironment(Map<String, String> env, String appId) {
    Objects.requireNonNull(env, "env must not be null");
    Objects.requireNonNull(appId, "appId must not be null");
    Builder b = builder();
    String fromEnv = value(env, "INNGEST_APP_ID");
    b.appId(fromEnv != null ? fromEnv : appId);
    LOGGER.info(
        "Inngest app id '{}' (from {})",
        fromEnv != null ? fromEnv : appId,
        fromEnv != null ? "INNGEST_APP_ID" : "the application");
    String dev = value(env, "INNGEST_DEV");
    if (dev != null) {
      String lower = dev.toLowerCase(Locale.ROOT);
      if (lower.equals("0") || lower.equals("false")) {
        b.cloud();
      } else if (lower.equals("1") || lower.equals("true")) {
        b.dev();
      } else {
        b.dev(url("INNGEST_DEV", dev, "1, true, 0, false or a URL such as http://localhost:8288"));
      }
    }
    b.signingKey(value(env, "INNGEST_SIGNING_KEY"));
    b.signingKeyFallback(value(env, "INNGEST_SIGNING_KEY_FALLBACK"));
    b.eventKey(value(env, "INNGEST_EVENT_KEY"));
    b.env(value(env, "INNGEST_ENV"));
    b.baseUrl(optionalUrl(env, "INNGEST_BASE_URL"));
    b.apiBaseUrl(optionalUrl(env, "INNGEST_API_BASE_URL"));
    b.eventApiBaseUrl(optionalUrl(env, "INNGEST_EVENT_API_BASE_URL"));
    b.serveOrigin(optionalUrl(env, "INNGEST_SERVE_ORIGIN"));
    String servePath = value(env, "INNGEST_SERVE_PATH");
    if (servePath != null) {
      if (!servePath.startsWith("/")) {
        throw new IllegalArgumentException("INNGEST_SERVE_PATH must start with '/'");
      }
      b.servePath(servePath);
    }
    Boolean inBand = bool(env, "INNGEST_ALLOW_IN_BAND_SYNC");
    if (inBand != null) {
      b.allowInBandSync(inBand);
    }
    Boolean unauthedSync = bool(env, "INNGEST_ENABLE_UNAUTHED_SYNC");
    if (unauthedSync != null) {
      b.allowUnauthenticatedSync(unauthedSync);
    }
    return b.build();
  }

  private static @Nullable Boolean bool(Map<String, String> env, String name) {
    String value = value(env, name);
    if (value == null) {
      return null;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals("0") || lower.equals("false")) {
      return false;
    }
    if (lower.equals("1") || lower.equals("true")) {
      return true;
    }
    throw new IllegalArgumentException(name + " must be true or false");
  }

  private static @Nullable String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static @Nullable URI optionalUrl(Map<String, String> env, String name) {
    String value = value(env, name);
    return value == null ? null : url(name, value, "an http or https URL");
  }

  private static URI url(String name, String value, String expected) {
    try {
      URI uri = new URI(value);
      if (uri.getHost() == null
          || uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new IllegalArgumentException(name + " must be " + expected);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(name + " must be " + expected, e);
    }
  }

  /**
   * Checks that the SDK can start: cloud mode needs a signing key and the serve origin, and keys
   * must be well-formed.
   *
   * <p>The serve origin is required in cloud mode because the URL registered with Inngest decides
   * where every run (and every event payload) is sent; it never comes from a request's {@code Host}
   * header, which anyone can set.
   *
   * @return this
   * @throws IllegalStateException saying which variable to set
   */
  public InngestConfig validate() {
    if (mode == Mode.CLOUD && signingKey == null) {
      throw new IllegalStateException(
          "Inngest cloud mode needs a signing key: set INNGEST_SIGNING_KEY (from the Inngest"
              + " dashboard), or set INNGEST_DEV=1 to use the local Dev Server");
    }
    checkKey("INNGEST_SIGNING_KEY", signingKey);
    checkKey("INNGEST_SIGNING_KEY_FALLBACK", signingKeyFallback);
    if (mode == Mode.CLOUD && serveOrigin == null) {
      throw new IllegalStateException(
          "Inngest cloud mode needs the serve origin: set INNGEST_SERVE_ORIGIN to the public"
              + " origin Inngest calls (for example https://app.example.com); the URL registered"
              + " at sync is never taken from a request's Host header");
    }
    return this;
  }

  private static void checkKey(String variable, @Nullable String key) {
    if (key == null) {
      return;
    }
    String rest = KEY_PREFIX.matcher(key).replaceFirst("");
    if (rest.isEmpty() || !HEX.matcher(rest).matches()) {
      throw new IllegalStateException(
          variable + " must be hexadecimal after its optional signkey-<env>- prefix");
    }
  }

  /** The app id, prefix of every composite function id. */
  public String appId() {
    return appId;
  }

  /** Cloud or dev. */
  public Mode mode() {
    return mode;
  }

  /** Whether this is dev mode. */
  public boolean isDev() {
    return mode == Mode.DEV;
  }

  /** The signing key, if set. */
  public Optional<String> signingKey() {
    return Optional.ofNullable(signingKey);
  }

  /** The fallback signing key used during key rotation, if set. */
  public Optional<String> signingKeyFallback() {
    return Optional.ofNullable(signingKeyFallback);
  }

  /**
   * The event key; in dev mode any non-empty key is accepted, so an unset key defaults to {@code
   * dev}.
   */
  public Optional<String> eventKey() {
    if (eventKey == null && mode == Mode.DEV) {
      return Optional.of("dev");
    }
    return Optional.ofNullable(eventKey);
  }

  /** Whether an event key was configured explicitly. */
  public boolean hasEventKey() {
    return eventKey != null;
  }

  /** The Inngest environment (branch) name, sent as {@code X-Inngest-Env}, if set. */
  public Optional<String> env() {
    return Optional.ofNullable(env);
  }

  /**
   * The API origin: {@code INNGEST_API_BASE_URL}, else {@code INNGEST_BASE_URL}, else the Dev
   * Server in dev mode, else Inngest Cloud.
   */
  public URI apiBaseUrl() {
    return trim(
        apiBaseUrl != null
            ? apiBaseUrl
            : baseUrl != null ? baseUrl : mode == Mode.DEV ? devOrigin : CLOUD_API_ORIGIN);
  }

  /**
   * The event API origin: {@code INNGEST_EVENT_API_BASE_URL}, else {@code INNGEST_BASE_URL}, else
   * the Dev Server in dev mode, else Inngest Cloud.
   */
  public URI eventApiBaseUrl() {
    return trim(
        eventApiBaseUrl != null
            ? eventApiBaseUrl
            : baseUrl != null ? baseUrl : mode == Mode.DEV ? devOrigin : CLOUD_EVENT_API_ORIGIN);
  }

  private static URI trim(URI uri) {
    String s = uri.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return URI.create(s);
  }

  /** The externally reachable origin of the serve endpoint, overriding the request's Host. */
  public Optional<URI> serveOrigin() {
    return Optional.ofNullable(serveOrigin).map(InngestConfig::trim);
  }

  /** The externally reachable path of the serve endpoint, if configured. */
  public Optional<String> servePath() {
    return Optional.ofNullable(servePath);
  }

  /**
   * The path registered at sync in cloud mode: the configured serve path, else {@value
   * #DEFAULT_SERVE_PATH}.
   */
  public String registeredServePath() {
    return servePath == null ? DEFAULT_SERVE_PATH : servePath;
  }

  /**
   * Whether an unsigned out-of-band sync {@code PUT} is performed in cloud mode (default false:
   * such a {@code PUT} must be signed by Inngest). Dev mode never requires a signature for it.
   */
  public boolean allowUnauthenticatedSync() {
    return allowUnauthenticatedSync;
  }

  /** Whether signed in-band sync requests are answered with the config (default true). */
  public boolean allowInBandSync() {
    return allowInBandSync;
  }

  /** The framework name reported to Inngest ({@code X-Inngest-Framework}). */
  public String framework() {
    return framework;
  }

  @Override
  public String toString() {
    return "InngestConfig[appId="
        + appId
        + ", mode="
        + mode.wireName()
        + ", apiBaseUrl="
        + apiBaseUrl()
        + ", eventApiBaseUrl="
        + eventApiBaseUrl()
        + ", env="
        + env
        + ", serveOrigin="
        + serveOrigin
        + ", servePath="
        + servePath
        + ", signingKey="
        + (signingKey == null ? "unset" : "set")
        + ", signingKeyFallback="
        + (signingKeyFallback == null ? "unset" : "set")
        + ", eventKey="
        + (eventKey == null ? "unset" : "set")
        + ", allowInBandSync="
        + allowInBandSync
        + ", allowUnauthenticatedSync="
        + allowUnauthenticatedSync
        + "]";
  }

  /** Builds an {@link InngestConfig}. */
  public static final class Builder {
    private String appId = DEFAULT_APP_ID;
    private Mode mode = Mode.CLOUD;
    private URI devOrigin = DEFAULT_DEV_ORIGIN;
    private @Nullable String signingKey;
    private @Nullable String signingKeyFallback;
    private @Nullable String eventKey;
    private @Nullable String env;
    private @Nullable URI baseUrl;
    private @Nullable URI apiBaseUrl;
    private @Nullable URI eventApiBaseUrl;
    private @Nullable URI serveOrigin;
    private @Nullable String servePath;
    private boolean allowInBandSync = true;
    private boolean allowUnauthenticatedSync;
    private String framework = "jdk-http";

    private Builder() {}

    /** The app id: letters, digits, dashes, underscores and dots. */
    public Builder appId(String value) {
      Objects.requireNonNull(value, "appId must not be null");
      if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
        throw new IllegalArgumentException(
            "appId must be 1 to 100 letters, digits, dots, dashes or underscores");
      }
      this.appId = value;
      return this;
    }

    /** Cloud mode (the default). */
    public Builder cloud() {
      this.mode = Mode.CLOUD;
      return this;
    }

    /** Dev mode against the Dev Server at {@code http://localhost:8288}. */
    public Builder dev() {
      return dev(DEFAULT_DEV_ORIGIN);
    }

    /** Dev mode against a Dev Server at the given origin. */
    public Builder dev(URI origin) {
      this.mode = Mode.DEV;
      this.devOrigin = Objects.requireNonNull(origin, "origin must not be null");
      return this;
    }

    /** The signing key ({@code signkey-<env>-<hex>} or bare hex), or null. */
    public Builder signingKey(@Nullable String value) {
      this.signingKey = blankToNull(value);
      return this;
    }

    /** The fallback signing key, or null. */
    public Builder signingKeyFallback(@Nullable String value) {
      this.signingKeyFallback = blankToNull(value);
      return this;
    }

    /** The event key, or null. */
    public Builder eventKey(@Nullable String value) {
      this.eventKey = blankToNull(value);
      return this;
    }

    /** The environment (branch) name, or null. */
    public Builder env(@Nullable String value) {
      this.env = blankToNull(value);
      return this;
    }

    /** Sets both the API and event API origins (overridden by the specific ones). */
    public Builder baseUrl(@Nullable URI value) {
      this.baseUrl = value;
      return this;
    }

    /** The API origin ({@code /fn/register}, {@code /v0/runs}). */
    public Builder apiBaseUrl(@Nullable URI value) {
      this.apiBaseUrl = value;
      return this;
    }

    /** The event API origin ({@code /e/{key}}). */
    public Builder eventApiBaseUrl(@Nullable URI value) {
      this.eventApiBaseUrl = value;
      return this;
    }

    /** The externally reachable origin of the serve endpoint, for proxies and containers. */
    public Builder serveOrigin(@Nullable URI value) {
      this.serveOrigin = value;
      return this;
    }

    /** The externally reachable path of the serve endpoint. */
    public Builder servePath(@Nullable String value) {
      if (value != null && !value.startsWith("/")) {
        throw new IllegalArgumentException("servePath must start with '/'");
      }
      this.servePath = value;
      return this;
    }

    /** Whether signed in-band sync requests are answered with the config. */
    public Builder allowInBandSync(boolean value) {
      this.allowInBandSync = value;
      return this;
    }

    /**
     * Whether an unsigned out-of-band sync {@code PUT} is performed in cloud mode (default false).
     * Turn it on only to sync with a plain {@code curl -X PUT}; the registered URL still comes from
     * the configured serve origin and path, so the request cannot redirect runs.
     */
    public Builder allowUnauthenticatedSync(boolean value) {
      this.allowUnauthenticatedSync = value;
      return this;
    }

    /** The framework name reported to Inngest, for example {@code springboot}. */
    public Builder framework(String value) {
      Objects.requireNonNull(value, "framework must not be null");
      if (value.isBlank()) {
        throw new IllegalArgumentException("framework must not be blank");
      }
      this.framework = value;
      return this;
    }

    /** The config; call {@link InngestConfig#validate()} before serving. */
    public InngestConfig build() {
      return new InngestConfig(this);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
      return value == null || value.isBlank() ? null : value.trim();
    }
  }
}
