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
package io.github.handymanworkflows.mail;

import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What every email needs to know about the marketplace: sender, brand, support address, where the
 * frontend lives and the route of each page an email links to, and the zone times are shown in.
 *
 * @param from the sender of every email
 * @param replyTo where replies go, or {@code null} for the sender
 * @param brandName the marketplace's name, shown in subjects and footers
 * @param supportEmail the address users are told to write to
 * @param frontendBaseUrl the frontend's base URL, {@code http} or {@code https}, no query
 * @param routes a path template per route; every route is present
 * @param zone the zone times are shown in (unlock times, report periods)
 */
public record MailSettings(
    Address from,
    @Nullable Address replyTo,
    String brandName,
    String supportEmail,
    URI frontendBaseUrl,
    Map<LinkRoute, String> routes,
    ZoneId zone) {

  private static final String DEFAULT_FROM = "no-reply@handyman.example";
  private static final String DEFAULT_BRAND = "Handyman";
  private static final String DEFAULT_SUPPORT = "support@handyman.example";
  private static final String DEFAULT_FRONTEND = "http://localhost:3000";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

  /** Validates every field and fills routes the caller left out with their defaults. */
  public MailSettings {
    Objects.requireNonNull(from, "from must not be null");
    requireText(brandName, "brandName");
    requireText(supportEmail, "supportEmail");
    Address.validate(supportEmail, null, "supportEmail");
    frontendBaseUrl = baseUrl(frontendBaseUrl);
    Objects.requireNonNull(zone, "zone must not be null");
    routes = routes(routes);
  }

  /**
   * A builder that starts from the {@linkplain #defaults() defaults}; set the sender, brand,
   * support address and frontend URL of your marketplace before sending real mail.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Settings for local runs: sender {@code Handyman <no-reply@handyman.example>}, brand {@code
   * Handyman}, support {@code support@handyman.example}, frontend {@code http://localhost:3000},
   * the default routes, UTC. The {@code .example} domain never receives mail.
   */
  public static MailSettings defaults() {
    return builder().build();
  }

  /**
   * The {@linkplain #defaults() defaults}, for a dependency-injection container when the host binds
   * no settings of its own.
   */
  @Inject
  public MailSettings() {
    this(
        Address.of(DEFAULT_FROM, DEFAULT_BRAND),
        null,
        DEFAULT_BRAND,
        DEFAULT_SUPPORT,
        URI.create(DEFAULT_FRONTEND),
        Map.of(),
        ZoneId.of("UTC"));
  }

  /** Where replies go, if not to the sender. */
  public Optional<Address> replyToAddress() {
    return Optional.ofNullable(replyTo);
  }

  /** The absolute URL of a route without placeholders. */
  public String link(LinkRoute route) {
    return link(route, Map.of());
  }

  /**
   * The absolute URL of a route, each {@code {name}} replaced by the URL-encoded parameter.
   *
   * @throws IllegalArgumentException naming the route and parameter when one is missing or unused
   */
  public String link(LinkRoute route, Map<String, String> params) {
    Objects.requireNonNull(route, "route must not be null");
    Objects.requireNonNull(params, "params must not be null");
    String path = routes.get(route);
    Set<String> unused = new LinkedHashSet<>(params.keySet());
    Matcher m = PLACEHOLDER.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = params.get(name);
      if (value == null) {
        throw new IllegalArgumentException("link " + route + " needs parameter '" + name + "'");
      }
      unused.remove(name);
      m.appendReplacement(out, Matcher.quoteReplacement(encode(value)));
    }
    m.appendTail(out);
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException("link " + route + " has no parameter " + unused);
    }
    return frontendBaseUrl + out.toString();
  }

  /**
   * Percent-encodes everything but RFC 3986 unreserved characters, which is safe in a path segment
   * and in a query value alike.
   */
  static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static void requireText(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(field + " must not contain control characters");
    }
  }

  private static URI baseUrl(@Nullable URI url) {
    Objects.requireNonNull(url, "frontendBaseUrl must not be null");
    String scheme = url.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("frontendBaseUrl must be an http or https URL");
    }
    if (url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "frontendBaseUrl must have a host and no query or fragment");
    }
    String text = url.toString();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  private static Map<LinkRoute, String> routes(@Nullable Map<LinkRoute, String> given) {
    Map<LinkRoute, String> all = new EnumMap<>(LinkRoute.class);
    for (LinkRoute route : LinkRoute.values()) {
      all.put(route, route.defaultPath());
    }
    if (given != null) {
      all.putAll(given);
    }
    for (Map.Entry<LinkRoute, String> e : all.entrySet()) {
      String path = e.getValue();
      if (path == null || !path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ')) {
        throw new IllegalArgumentException(
            "route " + e.getKey() + " must start with '/' and contain no spaces");
      }
    }
    return Collections.unmodifiableMap(all);
  }

  /** Builds {@link MailSettings}. */
  public static final class Builder {
    private @Nullable Address from = Address.of(DEFAULT_FROM, DEFAULT_BRAND);
    private @Nullable Address replyTo;
    private @Nullable String brandName = DEFAULT_BRAND;
    private @Nullable String supportEmail = DEFAULT_SUPPORT;
    private @Nullable URI frontendBaseUrl = URI.create(DEFAULT_FRONTEND);
    private final Map<LinkRoute, String> routes = new EnumMap<>(LinkRoute.class);
    private ZoneId zone = ZoneId.of("UTC");

    private Builder() {}

    /** The sender, for example {@code Address.of("noreply@example.com", "Handyman")}. */
    public Builder from(Address value) {
      this.from = value;
      return this;
    }

    /** Where replies go; unset for the sender. */
    public Builder replyTo(@Nullable Address value) {
      this.replyTo = value;
      return this;
    }

    /** The marketplace's name. */
    public Builder brandName(String value) {
      this.brandName = value;
      return this;
    }

    /** The support address shown in emails. */
    public Builder supportEmail(String value) {
      this.supportEmail = value;
      return this;
    }

    /** The frontend's base URL. */
    public Builder frontendBaseUrl(String value) {
      this.frontendBaseUrl = URI.create(Objects.requireNonNull(value, "frontendBaseUrl"));
      return this;
    }

    /** The frontend's base URL. */
    public Builder frontendBaseUrl(URI value) {
      this.frontendBaseUrl = value;
      return this;
    }

    /** Sets the path template of a route, for example {@code "/auth/reset?t={token}"}. */
    public Builder route(LinkRoute route, String pathTemplate) {
      this.routes.put(Objects.requireNonNull(route, "route"), pathTemplate);
      return this;
    }

    /** The zone times are shown in; UTC unless set. */
    public Builder zone(ZoneId value) {
      this.zone = value;
      return this;
    }

    /** Validates and builds the settings. */
    public MailSettings build() {
      return new MailSettings(
          Objects.requireNonNull(from, "from must not be null"),
          replyTo,
          Objects.requireNonNull(brandName, "brandName must not be null"),
          Objects.requireNonNull(supportEmail, "supportEmail must not be null"),
          Objects.requireNonNull(frontendBaseUrl, "frontendBaseUrl must not be null"),
          routes,
          zone);
    }
  }
}
