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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.InngestEventPublisher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency of {@code publish} on a request thread while {@link InngestEventPublisher} batches the
 * events to a local event API stub in the background (issue 15's target: under 50 µs at p99). The
 * stub is a JDK HTTP server on loopback that answers {@code POST /e/{key}} as Inngest's event API
 * does: {@code 200 {"ids":[…],"status":200}} with one id per event of the body. One thread
 * publishes single {@code customer/job.posted} events at a fixed rate and times each call; every
 * event must be acknowledged by the stub at the end. The first {@code warmup} seconds are not
 * counted.
 *
 * <p>Arguments ({@code name=value}, all optional): {@code rate} events per second (2000), {@code
 * seconds} measured (20), {@code warmup} seconds (5), {@code linger} the sender's linger in
 * milliseconds (5), {@code out} results directory ({@code benchmarks/results}).
 */
public final class PublishLatencyDriver {

  private PublishLatencyDriver() {}

  /** Runs the driver; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Map<String, String> a =
        TargetResult.arguments(args, "rate", "seconds", "warmup", "linger", "out");
    int rate = Integer.parseInt(a.getOrDefault("rate", "2000"));
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "20"));
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "5"));
    int linger = Integer.parseInt(a.getOrDefault("linger", "5"));
    Path out = Path.of(a.getOrDefault("out", "benchmarks/results"));
    TargetResult result =
        new TargetResult(
            "inngest-publish-latency",
            "publish on the request path under 50 µs at p99 while the client batches to a local"
                + " event API stub");
    AtomicLong received = new AtomicLong();
    AtomicLong requests = new AtomicLong();
    HttpServer stub = stub(received, requests);
    stub.start();
    URI origin = URI.create("http://127.0.0.1:" + stub.getAddress().getPort());
    InngestEventPublisher publisher =
        InngestEventPublisher.builder(
                InngestConfig.builder()
                    .dev(origin)
                    .eventApiBaseUrl(origin)
                    .eventKey("bench-key")
                    .build(),
                new EventCodec(EventCatalogue.registry()))
            .linger(java.time.Duration.ofMillis(linger))
            .build();
    int total = rate * (warmup + seconds);
    long[] nanos = new long[rate * seconds];
    List<CompletableFuture<PublishResult>> pending = new ArrayList<>(total);
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime();
    try {
      for (int i = 0; i < total; i++) {
        long due = start + i * interval;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        var event = Fixtures.jobPostedEvent(i);
        long t0 = System.nanoTime();
        var stage = publisher.publish(List.of(event));
        long t1 = System.nanoTime();
        pending.add(stage.toCompletableFuture());
        int measured = i - rate * warmup;
        if (measured >= 0) {
          nanos[measured] = t1 - t0;
        }
      }
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    } finally {
      publisher.close();
      stub.stop(0);
    }
    if (received.get() != total) {
      throw new IllegalStateException("the stub received " + received.get() + " of " + total);
    }
    Arrays.sort(nanos);
    double p99 = micros(nanos, 0.99);
    result
        .put("events published", total)
        .put("rate (events/s)", rate)
        .put("sender linger (ms)", linger)
        .put("measured calls", nanos.length)
        .put("requests to the stub", requests.get())
        .put(
            "events per request (mean)",
            StepThroughputDriver.round((double) total / requests.get()))
        .put("p50 µs", micros(nanos, 0.50))
        .put("p90 µs", micros(nanos, 0.90))
        .put("p99 µs", p99)
        .put("p99.9 µs", micros(nanos, 0.999))
        .put("max µs", StepThroughputDriver.round(nanos[nanos.length - 1] / 1e3));
    result.write(
        out,
        p99,
        50,
        false,
        "publish validates the event (encodes it and decodes it again) on the caller's thread;"
            + " the rest of the tail is the caller being descheduled on cores shared with the"
            + " client's sender thread, the stub and other processes");
  }

  private static double micros(long[] sorted, double quantile) {
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return StepThroughputDriver.round(sorted[Math.max(0, index)] / 1e3);
  }

  /** A loopback server answering like Inngest's event API. */
  private static HttpServer stub(AtomicLong received, AtomicLong requests) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    // Read once per JVM when the first JDK server is made: without it the stub's answers wait
    // for delayed ACKs, which slows the sender, not the publish calls measured here.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext(
        "/e/",
        exchange -> {
          JsonNode body;
          try (InputStream in = exchange.getRequestBody()) {
            body = mapper.readTree(in);
          }
          int count = body.isArray() ? body.size() : 1;
          StringBuilder answer = new StringBuilder("{\"ids\":[");
          long first = received.getAndAdd(count);
          requests.incrementAndGet();
          for (int i = 0; i < count; i++) {
            answer.append(i == 0 ? "" : ",").append("\"stub-").append(first + i).append('"');
          }
          answer.append("],\"status\":200}");
          byte[] bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(bytes);
          }
        });
    return server;
  }
}
