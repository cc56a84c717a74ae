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
package io.github.handymanworkflows.spring.boot.autoconfigure.fuzz;

import io.github.handymanworkflows.test.fuzz.HostileInputs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Sends seeded hostile requests to a serve endpoint over HTTP and records what came back: the
 * statuses, every 5xx, and every 2xx answer to a POST the caller calls unauthenticated.
 *
 * <p>A request whose connection fails without an answer is sent once more, and counted as {@code
 * replayed}; failing again, it is a failure. Some hostile requests are refused by the web server
 * before their body is read: Tomcat answers {@code 400} to a request line and headers over its
 * limit after reading only those, and answers a path outside the endpoint without reading a body
 * beyond its {@code maxSwallowSize} (2 MB). It then closes the connection while the client is still
 * sending; the client's stack receives a reset, which can discard the answer before the client
 * reads it, and the JDK client reports "HTTP/1.1 header parser received no bytes" (or a truncated
 * chunked body). That is TCP's behaviour when a server closes with unread input (RFC 9112, section
 * 9.6), depends on timing, and is not an answer of the endpoint under test. The replay cannot hide
 * what the fuzz looks for: its answer is checked like any other, and an event the lost attempt
 * ingested still shows in the engine's runs, which the tests check separately.
 */
final class ServeFuzz {

  /** A request shape: method, path and body template; headers are added at random. */
  record Shape(String method, String path, String body, Map<String, String> headers) {}

  /** What the fuzz saw. */
  record Outcome(
      int sent,
      int unauthenticated,
      int replayed,
      Map<String, Integer> byStatus,
      List<String> failures) {}

  private ServeFuzz() {}

  static Outcome run(
      int port,
      long seed,
      int requests,
      Duration bound,
      List<Shape> shapes,
      Predicate<HttpRequest> authenticated)
      throws InterruptedException {
    HostileInputs inputs = new HostileInputs(seed);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Map<String, Integer> byStatus = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int sent = 0;
    int unauthenticated = 0;
    int replayed = 0;
    long deadline = System.nanoTime() + bound.toNanos();
    for (int i = 0; i < requests && System.nanoTime() < deadline; i++) {
      Shape shape = inputs.pick(shapes);
      String path = inputs.path(shape.path());
      HttpRequest.Builder builder;
      try {
        builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
      } catch (IllegalArgumentException e) {
        continue;
      }
      String template = shape.body().replace("{i}", Integer.toString(i));
      byte[] body = template.isEmpty() ? new byte[0] : inputs.body(HostileInputs.json(template));
      builder
          .timeout(Duration.ofSeconds(30))
          .method(
              shape.method(),
              body.length == 0
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofByteArray(body))
          .header("Content-Type", inputs.contentType());
      shape.headers().forEach(builder::header);
      if (inputs.random().nextInt(3) == 0) {
        builder.header(
            inputs.pick(List.of("X-Inngest-Signature", "X-Event-Key", "Authorization")),
            inputs.garbageCredential().replaceAll("[^!-~]", "x"));
      }
      HttpRequest request = builder.build();
      boolean auth = authenticated.test(request);
      if (!auth) {
        unauthenticated++;
      }
      HttpResponse<String> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (HttpTimeoutException e) {
        failures.add(shape.method() + " " + path + ": timed out: " + e);
        continue;
      } catch (IOException first) {
        // See the class comment: once, on a new connection (the failed one is closed).
        replayed++;
        try {
          response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
          failures.add(
              shape.method() + " " + path + ": connection failed twice: " + first + "; " + e);
          continue;
        }
      }
      sent++;
      int status = response.statusCode();
      byStatus.merge(status / 100 + "xx", 1, Integer::sum);
      if (status >= 500) {
        failures.add(shape.method() + " " + path + " -> " + status + " " + head(response.body()));
      }
      if (!auth && shape.method().equals("POST") && status / 100 == 2) {
        failures.add("unauthenticated POST " + path + " -> " + status);
      }
    }
    return new Outcome(sent, unauthenticated, replayed, byStatus, failures);
  }

  static void report(String name, long seed, Outcome outcome) throws IOException {
    String text =
        name
            + ": seed="
            + seed
            + " requests="
            + outcome.sent()
            + " unauthenticated="
            + outcome.unauthenticated()
            + " replayed="
            + outcome.replayed()
            + " byStatus="
            + outcome.byStatus()
            + " failures="
            + outcome.failures().size()
            + System.lineSeparator()
            + String.join(System.lineSeparator(), outcome.failures().stream().limit(50).toList())
            + System.lineSeparator();
    Path file = Path.of("target", "fuzz", name + ".txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    System.out.println(text);
  }

  private static String head(String body) {
    return body.length() > 300 ? body.substring(0, 300) : body;
  }
}
