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

import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.inngest.InngestApp;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.JdkHttpServerAdapter;
import io.github.handymanworkflows.workflow.Workflow;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A short, bounded load loop against the Inngest serve endpoint on the JDK server: dev mode, one
 * function that returns a small object, the same call-request body posted over keep-alive
 * connections, one request in flight per connection, each written in one write. Prints requests per
 * second and latency percentiles.
 *
 * <p>Arguments as {@code name=value}: {@code server} = {@code plain} ({@code HttpServer.create}
 * with a thread pool, as the adapter's Javadoc showed before) or {@code factory} ({@link
 * JdkHttpServerAdapter#createServer}); {@code connections} (4), {@code seconds} (10), {@code
 * requests} the most requests in all (200000), {@code warmup} seconds (3). Run each kind in its own
 * JVM: the JDK reads its server settings once per JVM.
 */
public final class JdkAdapterLoadDriver {

  private JdkAdapterLoadDriver() {}

  /** Runs the loop; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = Arguments.parse(args);
    String kind = options.getOrDefault("server", "factory");
    int connections = Integer.parseInt(options.getOrDefault("connections", "4"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
    int maxRequests = Integer.parseInt(options.getOrDefault("requests", "200000"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));

    InngestApp app =
        InngestApp.builder(InngestConfig.builder().appId("load").dev().build())
            .functions(
                Workflow.function("small", "Small")
                    .trigger("load/ping", null)
                    .handler((ctx, step) -> Map.of("ok", true, "n", 1)))
            .build();
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    HttpServer server;
    ExecutorService pool = null;
    if (kind.equals("factory")) {
      server = JdkHttpServerAdapter.createServer(address);
    } else {
      server = HttpServer.create(address, 0);
      pool = Executors.newFixedThreadPool(JdkHttpServerAdapter.DEFAULT_THREADS);
      server.setExecutor(pool);
    }
    JdkHttpServerAdapter.mount(server, "/api/inngest", app.handler());
    server.start();
    int port = server.getAddress().getPort();
    byte[] body =
        ("{\"event\":{\"name\":\"load/ping\",\"data\":{},\"id\":\"e1\",\"ts\":1767225600000},"
                + "\"ctx\":{\"run_id\":\"r1\"}}")
            .getBytes(StandardCharsets.UTF_8);
    byte[] request = request(port, body);
    try {
      run(port, request, connections, warmup, Integer.MAX_VALUE);
      long[] latencies = run(port, request, connections, seconds, maxRequests);
      Arrays.sort(latencies);
      double rate = latencies.length / (double) seconds;
      System.out.printf(
          Locale.ROOT,
          "server=%s connections=%d seconds=%d requests=%d req/s=%.0f p50=%.2fms p99=%.2fms"
              + " max=%.2fms%n",
          kind,
          connections,
          seconds,
          latencies.length,
          rate,
          percentile(latencies, 0.50),
          percentile(latencies, 0.99),
          latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
    } finally {
      server.stop(0);
      if (pool != null) {
        pool.shutdownNow();
      }
      app.close();
    }
  }

  private static byte[] request(int port, byte[] body) {
    String head =
        "POST /api/inngest?fnId=load-small&stepId=step HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** Drives {@code connections} keep-alive connections for {@code seconds}; latencies in ns. */
  private static long[] run(int port, byte[] request, int connections, int seconds, int max)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<long[]> perThread = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    int share = Math.max(1, max / connections);
    for (int c = 0; c < connections; c++) {
      long[] latencies = new long[Math.min(share, 5_000_000)];
      int[] count = new int[1];
      perThread.add(latencies);
      counts.add(count);
      Thread thread =
          new Thread(
              () -> {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                  socket.setTcpNoDelay(true);
                  OutputStream out = socket.getOutputStream();
                  InputStream in = new BufferedInputStream(socket.getInputStream());
                  while (System.nanoTime() < deadline && count[0] < latencies.length) {
                    long start = System.nanoTime();
                    out.write(request);
                    out.flush();
                    readResponse(in);
                    latencies[count[0]++] = System.nanoTime() - start;
                  }
                } catch (IOException e) {
                  throw new IllegalStateException("the load loop failed", e);
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    List<Long> all = new ArrayList<>();
    for (int t = 0; t < perThread.size(); t++) {
      long[] latencies = perThread.get(t);
      for (int i = 0; i < counts.get(t)[0]; i++) {
        all.add(latencies[i]);
      }
    }
    return all.stream().mapToLong(Long::longValue).toArray();
  }

  private static void readResponse(InputStream in) throws IOException {
    int length = -1;
    StringBuilder line = new StringBuilder();
    boolean first = true;
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c == '\n') {
        String text = line.toString().trim();
        line.setLength(0);
        if (text.isEmpty()) {
          break;
        }
        if (first && !text.startsWith("HTTP/1.1 200")) {
          throw new IOException("unexpected answer: " + text);
        }
        first = false;
        if (text.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(text.substring(15).trim());
        }
      } else {
        line.append((char) c);
      }
    }
    if (length < 0) {
      throw new IOException("no Content-Length");
    }
    in.readNBytes(length);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
  }
}
