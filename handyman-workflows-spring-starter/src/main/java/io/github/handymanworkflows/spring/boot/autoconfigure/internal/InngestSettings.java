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

import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsConfigurationException;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsProperties;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link InngestConfig} from the standard {@code INNGEST_*} variables, each overridden
 * by its {@code handyman.workflows.inngest.*} property. Variables are read through a lookup
 * (Spring's {@code Environment}), so system properties and test properties can supply them too.
 */
public final class InngestSettings {

  private static final String PREFIX = "handyman.workflows.inngest.";

  private InngestSettings() {}

  /**
   * The validated configuration.
   *
   * @param variables reads an environment variable by name
   * @throws HandymanWorkflowsConfigurationException naming the property and variable at fault, for
   *     example cloud mode without a signing key
   */
  public static InngestConfig config(
      HandymanWorkflowsProperties properties, Function<String, @Nullable String> variables) {
    HandymanWorkflowsProperties.Inngest p = properties.getInngest();
    InngestConfig.Builder b = InngestConfig.builder().framework("springboot");
    String appId = AppIds.resolve(properties, variables, true);
    try {
      b.appId(appId);
    } catch (IllegalArgumentException e) {
      throw invalid("handyman.workflows.app-id", "INNGEST_APP_ID", e.getMessage(), e);
    }
    String dev = first(p.getDev(), variables.apply("INNGEST_DEV"));
    if (dev != null) {
      String lower = dev.toLowerCase(Locale.ROOT);
      if (lower.equals("0") || lower.equals("false")) {
        b.cloud();
      } else if (lower.equals("1") || lower.equals("true")) {
        b.dev();
      } else {
        b.dev(url("dev", "INNGEST_DEV", dev));
      }
    }
    b.signingKey(first(p.getSigningKey(), variables.apply("INNGEST_SIGNING_KEY")));
    b.signingKeyFallback(
        first(p.getSigningKeyFallback(), variables.apply("INNGEST_SIGNING_KEY_FALLBACK")));
    b.eventKey(first(p.getEventKey(), variables.apply("INNGEST_EVENT_KEY")));
    b.env(first(p.getEnv(), variables.apply("INNGEST_ENV")));
    b.baseUrl(optionalUrl("base-url", "INNGEST_BASE_URL", p.getBaseUrl(), variables));
    b.apiBaseUrl(optionalUrl("api-base-url", "INNGEST_API_BASE_URL", p.getApiBaseUrl(), variables));
    b.eventApiBaseUrl(
        optionalUrl(
            "event-api-base-url", "INNGEST_EVENT_API_BASE_URL", p.getEventApiBaseUrl(), variables));
    b.serveOrigin(
        optionalUrl("serve-origin", "INNGEST_SERVE_ORIGIN", p.getServeOrigin(), variables));
    String servePath = first(p.getServePath(), variables.apply("INNGEST_SERVE_PATH"));
    if (servePath != null) {
      if (!servePath.startsWith("/")) {
        throw invalid(PREFIX + "serve-path", "INNGEST_SERVE_PATH", "must start with '/'", null);
      }
      b.servePath(servePath);
    } else {
      // The path the starter mounts the endpoint on; never the path of a request.
      b.servePath(properties.getServe().getPath());
    }
    Boolean inBand = p.getAllowInBandSync();
    String inBandVariable = variables.apply("INNGEST_ALLOW_IN_BAND_SYNC");
    if (inBand == null && inBandVariable != null && !inBandVariable.isBlank()) {
      String lower = inBandVariable.trim().toLowerCase(Locale.ROOT);
      if (!lower.matches("true|false|1|0")) {
        throw invalid(
            PREFIX + "allow-in-band-sync",
            "INNGEST_ALLOW_IN_BAND_SYNC",
            "must be true or false",
            null);
      }
      inBand = lower.equals("true") || lower.equals("1");
    }
    if (inBand != null) {
      b.allowInBandSync(inBand);
    }
    Boolean unauthedSync =
        bool(
            p.getAllowUnauthenticatedSync(),
            "allow-unauthenticated-sync",
            "INNGEST_ENABLE_UNAUTHED_SYNC",
            variables);
    if (unauthedSync != null) {
      b.allowUnauthenticatedSync(unauthedSync);
    }
    InngestConfig config = b.build();
    try {
      return config.validate();
    } catch (IllegalStateException e) {
      if (String.valueOf(e.getMessage()).contains("INNGEST_SERVE_ORIGIN")) {
        throw new HandymanWorkflowsConfigurationException(
            PREFIX + "serve-origin (INNGEST_SERVE_ORIGIN)",
            "Inngest cloud mode needs the public origin Inngest calls; the URL registered at sync"
                + " is never taken from a request's Host header",
            "Set INNGEST_SERVE_ORIGIN (or "
                + PREFIX
                + "serve-origin) to the app's public origin, for example https://app.example.com.",
            e);
      }
      boolean missing = config.signingKey().isEmpty() && !config.isDev();
      String problem =
          missing
              ? "Inngest cloud mode needs a signing key"
              : String.valueOf(e.getMessage()).replace("INNGEST_SIGNING_KEY", "the signing key");
      throw new HandymanWorkflowsConfigurationException(
          PREFIX + "signing-key (INNGEST_SIGNING_KEY)",
          problem,
          "Set INNGEST_SIGNING_KEY (or "
              + PREFIX
              + "signing-key) to the key from the Inngest dashboard, set INNGEST_DEV=1 to use"
              + " the local Dev Server, or set handyman.workflows.engine=embedded.",
          e);
    }
  }

  private static @Nullable Boolean bool(
      @Nullable Boolean property,
      String name,
      String variable,
      Function<String, @Nullable String> variables) {
    if (property != null) {
      return property;
    }
    String value = variables.apply(variable);
    if (value == null || value.isBlank()) {
      return null;
    }
    String lower = value.trim().toLowerCase(Locale.ROOT);
    if (!lower.matches("true|false|1|0")) {
      throw invalid(PREFIX + name, variable, "must be true or false", null);
    }
    return lower.equals("true") || lower.equals("1");
  }

  private static @Nullable String first(@Nullable String property, @Nullable String variable) {
    if (property != null && !property.isBlank()) {
      return property.trim();
    }
    return variable == null || variable.isBlank() ? null : variable.trim();
  }

  private static @Nullable URI optionalUrl(
      String property,
      String variable,
      @Nullable String value,
      Function<String, @Nullable String> variables) {
    String chosen = first(value, variables.apply(variable));
    return chosen == null ? null : url(property, variable, chosen);
  }

  private static URI url(String property, String variable, String value) {
    try {
      URI uri = new URI(value);
      if (uri.getHost() != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw invalid(
        PREFIX + property, variable, "must be an http or https URL such as http://host:8288", null);
  }

  private static HandymanWorkflowsConfigurationException invalid(
      String property, String variable, @Nullable String problem, @Nullable Throwable cause) {
    return new HandymanWorkflowsConfigurationException(
        property + " (" + variable + ")",
        String.valueOf(problem),
        "Correct " + property + " or the " + variable + " environment variable.",
        cause);
  }
}
