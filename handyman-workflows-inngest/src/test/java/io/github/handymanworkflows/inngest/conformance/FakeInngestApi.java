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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-in for the Inngest API (register, event ingest, run payload endpoints) on a free loopback
 * port. It records every request so tests can assert what an SDK sent.
 *
 * <p>Defaults: {@code POST /fn/register} → {@code 200 {"ok":true,"modified":false}}; {@code POST
 * /e/{key}} → {@code 200 {"ids":["01FAKEEVENT0000000000000001",...],"status":200}} with one id per
 * event sent; {@code GET /v0/runs/{id}/batch|actions} → {@code 404 {"error":"not configured"}}
 * until configured; anything else → 404.
 */
public final class FakeInngestApi implements AutoCloseable {

  private static final Pattern RUN_PATH = Pattern.compile("^/v0/runs/([^/]+)/(batch|actions)$");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicReference<CannedResponse> registerResponse =
      new AtomicReference<>(new CannedResponse(200, "{\"ok\":true,\"modified\":false}"));
  private final Map<String, CannedResponse> runResponses = new ConcurrentHashMap<>();
  private final AtomicInteger eventCounter = new AtomicInteger();

  private FakeInngestApi(HttpServer server) {
    this.server = server;
  }

  /** Starts the fake API on a free loopback port. */
  public static FakeInngestApi start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeInngestApi api = new FakeInngestApi(server);
      server.createContext("/", api::handle);
      server.setExecutor(api.executor);
      server.start();
      return api;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the fake Inngest API", e);
    }
  }

  /**
   * Origin to configure as the SDK's API and event API base URL, e.g. {@code
   * http://127.0.0.1:4321}.
   */
  public URI baseUri() {
    return URI.create(
        "http://"
            + server.getAddress().getAddress().getHostAddress()
            + ":"
            + server.getAddress().getPort());
  }

  /** Answer for the next {@code POST /fn/register} calls. */
  public void registerResponse(int status, String jsonBody) {
    registerResponse.set(new CannedResponse(status, jsonBody));
  }

  /** Answer for {@code GET /v0/runs/{runId}/batch}. */
  public void runBatchResponse(String runId, int status, String jsonBody) {
    runResponses.put(runId + "/batch", new CannedResponse(status, jsonBody));
  }

  /** Answer for {@code GET /v0/runs/{runId}/actions}. */
  public void runActionsResponse(String runId, int status, String jsonBody) {
    runResponses.put(runId + "/actions", new CannedResponse(status, jsonBody));
  }

  /** Every request received so far, in arrival order. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** Requests whose path starts with {@code pathPrefix}. */
  public List<RecordedRequest> requestsTo(String pathPrefix) {
    return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
  }

  /** Forgets recorded requests, restarts event id numbering and restores the default answers. */
  public void reset() {
    requests.clear();
    runResponses.clear();
    eventCounter.set(0);
    registerResponse.set(new CannedResponse(200, "{\"ok\":true,\"modified\":false}"));
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Map<String, List<String>> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
      URI uri = exchange.getRequestURI();
      String path = uri.getPath();
      String method = exchange.getRequestMethod();
      requests.add(
          new RecordedRequest(
              method, path, uri.getRawQuery() == null ? "" : uri.getRawQuery(), headers, body));
      respond(exchange, answer(method, path, body));
    }
  }

  private CannedResponse answer(String method, String path, String body) {
    if (method.equals("POST") && path.equals("/fn/register")) {
      return registerResponse.get();
    }
    if (method.equals("POST") && path.startsWith("/e/")) {
      return eventAnswer(body);
    }
    Matcher run = RUN_PATH.matcher(path);
    if (method.equals("GET") && run.matches()) {
      return runResponses.getOrDefault(
          run.group(1) + "/" + run.group(2),
          new CannedResponse(404, "{\"error\":\"not configured\"}"));
    }
    return new CannedResponse(404, "{\"error\":\"no such endpoint in the fake Inngest API\"}");
  }

  private CannedResponse eventAnswer(String body) {
    var parsed = ConformanceJson.parse(body.isEmpty() ? "[]" : body);
    int count = parsed.isArray() ? parsed.size() : 1;
    ObjectNode answer = ConformanceJson.object();
    ArrayNode ids = answer.putArray("ids");
    List<String> generated = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      generated.add(String.format("01FAKEEVENT%016d", eventCounter.incrementAndGet()));
    }
    generated.forEach(ids::add);
    answer.put("status", 200);
    return new CannedResponse(200, ConformanceJson.canonical(answer));
  }

  private static void respond(HttpExchange exchange, CannedResponse response) throws IOException {
    byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private record CannedResponse(int status, String body) {}
}
