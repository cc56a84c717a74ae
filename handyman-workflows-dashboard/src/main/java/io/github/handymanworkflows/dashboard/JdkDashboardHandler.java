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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Mounts a {@link Dashboard} on the JDK's {@code com.sun.net.httpserver.HttpServer}, for hosts
 * without a web framework. The JDK server has no login of its own: put an {@code Authenticator} on
 * the context (its principal is the audit log's actor) or bind the server to loopback.
 *
 * <pre>{@code
 * HttpContext context = server.createContext("/dashboard", new JdkDashboardHandler(dashboard, "/dashboard"));
 * context.setAuthenticator(new BasicAuthenticator("dashboard") { ... });
 * }</pre>
 */
public final class JdkDashboardHandler implements HttpHandler {

  /** The largest form body read; the dashboard's forms are a few hundred bytes. */
  public static final int MAX_FORM_BYTES = 16 * 1024;

  private final Dashboard dashboard;
  private final String basePath;

  /**
   * A handler for a context created at {@code basePath}.
   *
   * @param basePath the context's path, e.g. {@code /dashboard}
   */
  public JdkDashboardHandler(Dashboard dashboard, String basePath) {
    this.dashboard = Objects.requireNonNull(dashboard, "dashboard must not be null");
    Objects.requireNonNull(basePath, "basePath must not be null");
    this.basePath =
        basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      // Raw, as sent: the dashboard decodes it, so this adapter and the Spring one agree.
      String path = DashboardRequest.pathBelow(exchange.getRequestURI().getRawPath(), basePath);
      if (path == null) {
        // "/dashboardx" shares the context's prefix but is not below it; the JDK matched the
        // context on the decoded path, so "/d%61shboard" lands here too.
        send(exchange, 404, Map.of(), new byte[0]);
        return;
      }
      Map<String, String> form = Map.of();
      if ("POST".equalsIgnoreCase(exchange.getRequestMethod())) {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
          body = in.readNBytes(MAX_FORM_BYTES + 1);
        }
        if (body.length > MAX_FORM_BYTES) {
          send(
              exchange,
              413,
              Map.of("Content-Type", "text/plain; charset=utf-8"),
              "Form too large.".getBytes(StandardCharsets.UTF_8));
          return;
        }
        form = DashboardRequest.parseUrlEncoded(new String(body, StandardCharsets.UTF_8));
      }
      String actor =
          exchange.getPrincipal() == null ? "anonymous" : exchange.getPrincipal().getUsername();
      DashboardResponse response =
          dashboard.handle(
              new DashboardRequest(
                  exchange.getRequestMethod(),
                  basePath,
                  path,
                  DashboardRequest.parseUrlEncoded(exchange.getRequestURI().getRawQuery()),
                  form,
                  DashboardRequest.parseCookies(exchange.getRequestHeaders().getFirst("Cookie")),
                  exchange.getRequestHeaders().getFirst("Origin"),
                  exchange.getRequestHeaders().getFirst("Host"),
                  exchange instanceof HttpsExchange,
                  actor));
      boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
      send(exchange, response.status(), response.headers(), head ? new byte[0] : response.body());
    }
  }

  private static void send(
      HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
      throws IOException {
    headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }
}
