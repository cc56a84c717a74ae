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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code src/test/node/reference-server.mjs} (the official JS SDK serving the conformance app)
 * as a child process on a free loopback port.
 *
 * <p>Needs {@code node} on the PATH and {@code npm ci} run once in {@code src/test/node}.
 */
public final class JsReferenceServer implements AutoCloseable {

  /** Path of the reference app on the server. */
  public static final String SERVE_PATH = "/api/inngest";

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);
  private static final int MAX_CAPTURED_CHARS = 64 * 1024;
  private static final java.util.Set<String> SDK_PLATFORM_VARIABLES =
      java.util.Set.of(
          "BRANCH",
          "BRANCH_NAME",
          "CF_PAGES",
          "CF_PAGES_BRANCH",
          "CONTEXT",
          "ENVIRONMENT",
          "NETLIFY",
          "NODE_ENV",
          "RAILWAY_ENVIRONMENT",
          "RAILWAY_GIT_BRANCH",
          "RENDER",
          "RENDER_GIT_BRANCH",
          "VERCEL",
          "VERCEL_ENV",
          "VERCEL_GIT_COMMIT_REF");

  private final Process process;
  private final int port;
  private final StringBuffer output;

  private JsReferenceServer(Process process, int port, StringBuffer output) {
    this.process = process;
    this.port = port;
    this.output = output;
  }

  /**
   * The folder holding package.json and reference-server.mjs, resolved from the module directory.
   */
  public static Path nodeDirectory() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("src/test/node");
  }

  /** Whether a {@code node} executable answers {@code node --version}. */
  public static boolean nodeAvailable() {
    try {
      Process probe = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Starts the reference server with {@code env} added to the inherited environment ({@code PORT}
   * is chosen here) and waits up to 20 s for its {@code LISTENING <port>} line.
   *
   * @throws IllegalStateException if node_modules is missing, or the process exits or stays silent;
   *     the message carries the process output
   */
  public static JsReferenceServer start(Map<String, String> env) {
    Path dir = nodeDirectory();
    if (!Files.isDirectory(dir.resolve("node_modules/inngest"))) {
      throw new IllegalStateException(
          "The JS reference SDK is not installed: run `npm ci` in "
              + dir
              + " (needs network access once)");
    }
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder("node", "reference-server.mjs").directory(dir.toFile());
    // Start from a clean slate: the SDK also reads INNGEST_* and platform branch variables from the
    // environment,
    // and a developer's shell must not change what gets recorded.
    builder.environment().keySet().removeIf(JsReferenceServer::isSdkVariable);
    builder.environment().putAll(env);
    builder.environment().put("PORT", Integer.toString(port));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start node in " + dir, e);
    }
    StringBuffer output = new StringBuffer();
    CompletableFuture<Void> listening = new CompletableFuture<>();
    pump(process.getInputStream(), "out", output, listening, port);
    pump(process.getErrorStream(), "err", output, null, port);
    JsReferenceServer server = new JsReferenceServer(process, port, output);
    try {
      CompletableFuture.anyOf(listening, process.onExit())
          .get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      server.close();
      throw new IllegalStateException(
          "JS reference server did not report LISTENING within " + STARTUP_TIMEOUT + ":\n" + output,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
      throw new IllegalStateException("interrupted while starting the JS reference server", e);
    }
    if (!listening.isDone()) {
      server.close();
      throw new IllegalStateException(
          "JS reference server exited with code " + process.exitValue() + ":\n" + output);
    }
    return server;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** {@code http://127.0.0.1:<port>/api/inngest}. */
  public URI serveUri() {
    return baseUri().resolve(SERVE_PATH);
  }

  /** The port the server listens on. */
  public int port() {
    return port;
  }

  /**
   * Captured stdout and stderr so far (prefixed {@code out|}/{@code err|}; truncated at 64 KiB).
   */
  public String output() {
    return output.toString();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static void pump(
      InputStream stream,
      String label,
      StringBuffer output,
      @Nullable CompletableFuture<Void> listening,
      int port) {
    String readyLine = "LISTENING " + port;
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  if (output.length() < MAX_CAPTURED_CHARS) {
                    output.append(label).append('|').append(line).append('\n');
                  }
                  if (listening != null && line.trim().equals(readyLine)) {
                    listening.complete(null);
                  }
                }
              } catch (IOException e) {
                // The process went away; whatever was captured stays available for error messages.
              }
            },
            "js-reference-" + label);
    thread.setDaemon(true);
    thread.start();
  }

  private static boolean isSdkVariable(String name) {
    return name.startsWith("INNGEST_") || SDK_PLATFORM_VARIABLES.contains(name);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  @Override
  public String toString() {
    return "JsReferenceServer[" + serveUri() + "]";
  }
}
