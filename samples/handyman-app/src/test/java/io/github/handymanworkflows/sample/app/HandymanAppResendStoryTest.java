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

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunHistory;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.resend.ResendMailer;
import io.github.handymanworkflows.test.resend.FakeResendServer;
import io.github.handymanworkflows.test.resend.RecordedRequest;
import io.github.handymanworkflows.test.resend.SentEmail;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole marketplace story with Resend switched on, against a local server speaking Resend's
 * API: every email of the story arrives there (with its idempotency key and tags), none in the
 * outbox, and the health endpoint shows the Resend probe.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "handyman.workflows.lockout.max-failures=3",
      "handyman.workflows.embedded.workers=2"
    })
@Import(StoryEvents.class)
class HandymanAppResendStoryTest extends MarketplaceStoryTest {

  static final String API_KEY = "re_sample_story_key";
  static final Path OUTBOX = tempOutbox();
  static final FakeResendServer RESEND = start();

  static FakeResendServer start() {
    try {
      return FakeResendServer.start(API_KEY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void resendProperties(DynamicPropertyRegistry registry) {
    registry.add("handyman.workflows.mail.outbox-directory", OUTBOX::toString);
    registry.add("handyman.workflows.resend.api-key", () -> API_KEY);
    registry.add("handyman.workflows.resend.base-url", () -> RESEND.baseUri().toString());
  }

  @AfterAll
  static void stopResend() {
    RESEND.close();
  }

  @Autowired EmbeddedEngine engine;
  @Autowired Mailer mailer;

  @Override
  RunHistory history() {
    return engine;
  }

  @Override
  Collection<WorkflowFunction> functions() {
    return engine.functions().values();
  }

  @Override
  Path outbox() {
    return OUTBOX;
  }

  /** The emails Resend received for an address, as subject, text and HTML. */
  @Override
  List<String> mentions(String email) {
    return RESEND.emailsTo(email).stream().map(SentEmail::content).toList();
  }

  @Test
  void emailsGoThroughResendWithKeysAndTagsAndNoneToTheOutbox() throws IOException {
    assertThat(mailer).isInstanceOf(ResendMailer.class);
    Http.Answer registered =
        http.post(
            "/api/auth/register",
            """
            {"email":"kemi@example.com","password":"kemi-secret-1","firstName":"Kemi",
             "role":"customer"}
            """,
            null);
    assertThat(registered.status()).isEqualTo(201);
    // The welcome follows the verified address (§8 D.25), from the link in the email.
    await(() -> verificationToken("kemi@example.com").isPresent());
    String token = verificationToken("kemi@example.com").orElseThrow();
    assertThat(http.post("/api/auth/verify-email", "{\"token\":\"" + token + "\"}", null).status())
        .isEqualTo(200);

    await(() -> RESEND.emailsTo("kemi@example.com").size() >= 2);

    List<SentEmail> toKemi = RESEND.emailsTo("kemi@example.com");
    assertThat(String.join("\n", mentions("kemi@example.com")))
        .containsIgnoringCase("welcome")
        .contains("verify");
    assertThat(toKemi).allSatisfy(e -> assertThat(e.tags()).containsKeys("workflow", "email"));
    assertThat(toKemi).allSatisfy(e -> assertThat(e.idempotencyKey()).isNotBlank());
    List<RecordedRequest> sends =
        RESEND.requests().stream().filter(r -> r.method().equals("POST")).toList();
    assertThat(sends).allSatisfy(r -> assertThat(r.header("Idempotency-Key")).isPresent());
    // One email per logical key, however often a step ran.
    assertThat(RESEND.emails().stream().map(SentEmail::idempotencyKey).distinct().count())
        .isEqualTo(RESEND.emails().size());
    assertThat(outboxFiles()).isEmpty();

    Http.Answer health = http.get("/actuator/health", null);
    JsonNode probe = health.body().findPath("probes").path("resend");
    assertThat(probe.path("status").asText()).isEqualTo("UP");
    assertThat(probe.path("detail").asText()).contains("CLOSED");
    assertThat(health.body().toString()).doesNotContain(API_KEY);
  }

  private static List<Path> outboxFiles() throws IOException {
    if (!Files.isDirectory(OUTBOX)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(OUTBOX)) {
      return files.toList();
    }
  }
}
