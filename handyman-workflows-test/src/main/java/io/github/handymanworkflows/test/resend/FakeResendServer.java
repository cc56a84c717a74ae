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
package io.github.handymanworkflows.test.resend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A local HTTP server that speaks the part of Resend's API a mailer uses: {@code POST /emails},
 * {@code POST /emails/batch} and {@code GET /domains}, with Resend's bearer authentication, its
 * {@code {statusCode, name, message}} error bodies, and its idempotency: a successful request's
 * {@code Idempotency-Key} is remembered for 24 hours (on the injected clock); a repeat gets the
 * first answer and sends nothing, a repeat with another body gets 409 {@code
 * invalid_idempotent_request}, a repeat while the first is still running gets 409 {@code
 * concurrent_idempotent_requests}; a failed request does not claim its key.
 *
 * <p>Faults can be scripted for the next POSTs, in order: an error answer ({@link #failNext}), an
 * answer held until released after the email was accepted ({@link #holdNextAnswer()}, a slow server
 * whose answer a client may give up on), and a connection dropped after or before accepting the
 * email ({@link #dropNextAfterAccepting()}, {@link #dropNextBeforeAccepting()}).
 *
 * <p>Binds to loopback on a free port. Thread-safe.
 */
public final class FakeResendServer implements AutoCloseable {

  /** How long the server remembers an idempotency key, as Resend does. */
  public static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_-]{1,256}");
  private static final int MAX_BATCH = 100;
  private static final int MAX_RECIPIENTS = 50;

  private final String apiKey;
  private final Clock clock;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<SentEmail> emails = new ArrayList<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final Map<String, Stored> keys = new HashMap<>();
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final List<Hold> holds = new ArrayList<>();

  private record Stored(
      String endpoint, String body, @Nullable Answer answer, Instant at, boolean inProgress) {}

  private record Answer(int status, byte[] body, Map<String, String> headers) {}

  private sealed interface Fault permits Fail, HoldAnswer, Drop {}

  private record Fail(Answer answer) implements Fault {}

  private record HoldAnswer(Hold hold) implements Fault {}

  private record Drop(boolean afterAccepting) implements Fault {}

  /** A held answer: the email was accepted, the answer waits for {@link #release()}. */
  public static final class Hold {
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private Hold() {}

    /** Waits until the held request has arrived and its email was accepted. */
    public void awaitArrival() throws InterruptedException {
      if (!arrived.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("no request arrived for the held answer within 60 s");
      }
    }

    /** Lets the answer go (to a client that may have given up on it). */
    public void release() {
      released.countDown();
    }
  }

  private FakeResendServer(String apiKey, Clock clock) throws IOException {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-resend");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server accepting {@code apiKey}, on the system clock. */
  public static FakeResendServer start(String apiKey) throws IOException {
    return start(apiKey, Clock.systemUTC());
  }

  /** Starts a server accepting {@code apiKey}; {@code clock} times the idempotency window. */
  public static FakeResendServer start(String apiKey, Clock clock) throws IOException {
    return new FakeResendServer(apiKey, clock);
  }

  /** The base URL to configure a client with, for example {@code http://127.0.0.1:41234}. */
  public URI baseUri() {
    return URI.create(
        "http://"
            + server.getAddress().getAddress().getHostAddress()
            + ":"
            + server.getAddress().getPort());
  }

  /** Every accepted email, oldest first (replays of a key are not new emails). */
  public synchronized List<SentEmail> emails() {
    return List.copyOf(emails);
  }

  /** The accepted emails sent to {@code address}. */
  public synchronized List<SentEmail> emailsTo(String address) {
    return emails.stream().filter(e -> e.isTo(address)).toList();
  }

  /** How many emails were accepted under the request key {@code idempotencyKey}. */
  public synchronized int deliveredCount(String idempotencyKey) {
    return (int) emails.stream().filter(e -> idempotencyKey.equals(e.idempotencyKey())).count();
  }

  /** Every request received, oldest first. */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * Answers the next POST with {@code status} and Resend's error body, without accepting it.
   *
   * @param headers extra response headers, for example {@code Retry-After}
   */
  public synchronized void failNext(
      int status, String name, String message, Map<String, String> headers) {
    ObjectNode body = JSON.createObjectNode();
    body.put("statusCode", status).put("name", name).put("message", message);
    faults.addLast(new Fail(new Answer(status, bytes(body), headers)));
  }

  /** Answers the next POST with {@code status} and a raw body, as a proxy in front might. */
  public synchronized void failNextRaw(int status, String contentType, String body) {
    faults.addLast(
        new Fail(
            new Answer(
                status,
                body.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", contentType))));
  }

  /** Accepts the next POST's email(s) but holds the answer until the returned hold is released. */
  public synchronized Hold holdNextAnswer() {
    Hold hold = new Hold();
    holds.add(hold);
    faults.addLast(new HoldAnswer(hold));
    return hold;
  }

  /** Accepts the next POST's email(s), then closes the connection without an answer. */
  public synchronized void dropNextAfterAccepting() {
    faults.addLast(new Drop(true));
  }

  /** Closes the next POST's connection without accepting or answering anything. */
  public synchronized void dropNextBeforeAccepting() {
    faults.addLast(new Drop(false));
  }

  /** Forgets every email, request, key and scripted fault. */
  public synchronized void reset() {
    emails.clear();
    requests.clear();
    keys.clear();
    faults.clear();
  }

  @Override
  public void close() {
    synchronized (this) {
      holds.forEach(Hold::release);
    }
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] raw = exchange.getRequestBody().readAllBytes();
      String body = new String(raw, StandardCharsets.UTF_8);
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      Map<String, List<String>> headers = headers(exchange);
      Fault fault = null;
      Answer answer = authenticate(exchange);
      if (answer == null) {
        if (method.equals("POST") && (path.equals("/emails") || path.equals("/emails/batch"))) {
          synchronized (this) {
            fault = faults.pollFirst();
          }
          if (fault instanceof Fail fail) {
            answer = fail.answer();
          } else if (fault instanceof Drop drop && !drop.afterAccepting()) {
            record(method, path, headers, body, 0);
            return; // closing the exchange unanswered drops the connection
          } else {
            answer = send(exchange, path, body);
          }
        } else if (path.equals("/domains") && method.equals("GET")) {
          answer = json(200, JSON.createObjectNode().set("data", JSON.createArrayNode()));
        } else if (path.equals("/emails")
            || path.equals("/emails/batch")
            || path.equals("/domains")) {
          answer =
              error(405, "method_not_allowed", "Method is not allowed for the requested path.");
        } else {
          answer = error(404, "not_found", "The requested endpoint does not exist.");
        }
      }
      if (fault instanceof Drop) {
        record(method, path, headers, body, 0);
        return;
      }
      record(method, path, headers, body, answer.status());
      if (fault instanceof HoldAnswer held) {
        held.hold().arrived.countDown();
        try {
          held.hold().released.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
      }
      exchange.sendResponseHeaders(answer.status(), answer.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    } catch (IOException e) {
      // The client went away (it gave up on a held answer): nothing to answer.
    }
  }

  private @Nullable Answer authenticate(HttpExchange exchange) {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth == null || auth.isBlank()) {
      return error(401, "missing_api_key", "Missing API key in the authorization header.");
    }
    if (!auth.equals("Bearer " + apiKey)) {
      return error(403, "invalid_api_key", "API key is invalid.");
    }
    String agent = exchange.getRequestHeaders().getFirst("User-Agent");
    if (agent == null || agent.isBlank()) {
      return error(403, "validation_error", "Requests must include a User-Agent header.");
    }
    return null;
  }

  private Answer send(HttpExchange exchange, String path, String body) {
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    if (key != null && (key.isEmpty() || key.length() > 256)) {
      return error(
          400,
          "invalid_idempotency_key",
          "Idempotency keys, if present, must have between 1 and 256 characters.");
    }
    if (key != null) {
      synchronized (this) {
        Instant now = clock.instant();
        Stored stored = keys.get(key);
        if (stored != null && stored.at().plus(IDEMPOTENCY_WINDOW).isAfter(now)) {
          if (stored.inProgress()) {
            return error(
                409,
                "concurrent_idempotent_requests",
                "There is another request in progress with the same idempotency key.");
          }
          if (!stored.endpoint().equals(path) || !stored.body().equals(body)) {
            return error(
                409,
                "invalid_idempotent_request",
                "This idempotency key has been used with this HTTP method and endpoint within the"
                    + " last 24 hours, but the request body was modified and doesn't match the"
                    + " original request.");
          }
          return Objects.requireNonNull(stored.answer());
        }
        keys.put(key, new Stored(path, body, null, now, true));
      }
    }
    Answer answer = accept(path, body, key);
    synchronized (this) {
      if (key != null) {
        if (answer.status() / 100 == 2) {
          keys.put(key, new Stored(path, body, answer, clock.instant(), false));
        } else {
          keys.remove(key);
        }
      }
    }
    return answer;
  }

  private Answer accept(String path, String body, @Nullable String key) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return error(422, "validation_error", "The request body is not valid JSON.");
    }
    if (path.equals("/emails")) {
      if (root == null || !root.isObject()) {
        return error(422, "validation_error", "The request body must be an email object.");
      }
      String problem = problem(root);
      if (problem != null) {
        return error(422, "validation_error", problem);
      }
      SentEmail email = email(root, key, false);
      synchronized (this) {
        emails.add(email);
      }
      return json(200, JSON.createObjectNode().put("id", email.id()));
    }
    if (root == null || !root.isArray() || root.isEmpty() || root.size() > MAX_BATCH) {
      return error(
          422, "validation_error", "The batch must be an array of 1 to 100 email objects.");
    }
    for (int i = 0; i < root.size(); i++) {
      String problem = root.get(i).isObject() ? problem(root.get(i)) : "not an object";
      if (problem != null) {
        return error(422, "validation_error", "Email " + i + ": " + problem);
      }
    }
    ArrayNode data = JSON.createArrayNode();
    synchronized (this) {
      for (JsonNode item : root) {
        SentEmail email = email(item, key, true);
        emails.add(email);
        data.addObject().put("id", email.id());
      }
    }
    return json(200, JSON.createObjectNode().set("data", data));
  }

  private static @Nullable String problem(JsonNode email) {
    if (!email.path("from").isTextual() || email.path("from").asText().isBlank()) {
      return "Missing `from` field.";
    }
    List<String> to = strings(email.path("to"));
    if (to.isEmpty() || to.size() > MAX_RECIPIENTS) {
      return "Invalid `to` field: 1 to 50 addresses.";
    }
    if (!email.path("subject").isTextual() || email.path("subject").asText().isBlank()) {
      return "Missing `subject` field.";
    }
    if (!email.path("html").isTextual() && !email.path("text").isTextual()) {
      return "Missing `html` or `text` field.";
    }
    JsonNode headers = email.path("headers");
    if (!headers.isMissingNode() && !headers.isObject()) {
      return "Invalid `headers` field.";
    }
    JsonNode tags = email.path("tags");
    if (!tags.isMissingNode()) {
      if (!tags.isArray()) {
        return "Invalid `tags` field.";
      }
      for (JsonNode tag : tags) {
        if (!TAG.matcher(tag.path("name").asText("")).matches()
            || !TAG.matcher(tag.path("value").asText("")).matches()) {
          return "Tags should only contain ASCII letters, numbers, underscores, or dashes.";
        }
      }
    }
    return null;
  }

  private static SentEmail email(JsonNode email, @Nullable String key, boolean batch) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (JsonNode tag : email.path("tags")) {
      tags.put(tag.path("name").asText(), tag.path("value").asText());
    }
    Map<String, String> headers = new LinkedHashMap<>();
    email
        .path("headers")
        .fields()
        .forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
    return new SentEmail(
        UUID.randomUUID().toString(),
        key,
        batch,
        email.path("from").asText(),
        strings(email.path("to")),
        strings(email.path("reply_to")),
        email.path("subject").asText(),
        email.path("html").isTextual() ? email.path("html").asText() : null,
        email.path("text").isTextual() ? email.path("text").asText() : null,
        Map.copyOf(tags),
        Map.copyOf(headers));
  }

  private static List<String> strings(JsonNode node) {
    if (node.isTextual()) {
      return List.of(node.asText());
    }
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          return List.of();
        }
        values.add(item.asText());
      }
    }
    return values;
  }

  private synchronized void record(
      String method, String path, Map<String, List<String>> headers, String body, int status) {
    requests.add(new RecordedRequest(method, path, headers, body, status));
  }

  private static Map<String, List<String>> headers(HttpExchange exchange) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              headers.put(
                  lower,
                  lower.equals("authorization")
                      ? values.stream()
                          .map(v -> v.startsWith("Bearer ") ? "Bearer ****" : "****")
                          .toList()
                      : List.copyOf(values));
            });
    return headers;
  }

  private static Answer error(int status, String name, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("statusCode", status).put("name", name).put("message", message);
    return json(status, body);
  }

  private static Answer json(int status, JsonNode body) {
    return new Answer(status, bytes(body), Map.of());
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "FakeResendServer[" + baseUri() + ", emails=" + emails().size() + "]";
  }
}
