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
package io.github.handymanworkflows.dashboard;

import io.github.handymanworkflows.dashboard.internal.Csrf;
import io.github.handymanworkflows.dashboard.internal.FunctionsView;
import io.github.handymanworkflows.dashboard.internal.Page;
import io.github.handymanworkflows.dashboard.internal.PathSegments;
import io.github.handymanworkflows.dashboard.internal.RunView;
import io.github.handymanworkflows.dashboard.internal.RunsView;
import io.github.handymanworkflows.dashboard.internal.ViewContext;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.OperationRequest;
import io.github.handymanworkflows.engine.OperationResult;
import io.github.handymanworkflows.engine.store.RunQuery;
import io.github.handymanworkflows.engine.store.StoredRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run dashboard of an {@link EmbeddedEngine}: the runs list, one run, the functions, and the
 * operator actions retry, cancel and replay. It renders HTML on the server (no build toolchain, no
 * CDN); its stylesheet and small script come from this jar.
 *
 * <p>It does not authenticate anyone: mount it behind the host's security (the Spring starter
 * serves it as a normal MVC endpoint that the host's filter chain protects). It protects its own
 * actions against cross-site requests with a double-submit CSRF token, sends a strict
 * Content-Security-Policy (no inline script or style, nothing from another origin), and can be
 * read-only. Everything it shows is escaped; trigger events are masked as in the logs.
 *
 * <pre>{@code
 * Dashboard dashboard = Dashboard.builder(engine).zone(ZoneId.of("Africa/Lagos")).build();
 * server.createContext("/dashboard", new JdkDashboardHandler(dashboard, "/dashboard"));
 * }</pre>
 */
public final class Dashboard {

  /** The Content-Security-Policy sent with every answer. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private static final Logger LOGGER = LoggerFactory.getLogger(Dashboard.class);
  private static final int MAX_RUN_ID = 200;
  private static final Set<String> OPERATIONS = Set.of("retry", "cancel", "replay");
  // Read once: the jar's assets never change, and every page load asks for them.
  private static final Map<String, byte[]> ASSETS = loadAssets("dashboard.css", "dashboard.js");

  private final EmbeddedEngine engine;
  private final ZoneId zone;
  private final boolean readOnly;
  private final int pageSize;

  private Dashboard(Builder b) {
    this.engine = b.engine;
    this.zone = b.zone;
    this.readOnly = b.readOnly;
    this.pageSize = b.pageSize;
  }

  /** Starts building a dashboard over an engine. */
  public static Builder builder(EmbeddedEngine engine) {
    return new Builder(engine);
  }

  /** Whether actions are off. */
  public boolean readOnly() {
    return readOnly;
  }

  /**
   * Answers one request; never throws for bad input (it answers 4xx instead). The request's path is
   * raw, as sent: the dashboard splits it into segments and decodes each once (see {@link
   * DashboardRequest#path()}).
   */
  public DashboardResponse handle(DashboardRequest request) {
    String method = request.method().toUpperCase(Locale.ROOT);
    List<String> path;
    try {
      path = PathSegments.decode(request.path());
    } catch (PathSegments.MalformedPathException e) {
      return plain(400, "Bad request: " + e.getMessage() + ".");
    }
    if (path.size() == 2 && path.get(0).equals("assets")) {
      return method.equals("GET") || method.equals("HEAD") ? asset(path.get(1)) : notAllowed();
    }
    if (method.equals("POST")) {
      return path.size() == 3 && isRunId(path) && OPERATIONS.contains(path.get(2))
          ? action(request, path.get(1), path.get(2))
          : plain(404, "Not found.");
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return notAllowed();
    }
    String cookie = request.cookies().get(Csrf.COOKIE);
    boolean fresh = !Csrf.wellFormed(cookie);
    String token = fresh ? Csrf.newToken() : Objects.requireNonNull(cookie);
    ViewContext context =
        new ViewContext(
            engine, zone, request.basePath(), readOnly, token, engine.clock().instant());
    DashboardResponse page;
    if (path.isEmpty()) {
      page = html(200, RunsView.render(context, request.query(), pageSize));
    } else if (path.equals(List.of("functions"))) {
      page = html(200, FunctionsView.render(context));
    } else if (path.size() == 2 && isRunId(path)) {
      String runId = path.get(1);
      Optional<StoredRun> found = engine.storedRun(runId);
      page =
          found
              .map(r -> html(200, RunView.render(context, r, notice(request.query()))))
              .orElseGet(
                  () ->
                      html(
                          404,
                          Page.render(
                              request.basePath(),
                              "Not found",
                              "runs",
                              readOnly,
                              "No run has the id " + runId + " (ended runs may have been dropped).",
                              "")));
    } else {
      return plain(404, "Not found.");
    }
    if (!fresh) {
      return page;
    }
    Map<String, String> headers = new LinkedHashMap<>(page.headers());
    headers.put("Set-Cookie", Csrf.cookie(token, cookiePath(request), request.secure()));
    return new DashboardResponse(page.status(), headers, page.body());
  }

  /** Whether the segments are {@code runs/<id>...} with a plausible id (decoded). */
  private static boolean isRunId(List<String> path) {
    String id = path.get(1);
    return path.get(0).equals("runs") && !id.isEmpty() && id.length() <= MAX_RUN_ID;
  }

