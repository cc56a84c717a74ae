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
package io.github.handymanworkflows.mongo.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.MailSettings;
import io.github.handymanworkflows.mail.TemplateRenderer;
import io.github.handymanworkflows.mongo.MongoEngineLease;
import io.github.handymanworkflows.mongo.MongoOutbox;
import io.github.handymanworkflows.mongo.MongoSettings;
import io.github.handymanworkflows.mongo.MongoStorage;
import io.github.handymanworkflows.token.TokenSecret;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.email.SendWelcomeEmail;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The app of the crash test, run in a JVM of its own: the embedded engine on MongoDB (engine store,
 * lease, outbox) with the real welcome-email workflow, and an HTTP ingest that answers 202 only
 * once the event is recorded in the outbox. Arguments: connection string, database, this life's
 * name, and the file to write the ingest port to.
 */
public final class CrashApp {

  static final Duration LEASE_TTL = Duration.ofSeconds(10);
  static final int WORKERS = 4;

  private CrashApp() {}

  /** Starts the app; it runs until killed. */
  public static void main(String[] args) throws Exception {
    String uri = args[0];
    String database = args[1];
    String life = args[2];
    Path portFile = Path.of(args[3]);
    Clock clock = Clock.systemUTC();
    MongoStorage storage =
        MongoStorage.connect(
            uri,
            MongoSettings.defaults()
                .withDatabase(database)
                .withOperationTimeout(Duration.ofSeconds(5)));
    storage.ensureIndexes();
    Emails emails =
        new Emails(
            new DurableMailer(storage.database(), life),
            new TemplateRenderer(),
            MailSettings.defaults());
    WorkflowDependencies deps =
        new WorkflowDependencies(
            storage.users(),
            storage.handymen(),
            storage.jobs(),
            storage.reviews(),
            storage.tokens(),
            storage.sessions(),
            storage.reports(),
            storage.loginAttempts(),
            storage.healthStates(),
            storage.ledger(),
            emails,
            // The welcome sends no token; the secret is only needed to build the dependencies.
            TokenSecret.of("crash-app token secret, unused by the welcome email"),
            clock,
            WorkflowSettings.defaults());
    MongoEngineLease lease = storage.engineLease(life, LEASE_TTL, clock);
    EmbeddedEngine engine =
        EmbeddedEngine.builder()
            .appId("crash-app")
            .clock(clock)
            .store(storage.engineStore(lease::fencingToken))
            .lease(lease)
            .function(SendWelcomeEmail.function(deps))
            .build();
    engine.start(WORKERS);
    EventCodec codec = new EventCodec(EventCatalogue.registry());
    MongoOutbox outbox = storage.outbox(codec, engine, clock);
    outbox.relay().start(Duration.ofMillis(200));

    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/events", exchange -> ingest(exchange, codec, outbox));
    server.start();
    Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
    Files.writeString(tmp, Integer.toString(server.getAddress().getPort()));
    Files.move(tmp, portFile, StandardCopyOption.ATOMIC_MOVE);
    // Runs until killed; and ends when the test's JVM is gone (its end of stdin closes), so an
    // aborted build leaves no app behind.
    while (System.in.read() != -1) {
      // Nothing is sent on stdin.
    }
    Runtime.getRuntime().halt(1);
  }

  /** One user.registered event per POST; 202 once the outbox recorded it. */
  private static void ingest(HttpExchange exchange, EventCodec codec, MongoOutbox outbox)
      throws IOException {
    try (exchange) {
      int status;
      try {
        JsonNode body = Json.mapper().readTree(exchange.getRequestBody());
        Event<UserRegistered> event = codec.decode(body, UserRegistered.TYPE);
        outbox.publisher().publish(List.of(event)).toCompletableFuture().get(30, TimeUnit.SECONDS);
        status = 202;
      } catch (Exception e) {
        status = 503;
      }
      byte[] answer =
          (status == 202 ? "accepted" : "not accepted").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
    }
  }
}
