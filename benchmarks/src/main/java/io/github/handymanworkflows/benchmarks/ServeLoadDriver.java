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
package io.github.handymanworkflows.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Posts call requests to a serve endpoint over keep-alive connections for a bounded time, one
 * request in flight per connection, like {@code wrk} but with every body unique and, given a
 * signing key, signed afresh ({@link SignedBodies}). {@code benchmarks/compare-serve.sh} drives the
 * signed (cloud mode) rows with it, for the JS SDK and this library alike. Prints one JSON line:
 * {@code requests}, {@code seconds}, {@code rps}, {@code p50_ms}, {@code p99_ms}, {@code max_ms},
 * {@code unexpected} (answers with another status than expected), {@code errors} (connections that
 * failed or timed out).
 *
 * <p>Arguments as {@code name=value}: {@code url} and {@code body} (a call-request file with a
 * {@code run_id}) are required; {@code key} the signing key (absent: unsigned), {@code expect} the
 * status every answer should have (200), {@code connections} (16), {@code seconds} (5), {@code
 * warmup} seconds before measuring (0), {@code timeout} seconds per request (10).
 */
public final class ServeLoadDriver {

  private ServeLoadDriver() {}

  /** Runs the load; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = Arguments.parse(args);
    URI url = URI.create(required(options, "url"));
    byte[] template = Files.readAllBytes(Path.of(required(options, "body")));
    String key = options.get("key");
    int expect = Integer.parseInt(options.getOrDefault("expect", "200"));
    int connections = Integer.parseInt(options.getOrDefault("connections", "16"));
    double seconds = Double.parseDouble(options.getOrDefault("seconds", "5"));
    double warmup = Double.parseDouble(options.getOrDefault("warmup", "0"));
    int timeoutMillis = (int) (Double.parseDouble(options.getOrDefault("timeout", "10")) * 1000);
    if (connections < 1 || connections > 1000) {
      throw new IllegalArgumentException("connections must be between 1 and 1000");
    }
    Target target = new Target(url, expect, timeoutMillis);
    if (warmup > 0) {
      run(target, template, key, connections, 0, warmup);
    }
    Result result = run(target, template, key, connections, connections, seconds);
    System.out.println(result.json());
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + "=… is required");
    }
    return value;
  }

  /** Where requests go and what answer is expected. */
  private record Target(URI url, int expect, int timeoutMillis) {
    String host() {
      return url.getHost();
    }

    int port() {
      return url.getPort() < 0 ? 80 : url.getPort();
    }

    String head(int length, String signature) {
      String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
      return "POST "
          + path
          + " HTTP/1.1\r\nHost: "
          + host()
          + ":"
          + port()
          + "\r\nContent-Type: application/json\r\nContent-Length: "
          + length
          + (signature.isEmpty() ? "" : "\r\nX-Inngest-Signature: " + signature)
          + "\r\n\r\n";
    }
  }

  /** What one run measured. */
  private record Result(
      double seconds, long[] sortedNanos, long unexpected, long errors, String firstUnexpected) {
    String json() {
      int n = sortedNanos.length;
      return String.format(
          Locale.ROOT,
          "{\"requests\":%d,\"seconds\":%.3f,\"rps\":%.2f,\"p50_ms\":%.3f,\"p99_ms\":%.3f,"
              + "\"max_ms\":%.3f,\"unexpected\":%d,\"errors\":%d,\"first_unexpected\":\"%s\"}",
          n,
          seconds,
          n / seconds,
          percentile(0.50),
          percentile(0.99),
          n == 0 ? 0 : sortedNanos[n - 1] / 1e6,
          unexpected,
          errors,
          firstUnexpected);
    }

    private double percentile(double p) {
      if (sortedNanos.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p * sortedNanos.length) - 1;
      return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
    }
  }

  /** One connection's loop and what it counted. */
  private static final class Connection implements Runnable {
    private final Target target;
    private final SignedBodies bodies;
    private final long deadline;
    private final AtomicReference<String> firstUnexpected;
    private long[] latencies = new long[1024];
    private int count;
    private long unexpected;
    private long errors;

    Connection(
        Target target,
        SignedBodies bodies,
        long deadline,
        AtomicReference<String> firstUnexpected) {
      this.target = target;
      this.bodies = bodies;
      this.deadline = deadline;
      this.firstUnexpected = firstUnexpected;
    }

    @Override
    public void run() {
      while (System.nanoTime() < deadline) {
        try (Socket socket = new Socket()) {
          socket.setTcpNoDelay(true);
          socket.setSoTimeout(target.timeoutMillis());
          socket.connect(
              new InetSocketAddress(target.host(), target.port()), target.timeoutMillis());
          OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
          InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
          boolean open = true;
          while (open && System.nanoTime() < deadline) {
            String signature = bodies.next(System.currentTimeMillis() / 1000);
            byte[] body = bodies.body();
            long start = System.nanoTime();
            out.write(target.head(body.length, signature).getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Answer answer = Answer.read(in);
            record(System.nanoTime() - start);
            if (answer.status() != target.expect()) {
              unexpected++;
              firstUnexpected.compareAndSet("", "HTTP " + answer.status());
            }
            open = answer.keepAlive();
          }
        } catch (IOException e) {
          // A refused, reset or timed-out connection: counted, then a new one.
          errors++;
        }
      }
    }

    private void record(long nanos) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
    }
  }

  private static Result run(
      Target target,
      byte[] template,
      @Nullable String key,
      int connections,
      int firstStream,
      double seconds)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    AtomicReference<String> firstUnexpected = new AtomicReference<>("");
    List<Connection> loops = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Connection loop =
          new Connection(
              target, new SignedBodies(template, key, firstStream + c), deadline, firstUnexpected);
      loops.add(loop);
      Thread thread = new Thread(loop, "load-" + c);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    int total = loops.stream().mapToInt(l -> l.count).sum();
    long[] all = new long[total];
    int at = 0;
    long unexpected = 0;
    long errors = 0;
    for (Connection loop : loops) {
      System.arraycopy(loop.latencies, 0, all, at, loop.count);
      at += loop.count;
      unexpected += loop.unexpected;
      errors += loop.errors;
    }
    Arrays.sort(all);
    return new Result(elapsed, all, unexpected, errors, firstUnexpected.get());
  }
}
