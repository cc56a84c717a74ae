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
package io.github.handymanworkflows.spring.boot.autoconfigure.dashboard;

import io.github.handymanworkflows.dashboard.Dashboard;
import io.github.handymanworkflows.dashboard.DashboardRequest;
import io.github.handymanworkflows.dashboard.DashboardResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Mounts a {@link Dashboard} on Spring MVC as a normal handler: every request passes the host's
 * filter chain (Spring Security included) before it reaches the dashboard.
 */
public final class MvcDashboardRoutes {

  private MvcDashboardRoutes() {}

  /** Routes {@code path} and everything below it to the dashboard. */
  public static RouterFunction<ServerResponse> route(String path, Dashboard dashboard) {
    String base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return RouterFunctions.route(
        RequestPredicates.path(base).or(RequestPredicates.path(base + "/**")),
        request -> serve(request, base, dashboard));
  }

  private static ServerResponse serve(ServerRequest request, String base, Dashboard dashboard) {
    HttpServletRequest servlet = request.servletRequest();
    String mount = servlet.getContextPath() + base;
    // getRequestURI is raw (not decoded, not normalized): the dashboard decodes it, so this
    // adapter and the JDK one agree. Spring matched the route on decoded segments, so a path
    // like "/handyman/d%61shboard" may reach here without being below the mount as sent.
    String below = DashboardRequest.pathBelow(servlet.getRequestURI(), mount);
    if (below == null) {
      return ServerResponse.notFound().build();
    }
    Map<String, String> form = new LinkedHashMap<>();
    if ("POST".equalsIgnoreCase(servlet.getMethod())) {
      // The servlet container parsed the URL-encoded body into the parameters already.
      servlet
          .getParameterMap()
          .forEach(
              (name, values) -> {
                if (values.length > 0) {
                  form.put(name, values[0]);
                }
              });
    }
    Map<String, String> cookies = new LinkedHashMap<>();
    if (servlet.getCookies() != null) {
      for (Cookie cookie : servlet.getCookies()) {
        cookies.putIfAbsent(cookie.getName(), cookie.getValue());
      }
    }
    Principal principal = servlet.getUserPrincipal();
    DashboardResponse response =
        dashboard.handle(
            new DashboardRequest(
                servlet.getMethod(),
                mount,
                below,
                DashboardRequest.parseUrlEncoded(servlet.getQueryString()),
                form,
                cookies,
                servlet.getHeader("Origin"),
                servlet.getHeader("Host"),
                servlet.isSecure(),
                principal == null ? "anonymous" : principal.getName()));
    return ServerResponse.status(HttpStatusCode.valueOf(response.status()))
        .headers(h -> response.headers().forEach(h::set))
        .body(response.body());
  }
}
