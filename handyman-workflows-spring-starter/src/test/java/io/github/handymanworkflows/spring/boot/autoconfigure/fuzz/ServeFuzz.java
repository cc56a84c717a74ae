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
 */
final class ServeFuzz {

  /** A request shape: method, path and body template; headers are added at random. */
  record Shape(String method, String path, String body, Map<String, String> headers) {}

  /** What the fuzz saw. */
  record Outcome(
      int sent, int unauthenticated, Map<String, Integer> byStatus, List<String> failures) {}

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
      } catch (IOException e) {
        failures.add(shape.method() + " " + path + ": connection failed: " + e);
        continue;
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
    return new Outcome(sent, unauthenticated, byStatus, failures);
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
