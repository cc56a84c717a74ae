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
package io.github.handymanworkflows.sample.app;

import static io.github.handymanworkflows.sample.app.MarketplaceStoryTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.PasswordResetRequested;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.token.IssuedToken;
import io.github.handymanworkflows.token.TokenIssuer;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenSecret;
import io.github.handymanworkflows.workflow.InngestEvents;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowBuilder;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * §8 G.35 over the whole story: register, verify from the email, get welcomed, reset the password
 * from the email, and a reset request that fails. Every event the engine stored (the failure events
 * included), every step output and error, every run's result and every log line (the library's at
 * TRACE) are captured; no raw token may appear in any of them. Each token must appear in its email,
 * so the check cannot pass by finding no tokens.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"handyman.workflows.embedded.workers=2"})
@Import(NoTokenOutsideTheEmailTest.CaptureEveryEvent.class)
class NoTokenOutsideTheEmailTest {

  static final Path OUTBOX = MarketplaceStoryTest.tempOutbox();
  static final Pattern VERIFY_LINK = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]{43})");
  static final Pattern RESET_LINK = Pattern.compile("reset-password/([A-Za-z0-9_-]{43})");

  @DynamicPropertySource
  static void outboxProperty(DynamicPropertyRegistry registry) {
    registry.add("handyman.workflows.mail.outbox-directory", OUTBOX::toString);
  }

  /**
   * Keeps every event of the catalogue and every failure event in a run of its own (a function has
   * at most 10 triggers, hence two).
   */
  @TestConfiguration(proxyBeanMethods = false)
  static class CaptureEveryEvent {

    static final List<String> NAMES =
        Stream.concat(
                EventCatalogue.types().stream().map(EventType::name),
                Stream.of(InngestEvents.FUNCTION_FAILED))
            .toList();

    static final String ID = "test-capture-every-event-";

    static WorkflowFunction capture(int part) {
      WorkflowBuilder builder = Workflow.function(ID + part, "Test: capture " + part);
      for (String name : NAMES.subList(part * 10, Math.min(NAMES.size(), part * 10 + 10))) {
        builder = builder.trigger(name, null);
      }
      return builder.retries(0).handler((ctx, step) -> ctx.event().name());
    }

    @Bean
    WorkflowFunction captureFirstTen() {
      return capture(0);
    }

    @Bean
    WorkflowFunction captureSecondTen() {
      return capture(1);
    }
  }

  @LocalServerPort int port;
  @Autowired EmbeddedEngine engine;
  @Autowired EngineStore store;
  @Autowired EventPublisher publisher;
  @Autowired TokenIssuer issuer;
  @Autowired TokenSecret secret;
  @Autowired io.github.handymanworkflows.token.TokenRepository tokens;

  final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  final Logger library = (Logger) LoggerFactory.getLogger("io.github.handymanworkflows");
  Level libraryLevel;
  Http http;

  @BeforeEach
  void captureEveryLogLine() {
    http = new Http(port);
    libraryLevel = library.getLevel();
    library.setLevel(Level.TRACE);
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void stopCapturing() {
    root.detachAppender(logs);
    library.setLevel(libraryLevel);
  }

  @Test
  void noRawTokenAppearsInAnyEventStepOutputFailureOrLogLineOnlyInTheEmails() throws Exception {
    assertThat(CaptureEveryEvent.NAMES).as("two capture functions hold 20 triggers").hasSize(20);
    Http.Answer registered =
        http.post(
            "/api/auth/register",
            """
            {"email":"tara@example.com","password":"tara-secret-1","firstName":"Tara",
             "role":"customer"}
            """,
            null);
    assertThat(registered.status()).isEqualTo(201);
    String userId = registered.body().path("userId").asText();

    await(() -> link("tara@example.com", VERIFY_LINK).isPresent());
    String verification = link("tara@example.com", VERIFY_LINK).orElseThrow();
    assertThat(http.post("/api/auth/verify-email", token(verification), null).status())
        .isEqualTo(200);
    await(() -> mail("tara@example.com").stream().anyMatch(m -> m.contains("Welcome")));

    assertThat(
            http.post("/api/auth/password-reset/request", "{\"email\":\"tara@example.com\"}", null)
                .status())
        .isEqualTo(202);
    await(() -> link("tara@example.com", RESET_LINK).isPresent());
    String reset = link("tara@example.com", RESET_LINK).orElseThrow();
    Http.Answer confirmed =
        http.post(
            "/api/auth/password-reset/confirm",
            "{\"token\":\"" + reset + "\",\"password\":\"tara-secret-2\"}",
            null);
    assertThat(confirmed.status()).isEqualTo(200);

    // A request naming a token of the wrong kind fails: the failure, its event and its log lines
    // must not carry the token either.
    IssuedToken wrongKind = issuer.issue(userId, TokenKind.VERIFICATION, Duration.ofHours(1));
    String unsent = secret.rawToken(tokens.find(wrongKind.tokenId()).orElseThrow());
    publisher
        .publish(
            PasswordResetRequested.TYPE.event(
                new PasswordResetRequested(userId, wrongKind.tokenId())))
        .toCompletableFuture()
        .get(30, TimeUnit.SECONDS);
    await(() -> !engine.runs("send-password-reset", RunStatus.FAILED).isEmpty());
    await(
        () ->
            store.runs(null, null).stream()
                .filter(r -> r.functionId().contains(CaptureEveryEvent.ID))
                .anyMatch(r -> r.events().toString().contains(InngestEvents.FUNCTION_FAILED)));

    List<String> everythingButTheEmails = new ArrayList<>();
    everythingButTheEmails.add(Json.mapper().writeValueAsString(store.runs(null, null)));
    everythingButTheEmails.add(Json.mapper().writeValueAsString(store.unroutedEvents()));
    everythingButTheEmails.add(Json.mapper().writeValueAsString(engine.all()));
    everythingButTheEmails.addAll(logLines());
    String captured = String.join("\n", everythingButTheEmails);

    assertThat(captured)
        .as("the capture holds the story's events, step outputs, the failure and log lines")
        .contains("auth/email.verification.requested", "auth/password.reset.requested")
        .contains(InngestEvents.FUNCTION_FAILED, "is not a PASSWORD_RESET token")
        .contains(wrongKind.tokenId());
    assertThat(logLines()).isNotEmpty();
    for (String token : List.of(verification, reset, unsent)) {
      assertThat(captured).as("a raw token outside the email").doesNotContain(token);
    }
    String mails = String.join("\n", mail("tara@example.com"));
    assertThat(mails).contains(verification).contains(reset).doesNotContain(unsent);
  }

  private static String token(String raw) {
    return "{\"token\":\"" + raw + "\"}";
  }

  private List<String> logLines() {
    List<ILoggingEvent> events;
    synchronized (logs) {
      events = new ArrayList<>(logs.list);
    }
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : events) {
      lines.add(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        lines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
    }
    return lines;
  }

  /** The token of the newest link of this kind in the emails to the address. */
  private Optional<String> link(String email, Pattern pattern) {
    return mail(email).stream()
        .map(pattern::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .reduce((first, second) -> second);
  }

  private static List<String> mail(String email) {
    return MarketplaceStoryTest.emailsIn(OUTBOX, email);
  }
}
