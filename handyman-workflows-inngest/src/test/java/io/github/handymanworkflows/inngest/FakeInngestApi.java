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

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.internal.json.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays Inngest's API and event API over real HTTP: records every request and answers from scripted
 * responses per path (default answers when none are scripted).
 */
final class FakeInngestApi implements AutoCloseable {

  /** A recorded request. */
  record Recorded(
      String method, String path, String query, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name);
    }
  }

  /** A scripted answer. */
  record Answer(int status, String body) {}

  private final HttpServer server;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  FakeInngestApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String text = new String(body, StandardCharsets.UTF_8);
            requests.add(
                new Recorded(
                    exchange.getRequestMethod(), path, query == null ? "" : query, headers, text));
            Answer answer = answerFor(path, text);
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
              exchange.getResponseBody().write(out);
            }
          }
        });
    server.start();
  }

  private Answer answerFor(String path, String body) {
    Deque<Answer> queue = scripted.get(path);
    if (queue != null) {
      synchronized (queue) {
        if (!queue.isEmpty()) {
          return queue.size() == 1 ? queue.peekFirst() : queue.pollFirst();
        }
      }
    }
    if (path.equals("/fn/register")) {
      return new Answer(200, "{\"ok\":true,\"modified\":true}");
    }
    if (path.startsWith("/e/")) {
      int count = countEvents(body);
      List<String> generated = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        generated.add("\"01EV" + ids.incrementAndGet() + "\"");
      }
      return new Answer(200, "{\"ids\":[" + String.join(",", generated) + "],\"status\":200}");
    }
    return new Answer(404, "{\"error\":\"not found\"}");
  }

  private static int countEvents(String body) {
    try {
      JsonNode json = Json.mapper().readTree(body);
      return json.isArray() ? json.size() : 1;
    } catch (IOException e) {
      return 0;
    }
  }

  /** Scripts answers for a path; the last one repeats. */
  FakeInngestApi script(String path, Answer... answers) {
    Deque<Answer> queue = new ArrayDeque<>(List.of(answers));
    scripted.put(path, queue);
    return this;
  }

  URI origin() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Recorded> requests() {
    return List.copyOf(requests);
  }

  List<Recorded> requestsTo(String pathPrefix) {
    return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
  }

  void reset() {
    requests.clear();
    scripted.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
