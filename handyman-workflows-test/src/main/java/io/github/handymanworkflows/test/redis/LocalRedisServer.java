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
package io.github.handymanworkflows.test.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A {@code redis-server} process for tests, started from the PATH on a free port of 127.0.0.1 with
 * no persistence, in its own temporary directory. It can be stopped and started again on the same
 * port to simulate an outage. Close it to end the process.
 *
 * <pre>{@code
 * try (LocalRedisServer redis = LocalRedisServer.start()) {
 *   RedisClient.create(redis.uri());
 * }
 * }</pre>
 *
 * <p>When {@code redis-server} is not installed, {@link #start()} fails with a message naming the
 * Debian package to install ({@value #PACKAGE}).
 */
public final class LocalRedisServer implements AutoCloseable {

  /** The Debian package that provides {@code redis-server}. */
  public static final String PACKAGE = "redis-server";

  private static final Duration STARTUP = Duration.ofSeconds(30);

  private final Path executable;
  private final Path directory;
  private final List<String> extraArguments;
  private final @Nullable String password;
  private final @Nullable Path tlsCertificate;
  private final @Nullable Path tlsKey;
  private final boolean persistent;
  private int port;
  private @Nullable Process process;

  private LocalRedisServer(
      Path executable,
      Path directory,
      List<String> extraArguments,
      @Nullable String password,
      @Nullable Path tlsCertificate,
      @Nullable Path tlsKey,
      boolean persistent) {
    this.persistent = persistent;
    this.executable = executable;
    this.directory = directory;
    this.extraArguments = List.copyOf(extraArguments);
    this.password = password;
    this.tlsCertificate = tlsCertificate;
    this.tlsKey = tlsKey;
  }

  /** Starts a server without a password. */
  public static LocalRedisServer start() {
    return builder().start();
  }

  /** A builder for a server with a password or extra {@code redis-server} arguments. */
  public static Builder builder() {
    return new Builder();
  }

  /** The {@code redis-server} executable on the PATH, if there is one. */
  public static Optional<Path> findExecutable() {
    String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
    List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
    // Debian installs it in /usr/bin; /usr/sbin covers images whose PATH lacks the sbin dirs.
    dirs.add("/usr/bin");
    dirs.add("/usr/sbin");
    for (String dir : dirs) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "redis-server");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The port the server listens on (kept across {@link #stop()} and {@link #restart()}). */
  public int port() {
    return port;
  }

  /** The host: always the loopback address. */
  public String host() {
    return "127.0.0.1";
  }

  /**
   * A URI for this server: {@code rediss://} when it speaks TLS, else {@code redis://}, with the
   * password when one is set.
   */
  public String uri() {
    String scheme = tlsCertificate == null ? "redis://" : "rediss://";
    return password == null
        ? scheme + host() + ":" + port
        : scheme + ":" + password + "@" + host() + ":" + port;
  }

  /** Whether the process is running. */
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Stops the process (SIGTERM) and waits for it to exit; the port is kept for a restart. */
  public synchronized void stop() {
    Process running = process;
    process = null;
    if (running == null) {
      return;
    }
    running.destroy();
    try {
      if (!running.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
        running.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      running.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts the process again on the same port, with an empty data set, and waits until it answers.
   */
  public synchronized void restart() {
    stop();
    launch(port);
  }

  @Override
  public synchronized void close() {
    stop();
  }

  private synchronized void launchOnFreePort() {
    IllegalStateException last = null;
    // Another process may take the free port between our probe and redis-server binding it.
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        launch(freePort());
        return;
      } catch (IllegalStateException e) {
        last = e;
      }
    }
    throw Objects.requireNonNull(last);
  }

  private void launch(int onPort) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    boolean tls = tlsCertificate != null && tlsKey != null;
    command.addAll(
        List.of(
            "--port",
            tls ? "0" : String.valueOf(onPort),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            persistent ? "yes" : "no",
            "--daemonize",
            "no",
            "--dir",
            directory.toString()));
    if (persistent) {
      command.addAll(List.of("--appendfsync", "always"));
    }
    if (password != null) {
      command.addAll(List.of("--requirepass", password));
    }
    if (tls) {
      command.addAll(
          List.of(
              "--tls-port", String.valueOf(onPort),
              "--tls-cert-file", tlsCertificate.toString(),
              "--tls-key-file", tlsKey.toString(),
              "--tls-ca-cert-file", tlsCertificate.toString(),
              "--tls-auth-clients", "no"));
    }
    for (String argument : extraArguments) {
      command.add(argument.replace("{port}", String.valueOf(onPort)));
    }
    Path log = directory.resolve("redis-" + onPort + ".log");
    Process started;
    try {
      started =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + executable, e);
    }
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (true) {
      if (!started.isAlive()) {
        throw new IllegalStateException(
            "redis-server exited with "
                + started.exitValue()
                + " on port "
                + onPort
                + ":\n"
                + tail(log));
      }
      if (answersPing(onPort)) {
        port = onPort;
        process = started;
        return;
      }
      if (System.nanoTime() > deadline) {
        started.destroyForcibly();
        throw new IllegalStateException(
            "redis-server did not answer on port "
                + onPort
                + " within "
                + STARTUP
                + ":\n"
                + tail(log));
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        started.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting redis-server", e);
      }
    }
  }

  /**
   * Whether the server is up: a RESP PING is answered (a NOAUTH error also proves Redis is up; a
   * LOADING error does not), or, with TLS, the port accepts connections (Redis binds it only once
   * the certificates loaded).
   */
  private boolean answersPing(int onPort) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host(), onPort), 1000);
      if (tlsCertificate != null) {
        return true;
      }
      socket.setSoTimeout(1000);
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\r' && c != -1; c = in.read()) {
        line.append((char) c);
      }
      // A restarted persistent server answers -LOADING until its data set is back in memory.
      String reply = line.toString();
      return reply.startsWith("+") || (reply.startsWith("-") && !reply.startsWith("-LOADING"));
    } catch (IOException e) {
      return false;
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("could not find a free port", e);
    }
  }

  /** Options for a {@link LocalRedisServer}. */
  public static final class Builder {
    private final List<String> extraArguments = new ArrayList<>();
    private @Nullable String password;
    private @Nullable Path tlsCertificate;
    private @Nullable Path tlsKey;
    private boolean persistent;
    private @Nullable Path executable;

    private Builder() {}

    /** Runs this {@code redis-server} instead of the one on the PATH. */
    public Builder executable(Path executable) {
      this.executable = Objects.requireNonNull(executable, "executable must not be null");
      return this;
    }

    /**
     * Keeps the data across {@link LocalRedisServer#stop()} and {@link LocalRedisServer#restart()}
     * (an append-only file synced on every write), as a production Redis would.
     */
    public Builder persistent() {
      this.persistent = true;
      return this;
    }

    /**
     * Serves only TLS on the port, with this PEM certificate (also given as the CA, so a
     * self-signed one works) and key; clients are not asked for certificates.
     */
    public Builder tls(Path certificate, Path key) {
      this.tlsCertificate = Objects.requireNonNull(certificate, "certificate must not be null");
      this.tlsKey = Objects.requireNonNull(key, "key must not be null");
      return this;
    }

    /** Requires this password ({@code --requirepass}). */
    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password must not be null");
      return this;
    }

    /**
     * Adds {@code redis-server} arguments; {@code {port}} in an argument is replaced by the
     * server's port.
     */
    public Builder arguments(String... arguments) {
      extraArguments.addAll(List.of(arguments));
      return this;
    }

    /** Starts the server and waits until it answers. */
    public LocalRedisServer start() {
      Path chosen = executable != null ? executable : findExecutable().orElse(null);
      if (chosen == null || !Files.isExecutable(chosen)) {
        throw new IllegalStateException(
            "redis-server is not on the PATH. These tests start their own Redis:"
                + " install the Debian package '"
                + PACKAGE
                + "' (apt-get install "
                + PACKAGE
                + ").");
      }
      Path directory;
      try {
        directory = Files.createTempDirectory("handyman-redis-");
      } catch (IOException e) {
        throw new UncheckedIOException("could not create a directory for redis-server", e);
      }
      LocalRedisServer server =
          new LocalRedisServer(
              chosen, directory, extraArguments, password, tlsCertificate, tlsKey, persistent);
      server.launchOnFreePort();
      return server;
    }
  }
}