  private static String cookiePath(DashboardRequest request) {
    return request.basePath().isEmpty() ? "/" : request.basePath();
  }

  private DashboardResponse action(DashboardRequest request, String runId, String operation) {
    if (readOnly) {
      return plain(403, "The dashboard is read-only: actions are off.");
    }
    if (!Csrf.matches(request.cookies().get(Csrf.COOKIE), request.form().get(Csrf.FIELD))) {
      LOGGER.warn("dashboard refused a {} request without a valid CSRF token", operation);
      return plain(403, "Refused: the request lacks this dashboard's CSRF token. Reload the page.");
    }
    if (!sameOrigin(request)) {
      LOGGER.warn("dashboard refused a {} request from another origin", operation);
      return plain(403, "Refused: the request came from another origin.");
    }
    OperationRequest op;
    try {
      op =
          new OperationRequest(
              runId, request.form().getOrDefault("requestId", ""), request.actor());
    } catch (IllegalArgumentException e) {
      return plain(400, "Bad request: " + e.getMessage());
    }
    OperationResult result =
        switch (operation) {
          case "retry" -> engine.retry(op);
          case "cancel" -> engine.cancel(op);
          default -> engine.replay(op);
        };
    String location =
        request.basePath()
            + "/runs/"
            + PathSegments.encode(runId)
            + "?op="
            + operation
            + "&outcome="
            + result.outcome().name().toLowerCase(Locale.ROOT);
    Map<String, String> headers = securityHeaders("text/plain; charset=utf-8");
    headers.put("Location", location);
    return new DashboardResponse(303, headers, new byte[0]);
  }

  private static boolean sameOrigin(DashboardRequest request) {
    // Browsers send Origin with every POST; when they do, it must name this host.
    if (request.origin() == null || request.host() == null) {
      return true;
    }
    try {
      String authority = URI.create(request.origin()).getAuthority();
      return request.host().equalsIgnoreCase(authority);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static @Nullable String notice(Map<String, String> query) {
    String op = query.get("op");
    String outcome = query.get("outcome");
    if (op == null || outcome == null) {
      return null;
    }
    String what =
        switch (op) {
          case "retry" -> "Retry";
          case "cancel" -> "Cancel";
          case "replay" -> "Replay";
          default -> null;
        };
    String result =
        switch (outcome) {
          case "applied" -> "done.";
          case "repeated" -> "this request was already handled; nothing was done again.";
          case "refused" -> "refused: the run is not in a state this action applies to.";
          case "not_found" -> "no such run.";
          default -> null;
        };
    return what == null || result == null ? null : what + ": " + result;
  }

  private DashboardResponse asset(String name) {
    byte[] body = ASSETS.get(name);
    if (body == null) {
      return plain(404, "Not found.");
    }
    Map<String, String> headers =
        securityHeaders(
            name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
    headers.put("Cache-Control", "private, max-age=300");
    // A copy: the response hands its array to the caller.
    return new DashboardResponse(200, headers, body.clone());
  }

  private static Map<String, byte[]> loadAssets(String... names) {
    Map<String, byte[]> assets = new HashMap<>();
    for (String name : names) {
      try (InputStream in = Dashboard.class.getResourceAsStream("assets/" + name)) {
        if (in != null) {
          assets.put(name, in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Map.copyOf(assets);
  }

  private static DashboardResponse html(int status, String body) {
    return new DashboardResponse(
        status, securityHeaders("text/html; charset=utf-8"), body.getBytes(StandardCharsets.UTF_8));
  }

  private static DashboardResponse plain(int status, String text) {
    return new DashboardResponse(
        status,
        securityHeaders("text/plain; charset=utf-8"),
        text.getBytes(StandardCharsets.UTF_8));
  }

  private static DashboardResponse notAllowed() {
    Map<String, String> headers = securityHeaders("text/plain; charset=utf-8");
    headers.put("Allow", "GET, HEAD, POST");
    return new DashboardResponse(
        405, headers, "Method not allowed.".getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> securityHeaders(String contentType) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts.
    headers.put("Referrer-Policy", "same-origin");
    headers.put("Cache-Control", "no-store");
    return headers;
  }

  /** Options of a {@link Dashboard}. */
  public static final class Builder {

    private final EmbeddedEngine engine;
    private ZoneId zone = ZoneId.of("UTC");
    private boolean readOnly;
    private int pageSize = 25;

    private Builder(EmbeddedEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine must not be null");
    }

    /** The business zone times are shown in (UTC by default). */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone must not be null");
      return this;
    }

    /** Whether to show runs only, with every action refused (false by default). */
    public Builder readOnly(boolean value) {
      this.readOnly = value;
      return this;
    }

    /** Runs per page of the list, 1 to {@value RunQuery#MAX_LIMIT} (25 by default). */
    public Builder pageSize(int value) {
      if (value < 1 || value > RunQuery.MAX_LIMIT) {
        throw new IllegalArgumentException(
            "pageSize must be between 1 and " + RunQuery.MAX_LIMIT + ", not " + value);
      }
      this.pageSize = value;
      return this;
    }

    /** The dashboard. */
    public Dashboard build() {
      return new Dashboard(this);
    }
  }
}
