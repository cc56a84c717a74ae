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
package io.github.handymanworkflows.inngest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.engine.Backoff;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.EmbeddedEngineBuilder;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.execution.ExecutionResult;
import io.github.handymanworkflows.inngest.Signatures;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for the Inngest server in tests: an {@link EmbeddedEngine} that makes every call over
 * HTTP to an app's serve endpoint ({@link HttpCallExecutor}), plus the two Inngest endpoints an app
 * talks to, on a loopback JDK {@link HttpServer}:
 *
 * <ul>
 *   <li>{@code POST /e/{key}}: events from the app's {@code InngestEventPublisher} (including
 *       {@code step.sendEvent}) go to {@link EmbeddedEngine#publishJson}; the answer is {@code
 *       {"ids":[…],"status":200}};
 *   <li>{@code POST /fn/register}: a sync is recorded ({@link #registrations()}) and answered
 *       {@code {"ok":true,"modified":…}}; the synced URL becomes the serve URL unless one was
 *       configured.
 * </ul>
 *
 * <p>Point the app at {@link #baseUri()} ({@code INNGEST_BASE_URL}, or {@code INNGEST_DEV} in dev
 * mode). Build the engine with the same function definitions the app serves (the engine needs their
 * triggers and flow control; their code runs only in the app). With a signing key, calls are signed
 * and register requests must carry its hashed bearer.
 *
 * <pre>{@code
 * try (InngestServerHarness inngest = InngestServerHarness.builder()
 *     .appId("handyman-app").functions(functions).clock(new ManualClock(start)).build()) {
 *   // start the app with INNGEST_DEV=1 and INNGEST_BASE_URL=inngest.baseUri(), then sync it (PUT)
 *   inngest.engine().publishJson(event);
 *   inngest.engine().advance(Duration.ofHours(1));
 * }
 * }</pre>
 */
public final class InngestServerHarness implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(InngestServerHarness.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final HttpServer server;
  private final ExecutorService executor;
  private final EmbeddedEngine engine;
  private final @Nullable String signingKey;
  private final Clock signingClock;
  private final Duration callTimeout;
  private final boolean serveUrlConfigured;
  private final AtomicReference<@Nullable HttpCallExecutor> calls = new AtomicReference<>();
  private final List<JsonNode> registrations = new CopyOnWriteArrayList<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  private InngestServerHarness(Builder b) {
    this.signingKey = b.signingKey;
    this.signingClock = b.signingClock;
    this.callTimeout = b.callTimeout;
    this.serveUrlConfigured = b.serveUrl != null;
    if (b.serveUrl != null) {
      calls.set(executorFor(b.serveUrl));
    }
    EmbeddedEngineBuilder engineBuilder =
        EmbeddedEngine.builder()
            .appId(b.appId)
            .clock(b.clock)
            .registry(b.registry)
            .backoff(b.backoff)
            .random(b.random)
            .functions(b.functions)
            .callExecutor(this::call);
    this.engine = engineBuilder.build();
    this.executor = Executors.newFixedThreadPool(4);
    try {
      this.server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException("could not start the Inngest server harness", e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
    LOGGER.info("Inngest server harness for app '{}' listening at {}", b.appId, baseUri());
  }

  /** A builder; only the functions are needed. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The origin to give the app as its API and event API base URL, e.g. {@code
   * http://127.0.0.1:1234}.
   */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The engine playing the server: publish events, advance its clock, read run history. */
  public EmbeddedEngine engine() {
    return engine;
  }

  /** The serve URL calls go to: the configured one, else the URL of the last sync. */
  public Optional<URI> serveUrl() {
    HttpCallExecutor current = calls.get();
    return current == null ? Optional.empty() : Optional.of(current.serveUrl());
  }

  /** The bodies of every {@code POST /fn/register} received, oldest first. */
  public List<JsonNode> registrations() {
    return List.copyOf(registrations);
  }

  /** Every event received on {@code POST /e/{key}}, in arrival order. */
  public List<JsonNode> receivedEvents() {
    return List.copyOf(events);
  }

  /** Stops the HTTP server and the engine. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    engine.close();
  }

  private HttpCallExecutor executorFor(URI serveUrl) {
    return HttpCallExecutor.builder(serveUrl)
        .signingKey(signingKey)
        .clock(signingClock)
        .timeout(callTimeout)
        .build();
  }

  private ExecutionResult call(ExecutionRequest request) {
    HttpCallExecutor current = calls.get();
    if (current == null) {
      throw new IllegalStateException(
          "no serve URL: configure one with serveUrl(…) or sync the app (PUT to its serve"
              + " endpoint) before running functions");
    }
    return current.execute(request);
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      ObjectNode answer;
      int status;
      if (method.equals("POST") && path.startsWith("/e/")) {
        Reply reply = ingest(path.substring("/e/".length()), body);
        status = reply.status();
        answer = reply.body();
      } else if (method.equals("POST") && path.equals("/fn/register")) {
        Reply reply = register(exchange, body);
        status = reply.status();
        answer = reply.body();
      } else {
        status = 404;
        answer = NODES.objectNode().put("error", "no " + method + " " + path + " in the harness");
      }
      byte[] bytes = Json.mapper().writeValueAsBytes(answer);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("X-Inngest-Server-Kind", "cloud");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (RuntimeException e) {
      LOGGER.error("the Inngest server harness failed on a request", e);
      throw e;
    }
  }

  private Reply ingest(String key, byte[] body) {
    if (key.isBlank()) {
      return new Reply(
          401, NODES.objectNode().put("error", "Event key not found").put("status", 401));
    }
    JsonNode json;
    try {
      json = Json.mapper().readTree(body);
    } catch (IOException e) {
      return new Reply(400, NODES.objectNode().put("error", "body is not JSON").put("status", 400));
    }
    if (json == null || !(json.isArray() || json.isObject())) {
      return new Reply(
          400,
          NODES.objectNode().put("error", "body must be an event or an array").put("status", 400));
    }
    try {
      PublishResult result = engine.publishJson(json);
      if (json.isArray()) {
        json.forEach(events::add);
      } else {
        events.add(json);
      }
      ObjectNode answer = NODES.objectNode();
      ArrayNode ids = answer.putArray("ids");
      result.ids().forEach(ids::add);
      answer.put("status", 200);
      return new Reply(200, answer);
    } catch (EventValidationException e) {
      return new Reply(400, NODES.objectNode().put("error", e.getMessage()).put("status", 400));
    }
  }

  private Reply register(HttpExchange exchange, byte[] body) {
    if (signingKey != null) {
      String expected = "Bearer " + Signatures.hashedBearer(signingKey);
      if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        return new Reply(
            401, NODES.objectNode().put("error", "Your signing key is invalid").put("status", 401));
      }
    }
    JsonNode json;
    try {
      json = Json.mapper().readTree(body);
    } catch (IOException e) {
      json = null;
    }
    if (json == null || !json.path("url").isTextual()) {
      return new Reply(
          400, NODES.objectNode().put("error", "register body needs a url").put("status", 400));
    }
    boolean modified =
        registrations.isEmpty() || !registrations.get(registrations.size() - 1).equals(json);
    registrations.add(json);
    URI url;
    try {
      url = URI.create(json.get("url").asText());
    } catch (IllegalArgumentException e) {
      return new Reply(400, NODES.objectNode().put("error", "url is not a URI").put("status", 400));
    }
    // A configured URL wins; otherwise the synced one is adopted, as Inngest adopts the app's URL.
    if (!serveUrlConfigured) {
      calls.set(executorFor(url));
    }
    return new Reply(200, NODES.objectNode().put("ok", true).put("modified", modified));
  }

  private record Reply(int status, ObjectNode body) {}

  /** Builds an {@link InngestServerHarness}. */
  public static final class Builder {
    private String appId = "handyman-app";
    private Clock clock = Clock.systemUTC();
    private Clock signingClock = Clock.systemUTC();
    private EventRegistry registry = EventRegistry.builder().build();
    private Backoff backoff = Backoff.DEFAULT;
    private Random random = new Random();
    private final List<WorkflowFunction> functions = new ArrayList<>();
    private @Nullable URI serveUrl;
    private @Nullable String signingKey;
    private Duration callTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /** The app id (default {@code handyman-app}); must equal the app's. */
    public Builder appId(String value) {
      this.appId = Objects.requireNonNull(value, "appId must not be null");
      return this;
    }

    /** The engine's clock; a {@code ManualClock} to advance time without waiting. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock must not be null");
      return this;
    }

    /** The clock call signatures are stamped with (default: the system clock). */
    public Builder signingClock(Clock value) {
      this.signingClock = Objects.requireNonNull(value, "signingClock must not be null");
      return this;
    }

    /** The registry that types event payloads (default: empty). */
    public Builder registry(EventRegistry value) {
      this.registry = Objects.requireNonNull(value, "registry must not be null");
      return this;
    }

    /** Retry delays (default {@link Backoff#DEFAULT}). */
    public Builder backoff(Backoff value) {
      this.backoff = Objects.requireNonNull(value, "backoff must not be null");
      return this;
    }

    /** Jitter and ids; seed it for reproducible runs. */
    public Builder random(Random value) {
      this.random = Objects.requireNonNull(value, "random must not be null");
      return this;
    }

    /** The functions the app serves (the same definitions). */
    public Builder functions(Collection<WorkflowFunction> values) {
      values.forEach(f -> functions.add(Objects.requireNonNull(f, "functions must not be null")));
      return this;
    }

    /**
     * Where to call the app; without it the URL of the app's first sync is used, as Inngest does.
     */
    public Builder serveUrl(@Nullable URI value) {
      this.serveUrl = value;
      return this;
    }

    /** Signs calls and checks the register bearer with this key (cloud mode); none by default. */
    public Builder signingKey(@Nullable String value) {
      this.signingKey = value == null || value.isBlank() ? null : value;
      return this;
    }

    /** How long one call may take (default 30 seconds). */
    public Builder callTimeout(Duration value) {
      this.callTimeout = Objects.requireNonNull(value, "callTimeout must not be null");
      return this;
    }

    /** Builds the harness and starts its HTTP server. */
    public InngestServerHarness build() {
      return new InngestServerHarness(this);
    }
  }
}
