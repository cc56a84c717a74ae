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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunHistory;
import io.github.handymanworkflows.event.AccountLocked;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the whole app on a random port with its embedded defaults and the dev profile (keyless
 * event ingest on loopback) and walks a story over HTTP: register, verify, log in, post a job, a
 * seeded handyman accepts and completes it, the customer reviews it. Checks the REST answers, the
 * stored state, the events that reached the engine and, once the workflow catalogue is in, the
 * emails in the outbox.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "handyman.workflows.lockout.max-failures=3",
      "handyman.workflows.embedded.workers=2"
    })
@ActiveProfiles("dev")
@Import(StoryEvents.class)
class HandymanAppSmokeTest extends MarketplaceStoryTest {

  static final Path OUTBOX = tempOutbox();

  @DynamicPropertySource
  static void outboxProperty(DynamicPropertyRegistry registry) {
    registry.add("handyman.workflows.mail.outbox-directory", OUTBOX::toString);
  }

  @Autowired EmbeddedEngine engine;
  @Autowired WorkflowDependencies dependencies;

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

  @Test
  void storyEmailsLandInTheOutbox() throws IOException {
    assumeTrue(
        !HandymanWorkflows.all(dependencies).isEmpty(),
        "the workflow catalogue is not merged yet; no workflow sends email");
    Http.Answer registered =
        http.post(
            "/api/auth/register",
            """
            {"email":"kemi@example.com","password":"kemi-secret-1","firstName":"Kemi",
             "role":"customer"}
            """,
            null);
    assertThat(registered.status()).isEqualTo(201);
    await(() -> verificationToken("kemi@example.com").isPresent());
    assertThat(String.join("\n", mentions("kemi@example.com")))
        .doesNotContainIgnoringCase("welcome");

    // The welcome's one trigger is the verified address (§8 D.25).
    String token = verificationToken("kemi@example.com").orElseThrow();
    assertThat(http.post("/api/auth/verify-email", "{\"token\":\"" + token + "\"}", null).status())
        .isEqualTo(200);
    await(() -> mentions("kemi@example.com").size() >= 2);
    List<String> emails = mentions("kemi@example.com");
    assertThat(String.join("\n", emails)).containsIgnoringCase("welcome").contains("verify");
  }

  @Test
  void theIntegrationDocumentsManualTestSendsTheWelcomeEmail() throws IOException {
    Http.Answer described = http.get("/api/inngest", null);
    assertThat(described.status()).isEqualTo(200);
    assertThat(described.body().path("mode").asText()).isEqualTo("embedded");

    Http.Answer sent =
        http.post(
            "/api/inngest",
            """
            {"name":"auth/user.registered","data":{"userId":"user123","email":"test@example.com",
             "firstName":"Test","lastName":"User","role":"customer"}}
            """,
            null);
    assertThat(sent.status()).isEqualTo(200);
    String eventId = sent.body().path("ids").get(0).asText();
    await(() -> engine.all().stream().anyMatch(r -> r.triggerEventId().equals(eventId)));

    assumeTrue(
        !HandymanWorkflows.all(dependencies).isEmpty(),
        "the workflow catalogue is not merged yet; no welcome email to check");
    await(() -> !mentions("test@example.com").isEmpty());
    assertThat(String.join("\n", mentions("test@example.com"))).containsIgnoringCase("welcome");
  }

  @Test
  void refusesBadInputWithClearJsonErrors() {
    Http.Answer badEmail =
        http.post(
            "/api/auth/register",
            "{\"email\":\"not-an-email\",\"password\":\"long-enough\",\"firstName\":\"X\",\"role\":\"customer\"}",
            null);
    assertThat(badEmail.status()).isEqualTo(400);
    assertThat(badEmail.body().path("field").asText()).isEqualTo("email");

    Http.Answer malformed = http.post("/api/auth/login", "{not json", null);
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body().path("detail").asText()).contains("not valid JSON");

    Http.Answer anonymous = http.post("/api/jobs", "{}", null);
    assertThat(anonymous.status()).isEqualTo(401);

    Http.Answer badEvent =
        http.post(
            "/api/inngest",
            "{\"name\":\"auth/user.registered\",\"data\":{\"userId\":\"u1\",\"firstName\":\"A\",\"role\":\"customer\"}}",
            null);
    assertThat(badEvent.status()).isEqualTo(400);
    assertThat(badEvent.body().path("field").asText()).isEqualTo("data.email");
    assertThat(badEvent.body().toString()).doesNotContain("Exception").doesNotContain("at io.");
  }

  @Test
  void locksAnAccountAfterRepeatedFailedLoginsWithoutSayingSo() {
    String body = "{\"email\":\"chidi@handyman.example\",\"password\":\"wrong-password\"}";
    assertThat(http.post("/api/auth/login", body, null).status()).isEqualTo(401);
    assertThat(http.post("/api/auth/login", body, null).status()).isEqualTo(401);
    Http.Answer locked = http.post("/api/auth/login", body, null);
    assertThat(locked.status()).isEqualTo(401);
    assertThat(users.find(SeedData.CHIDI))
        .hasValueSatisfying(u -> assertThat(u.lockedUntil()).isNotNull());
    String rightPassword =
        "{\"email\":\"chidi@handyman.example\",\"password\":\"" + SeedData.DEMO_PASSWORD + "\"}";
    Http.Answer whileLocked = http.post("/api/auth/login", rightPassword, null);
    Http.Answer unknown =
        http.post(
            "/api/auth/login",
            "{\"email\":\"nobody@handyman.example\",\"password\":\"wrong-password\"}",
            null);
    assertThat(whileLocked.status()).isEqualTo(401);
    assertThat(whileLocked.body()).isEqualTo(unknown.body());
    await(
        () ->
            engine.all().stream().anyMatch(r -> r.triggerName().equals(AccountLocked.TYPE.name()))
                || HandymanWorkflows.all(dependencies).isEmpty());
  }
}
