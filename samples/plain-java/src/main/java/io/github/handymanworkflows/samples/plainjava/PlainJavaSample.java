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
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.inngest.InngestApp;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.JdkHttpServerAdapter;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves every marketplace workflow to Inngest at {@code /api/inngest} from the JDK's {@link
 * HttpServer}, with no framework.
 *
 * <p>Configuration is the standard {@code INNGEST_*} environment ({@link
 * InngestConfig#fromEnvironment}), {@code PORT} (default 3007; 0 picks a free port) and the mail
 * variables of {@link SampleDependencies}. Against the local Dev Server:
 *
 * <pre>
 * ./mvnw -q -pl samples/plain-java -am package -DskipTests
 * INNGEST_DEV=1 java -cp 'samples/plain-java/target/classes:samples/plain-java/target/lib/*' \
 *     io.github.handymanworkflows.samples.plainjava.PlainJavaSample
 * npx inngest-cli dev -u http://localhost:3007/api/inngest
 * </pre>
 */
public final class PlainJavaSample implements AutoCloseable {

  /** The path the workflows are served at. */
  public static final String SERVE_PATH = "/api/inngest";

  /** The port used when {@code PORT} is not set. */
  public static final int DEFAULT_PORT = 3007;

  private static final Logger LOGGER = LoggerFactory.getLogger(PlainJavaSample.class);

  private final HttpServer server;
  private final ExecutorService executor;
  private final InngestApp app;
  private final List<WorkflowFunction> functions;

  private PlainJavaSample(
      HttpServer server,
      ExecutorService executor,
      InngestApp app,
      List<WorkflowFunction> functions) {
    this.server = server;
    this.executor = executor;
    this.app = app;
    this.functions = functions;
  }

  /**
   * Builds the workflows and starts serving them.
   *
   * @param env the environment, usually {@code System.getenv()}
   * @throws IllegalArgumentException naming the variable whose value is malformed
   * @throws IllegalStateException when the Inngest configuration cannot serve (cloud mode without a
   *     signing key)
   * @throws IOException when the port cannot be bound
   */
  public static PlainJavaSample start(Map<String, String> env) throws IOException {
    InngestConfig config = InngestConfig.fromEnvironment(env, InngestConfig.DEFAULT_APP_ID);
    int port = port(env);
    Clock clock = Clock.systemUTC();
    WorkflowDependencies deps = SampleDependencies.fromEnvironment(env, clock);
    List<WorkflowFunction> functions = HandymanWorkflows.all(deps);
    InngestApp app =
        InngestApp.builder(config)
            .codec(new EventCodec(HandymanWorkflows.registry()))
            .functions(functions)
            .clock(clock)
            .build();
    ExecutorService executor = Executors.newFixedThreadPool(8);
    try {
      // createServer: TCP_NODELAY and a request read timeout; our own pool, shut down on close.
      HttpServer server = JdkHttpServerAdapter.createServer(new InetSocketAddress(port));
      server.setExecutor(executor);
      JdkHttpServerAdapter.mount(server, SERVE_PATH, app.handler());
      server.start();
      PlainJavaSample sample = new PlainJavaSample(server, executor, app, functions);
      LOGGER.info(
          "serving {} workflows of app '{}' ({} mode) at {}",
          functions.size(),
          config.appId(),
          config.mode().wireName(),
          sample.serveUri());
      return sample;
    } catch (IOException | RuntimeException e) {
      executor.shutdownNow();
      app.close();
      throw e;
    }
  }

  private static int port(Map<String, String> env) {
    String value = env.get("PORT");
    if (value == null || value.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("PORT must be 0 to 65535");
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PORT must be a number", e);
    }
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://localhost:<port>/api/inngest}. */
  public URI serveUri() {
    return URI.create("http://localhost:" + port() + SERVE_PATH);
  }

  /** The workflow functions served (failure handlers are added by the serve handler). */
  public List<WorkflowFunction> functions() {
    return functions;
  }

  /** The Inngest app: its handler and event publisher. */
  public InngestApp app() {
    return app;
  }

  /** Stops serving and flushes queued events. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
    app.close();
  }

  /** Serves until the process is stopped. */
  public static void main(String[] args) throws IOException, InterruptedException {
    PlainJavaSample sample = start(System.getenv());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sample.close();
                  stopped.countDown();
                },
                "plain-java-sample-shutdown"));
    stopped.await();
  }
}
