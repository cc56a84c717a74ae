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
package io.github.handymanworkflows.inngest;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves an {@link InngestServeHandler} from the JDK's built-in {@link HttpServer}.
 *
 * <pre>{@code
 * HttpServer server = JdkHttpServerAdapter.createServer(new InetSocketAddress(3000));
 * JdkHttpServerAdapter.mount(server, "/api/inngest", app.handler());
 * server.start();
 * }</pre>
 *
 * <p>The JDK server needs three things it does not do by default, and {@link #createServer} gives
 * them:
 *
 * <ul>
 *   <li><b>a thread pool</b>: without an executor it runs every request on its one dispatcher
 *       thread, so one slow request stops all others. {@link #mount} sets a pool of {@value
 *       #DEFAULT_THREADS} daemon threads on a server that has none (and refuses a started one);
 *   <li><b>a request read timeout</b>: without one, a client that sends headers and stalls holds a
 *       thread forever. The JDK reads it from the system property {@code
 *       sun.net.httpserver.maxReqTime} (seconds);
 *   <li><b>{@code TCP_NODELAY}</b>: the JDK writes a response's headers and body in two writes;
 *       without it, Nagle's algorithm and the client's delayed ACK add about 40 ms to every
 *       request. The JDK reads it from {@code sun.net.httpserver.nodelay}.
 * </ul>
 *
 * <p>The JDK reads those two properties <em>once per JVM</em>, when its first {@code HttpServer} is
 * created. {@link #createServer} sets them (unless already set) before creating its server, so they
 * take effect when it creates the JVM's first JDK server. If another JDK server was created earlier
 * in the JVM, pass {@code -Dsun.net.httpserver.nodelay=true -Dsun.net.httpserver.maxReqTime=30} on
 * the command line instead; {@link #mount} warns when they are not set.
 *
 * <p>Bodies larger than {@link InngestServeHandler#MAX_BODY_BYTES} get {@code 413}, after up to
 * {@value #MAX_DRAINED_BYTES} bytes of them are drained so that the client reads the answer instead
 * of a connection reset (beyond that the connection is closed). Requests that need a signature and
 * carry none, or one outside the time window, get {@code 401} before their body is read; a body
 * within the limit is then discarded unread so the client sees the answer, and the connection is
 * closed.
 */
public final class JdkHttpServerAdapter implements HttpHandler {

  /** Threads of the pool {@link #mount} sets on a server without an executor. */
  public static final int DEFAULT_THREADS = 32;

  /** The request read timeout {@link #createServer} configures. */
  public static final Duration DEFAULT_REQUEST_READ_TIMEOUT = Duration.ofSeconds(30);

  /** The most bytes of a refused body read and discarded so that the client sees the answer. */
  public static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;

  static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";
  static final String MAX_REQ_TIME_PROPERTY = "sun.net.httpserver.maxReqTime";

  private static final Logger LOGGER = LoggerFactory.getLogger(JdkHttpServerAdapter.class);
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private final InngestServeHandler handler;

  /** Wraps a handler. */
  public JdkHttpServerAdapter(InngestServeHandler handler) {
    this.handler = Objects.requireNonNull(handler, "handler must not be null");
  }

  /**
   * Creates an unstarted JDK server for the serve endpoint: {@code TCP_NODELAY} and a {@link
   * #DEFAULT_REQUEST_READ_TIMEOUT} request read timeout (see the class comment for when the JDK
   * honours them), and a pool of {@value #DEFAULT_THREADS} daemon threads.
   *
   * @param address where to listen; use a loopback address for a local-only server
   */
  public static HttpServer createServer(InetSocketAddress address) throws IOException {
    Objects.requireNonNull(address, "address must not be null");
    setIfAbsent(NODELAY_PROPERTY, "true");
    setIfAbsent(MAX_REQ_TIME_PROPERTY, Long.toString(DEFAULT_REQUEST_READ_TIMEOUT.toSeconds()));
    HttpServer server = HttpServer.create(address, 0);
    server.setExecutor(defaultExecutor());
    return server;
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /**
   * Mounts a handler on a path of a server. A server without an executor gets a pool of {@value
   * #DEFAULT_THREADS} daemon threads.
   *
   * @throws IllegalStateException when the server has no executor and is already started: it would
   *     serve one request at a time
   */
  public static HttpContext mount(HttpServer server, String path, InngestServeHandler handler) {
    Objects.requireNonNull(server, "server must not be null");
    Objects.requireNonNull(path, "path must not be null");
    Executor executor = server.getExecutor();
    if (executor == null) {
      server.setExecutor(defaultExecutor());
    } else if (executor.getClass().getName().endsWith("$DefaultExecutor")) {
      // What the JDK installs when a server starts without an executor: it runs every exchange
      // on the dispatcher thread.
      throw new IllegalStateException(
          "the HttpServer was started without an executor, so it serves one request at a time;"
              + " mount before start() or call setExecutor(...) before starting it");
    }
    if (!Boolean.getBoolean(NODELAY_PROPERTY) || Long.getLong(MAX_REQ_TIME_PROPERTY, -1) <= 0) {
      if (WARNED.compareAndSet(false, true)) {
        LOGGER.warn(
            "the JDK HttpServer runs without TCP_NODELAY or a request read timeout (every"
                + " response waits about 40 ms; a stalled client holds a thread): create it with"
                + " JdkHttpServerAdapter.createServer or start the JVM with"
                + " -D{}=true -D{}=30",
            NODELAY_PROPERTY,
            MAX_REQ_TIME_PROPERTY);
      }
    }
    return server.createContext(path, new JdkHttpServerAdapter(handler));
  }

  private static ExecutorService defaultExecutor() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        runnable -> {
          Thread thread = new Thread(runnable, "inngest-serve-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            DEFAULT_THREADS,
            DEFAULT_THREADS,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            threads);
    // Idle threads end, so a stopped server leaves nothing running.
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> headers = new HashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name, String.join(",", values)));
      URI uri = absolute(exchange);
      long declared = declaredLength(exchange);
      Optional<ServeResponse> early =
          handler.refuseEarly(exchange.getRequestMethod(), uri, headers, declared);
      ServeResponse response;
      boolean drained;
      if (early.isPresent()) {
        response = early.get();
        // A too-large body is drained (bounded) so that the client reads the 413. An unsigned
        // request gets its 401 from the headers alone; its body is discarded only after the answer
        // went out (below), so a sender that never sends it cannot delay the refusal.
        drained = response.status() == 413 && drain(exchange.getRequestBody(), declared);
      } else {
        InputStream in = exchange.getRequestBody();
        byte[] body =
            declared >= 0
                ? readDeclared(in, (int) declared)
                : readCapped(in, InngestServeHandler.MAX_BODY_BYTES + 1);
        drained = body.length <= InngestServeHandler.MAX_BODY_BYTES || drain(in, -1);
        response =
            handler.handle(new ServeRequest(exchange.getRequestMethod(), uri, headers, body));
      }
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      if (!drained) {
        // The rest of the body is still on its way: the connection cannot carry another request.
        exchange.getResponseHeaders().set("Connection", "close");
      }
      boolean noBody = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
      exchange.sendResponseHeaders(
          response.status(), noBody || response.body().length == 0 ? -1 : response.body().length);
      if (!noBody && response.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(response.body());
          out.flush();
          if (!drained && early.isPresent() && declared <= InngestServeHandler.MAX_BODY_BYTES) {
            // Read and discard (never parse) a refused body within the limit before the connection
            // closes, so that a client still sending reads the answer instead of a reset.
            discardQuietly(exchange.getRequestBody(), declared);
          }
        }
      }
    }
  }

  /** The Content-Length, 0 without a body, or -1 when chunked. */
  private static long declaredLength(HttpExchange exchange) {
    if (exchange.getRequestHeaders().containsKey("Transfer-encoding")) {
      return -1;
    }
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      return length == null ? 0 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1; // the JDK server refuses such requests before they get here
    }
  }

  /**
   * Reads and discards the rest of a body, up to {@link #MAX_DRAINED_BYTES}.
   *
   * @param declared the declared length, or -1 when unknown
   * @return whether the body was read to its end
   */
  private static boolean drain(InputStream in, long declared) throws IOException {
    if (declared == 0) {
      return true;
    }
    if (declared > MAX_DRAINED_BYTES) {
      return false;
    }
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int n;
    while (total <= MAX_DRAINED_BYTES && (n = in.read(buffer)) >= 0) {
      total += n;
    }
    return total <= MAX_DRAINED_BYTES;
  }

  private static void discardQuietly(InputStream in, long declared) {
    try {
      drain(in, declared);
    } catch (IOException e) {
      // The client went away after its answer: nothing is left to protect.
    }
  }

  private static URI absolute(HttpExchange exchange) {
    URI requested = exchange.getRequestURI();
    List<String> host = exchange.getRequestHeaders().get("Host");
    if (host == null || host.isEmpty()) {
      return requested;
    }
    String scheme = exchange.getHttpContext().getServer() instanceof HttpsServer ? "https" : "http";
    List<String> forwarded = exchange.getRequestHeaders().get("X-Forwarded-Proto");
    if (forwarded != null && !forwarded.isEmpty()) {
      String first = forwarded.get(0).split(",")[0].trim();
      if (first.equals("http") || first.equals("https")) {
        scheme = first;
      }
    }
    try {
      return URI.create(
          scheme
              + "://"
              + host.get(0)
              + requested.getRawPath()
              + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery()));
    } catch (IllegalArgumentException e) {
      // A malformed Host header: fall back to the relative URI; sync then reports it clearly.
      return requested;
    }
  }

  /**
   * Reads a body of a declared length (at most {@link InngestServeHandler#MAX_BODY_BYTES}, larger
   * ones were refused early) into one array of that size, without the copies of a growing buffer.
   */
  private static byte[] readDeclared(InputStream in, int length) throws IOException {
    byte[] body = new byte[length];
    int read = in.readNBytes(body, 0, length);
    return read == length ? body : Arrays.copyOf(body, read);
  }

  /** Reads at most {@code limit} bytes, so an oversized body cannot exhaust memory. */
  private static byte[] readCapped(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    int total = 0;
    int n;
    while (total < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - total))) > 0) {
      out.write(buffer, 0, n);
      total += n;
    }
    return out.toByteArray();
  }
}
