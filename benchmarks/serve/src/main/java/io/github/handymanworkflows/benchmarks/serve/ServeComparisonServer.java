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
package io.github.handymanworkflows.benchmarks.serve;

import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.inngest.InngestApp;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.JdkHttpServerAdapter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the serve endpoint with the {@link BenchFunctions} on a free loopback port, prints {@code
 * LISTENING <port>} and runs until killed. Used by {@code benchmarks/compare-serve.sh}.
 *
 * <p>Arguments as {@code name=value}: {@code server} = {@code jdk} ({@link
 * JdkHttpServerAdapter#createServer}, no Spring), {@code mvc} (the starter on Spring MVC, Tomcat)
 * or {@code webflux} (the starter on WebFlux, Reactor Netty); {@code mode} = {@code dev} (default)
 * or {@code cloud}, which needs {@code key} = the signing key. Default settings otherwise.
 */
public final class ServeComparisonServer {

  private ServeComparisonServer() {}

  /** Starts the server; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("arguments are name=value, got '" + arg + "'");
      }
      options.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    String mode = options.getOrDefault("mode", "dev");
    if (!mode.equals("dev") && !mode.equals("cloud")) {
      throw new IllegalArgumentException("mode is dev or cloud, got '" + mode + "'");
    }
    String key = options.get("key");
    if (mode.equals("cloud") && key == null) {
      throw new IllegalArgumentException("mode=cloud needs key=<signing key>");
    }
    String server = options.getOrDefault("server", "jdk");
    int port =
        switch (server) {
          case "jdk" -> startJdk(mode, key);
          case "mvc" -> startSpring("servlet", mode, key);
          case "webflux" -> startSpring("reactive", mode, key);
          default ->
              throw new IllegalArgumentException(
                  "server is jdk, mvc or webflux, got '" + server + "'");
        };
    System.out.println("LISTENING " + port);
    System.out.flush();
    new CountDownLatch(1).await();
  }

  private static int startJdk(String mode, String key) throws Exception {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    HttpServer server = JdkHttpServerAdapter.createServer(address);
    int port = server.getAddress().getPort();
    InngestConfig.Builder config = InngestConfig.builder().appId(BenchFunctions.APP_ID);
    if (mode.equals("dev")) {
      config.dev();
    } else {
      URI loopback = URI.create("http://127.0.0.1:" + port);
      config.cloud().signingKey(key).serveOrigin(loopback).baseUrl(loopback);
    }
    InngestApp app = InngestApp.builder(config.build()).functions(BenchFunctions.all()).build();
    JdkHttpServerAdapter.mount(server, "/api/inngest", app.handler());
    server.start();
    return port;
  }

  private static int startSpring(String webType, String mode, String key) {
    List<String> properties = new ArrayList<>();
    properties.add("--spring.main.web-application-type=" + webType);
    properties.add("--server.address=127.0.0.1");
    properties.add("--server.port=0");
    properties.add("--handyman.workflows.engine=inngest");
    properties.add("--handyman.workflows.app-id=" + BenchFunctions.APP_ID);
    if (mode.equals("dev")) {
      properties.add("--handyman.workflows.inngest.dev=true");
    } else {
      properties.add("--handyman.workflows.inngest.dev=false");
      properties.add("--handyman.workflows.inngest.signing-key=" + key);
      properties.add("--handyman.workflows.inngest.serve-origin=http://127.0.0.1");
      properties.add("--handyman.workflows.inngest.base-url=http://127.0.0.1:9");
    }
    ConfigurableApplicationContext context =
        SpringApplication.run(SpringServeApplication.class, properties.toArray(String[]::new));
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
  }
}
