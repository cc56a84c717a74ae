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
package io.github.handymanworkflows.inngest.conformance;

import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.inngest.InngestApp;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.JdkHttpServerAdapter;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Our Java serve endpoint on a free loopback port: {@link InngestApp} mounted with {@link
 * JdkHttpServerAdapter} at {@code /api/inngest}, configured from the same {@code INNGEST_*}
 * variables the JS reference server is started with.
 */
public final class JavaServeServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final InngestApp app;

  private JavaServeServer(HttpServer server, ExecutorService executor, InngestApp app) {
    this.server = server;
    this.executor = executor;
    this.app = app;
  }

  /**
   * Starts the endpoint.
   *
   * @param env the {@code INNGEST_*} variables, read with {@link InngestConfig#fromEnvironment}
   * @param functions the functions to serve
   */
  public static JavaServeServer start(Map<String, String> env, List<WorkflowFunction> functions) {
    ExecutorService executor = Executors.newFixedThreadPool(4);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException("could not start the Java serve endpoint", e);
    }
    // We never take the registered URL from the request (the JS SDK does, from Host): the serve
    // origin is configured, here to the address the JS SDK derives, so register bodies compare.
    Map<String, String> withOrigin = new LinkedHashMap<>(env);
    withOrigin.putIfAbsent(
        "INNGEST_SERVE_ORIGIN", "http://127.0.0.1:" + server.getAddress().getPort());
    withOrigin.putIfAbsent("INNGEST_SERVE_PATH", JsReferenceServer.SERVE_PATH);
    InngestApp app =
        InngestApp.builder(InngestConfig.fromEnvironment(withOrigin)).functions(functions).build();
    JdkHttpServerAdapter.mount(server, JsReferenceServer.SERVE_PATH, app.handler());
    server.setExecutor(executor);
    server.start();
    return new JavaServeServer(server, executor, app);
  }

  /** The port the endpoint listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:<port>/api/inngest}. */
  public URI serveUri() {
    return URI.create("http://127.0.0.1:" + port() + JsReferenceServer.SERVE_PATH);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    app.close();
  }
}
