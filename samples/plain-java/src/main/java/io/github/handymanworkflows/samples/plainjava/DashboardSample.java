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
package io.github.handymanworkflows.samples.plainjava;

import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.dashboard.Dashboard;
import io.github.handymanworkflows.dashboard.JdkDashboardHandler;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.ZoneId;

/**
 * Mounts the run dashboard on the JDK HTTP server, bound to loopback: the JDK server has no login,
 * so anything wider needs an {@code Authenticator} on the context first.
 */
public final class DashboardSample {

  /** Where the dashboard is mounted. */
  public static final String PATH = "/dashboard";

  private DashboardSample() {}

  /**
   * Serves the dashboard of an engine at {@code http://127.0.0.1:<port>/dashboard}.
   *
   * @param port the port, or 0 for any free one
   * @return the started server; stop it with {@code stop(0)}
   */
  public static HttpServer serve(EmbeddedEngine engine, ZoneId zone, int port) throws IOException {
    Dashboard dashboard = Dashboard.builder(engine).zone(zone).build();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(PATH, new JdkDashboardHandler(dashboard, PATH));
    server.start();
    return server;
  }
}
