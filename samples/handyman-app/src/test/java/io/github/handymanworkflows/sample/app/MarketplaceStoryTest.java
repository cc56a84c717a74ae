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
import io.github.handymanworkflows.engine.RunHistory;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.CustomerJobCompleted;
import io.github.handymanworkflows.event.EmailVerificationRequested;
import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobCompleted;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.event.OnboardingStarted;
import io.github.handymanworkflows.event.ReviewSubmitted;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.job.JobStatus;
import io.github.handymanworkflows.review.ReviewRepository;
import io.github.handymanworkflows.token.TokenHashes;
import io.github.handymanworkflows.token.TokenRepository;
import io.github.handymanworkflows.user.UserRepository;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The marketplace story over HTTP, run against the app with either engine: register, verify, log
 * in, post a job, a seeded handyman accepts and completes it, the customer reviews it. Checks the
 * REST answers, the stored state, the events that started runs and, once the workflow catalogue has
 * them, the emails in the outbox.
 */
abstract class MarketplaceStoryTest {

  private static final Pattern VERIFY_LINK =
      Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]{43})");

  @LocalServerPort int port;
  @Autowired UserRepository users;
  @Autowired JobRepository jobs;
  @Autowired ReviewRepository reviews;
  @Autowired TokenRepository tokens;
  @Autowired AppEvents appEvents;

  Http http;

  /** Where the runs are recorded: the app's engine, or the server harness's. */
  abstract RunHistory history();

  /** The functions the engine runs. */
  abstract Collection<WorkflowFunction> functions();

  /** The outbox the app writes emails to. */
  abstract Path outbox();

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void walksTheMarketplaceStoryOverHttp() {
    // Register a customer.
    Http.Answer registered =
        http.post(
            "/api/auth/register",
            """
            {"email":"bola@example.com","password":"bola-secret-1","firstName":"Bola",
             "lastName":"Ade","role":"customer"}
            """,
            null);
    assertThat(registered.status()).isEqualTo(201);
    String customerId = registered.body().path("userId").asText();
    assertThat(users.find(customerId))
        .hasValueSatisfying(u -> assertThat(u.emailVerified()).isFalse());

    // The raw token exists only in the email (the event names it by id); the store keeps its hash.
    await(() -> verificationToken("bola@example.com").isPresent());
    String token = verificationToken("bola@example.com").orElseThrow();
    assertThat(tokens.findByHash(TokenHashes.sha256Hex(token)))
        .hasValueSatisfying(t -> assertThat(t.tokenHash()).isNotEqualTo(token));
    assertThat(mentions("bola@example.com").stream().filter(e -> e.contains("Welcome")))
        .as("the welcome waits for the verified address")
        .isEmpty();

    Http.Answer verified =
        http.post("/api/auth/verify-email", "{\"token\":\"" + token + "\"}", null);
    assertThat(verified.status()).isEqualTo(200);
    assertThat(users.find(customerId))
        .hasValueSatisfying(u -> assertThat(u.emailVerified()).isTrue());
    assertThat(http.post("/api/auth/verify-email", "{\"token\":\"" + token + "\"}", null).status())
        .as("a token works once")
        .isEqualTo(400);

    String customer = login("bola@example.com", "bola-secret-1");

    // Post a plumbing job in Yaba.
    Http.Answer posted =
        http.post(
            "/api/jobs",
            """
            {"title":"Fix a leaking kitchen tap","category":"Plumbing","urgency":"high",
             "budgetMinor":2500000,"currency":"NGN",
             "location":{"address":"20 Commercial Avenue, Yaba, Lagos","latitude":6.51,"longitude":3.37}}
            """,
            customer);
    assertThat(posted.status()).isEqualTo(201);
    assertThat(posted.body().path("status").asText()).isEqualTo("open");
    String jobId = posted.body().path("jobId").asText();
    // Matching offers the job to the nearby plumber before anyone has taken it.
    if (hasFunction("job-matching-flow")) {
      await(
          () ->
              mentions("emeka@handyman.example").stream()
                  .anyMatch(e -> e.contains("leaking kitchen tap")));
    }

    // The seeded plumber accepts and completes it.
    String emeka = login("emeka@handyman.example", SeedData.DEMO_PASSWORD);
    Http.Answer accepted = http.post("/api/jobs/" + jobId + "/accept", null, emeka);
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.body().path("status").asText()).isEqualTo("accepted");
    assertThat(accepted.body().path("handymanId").asText()).isEqualTo(SeedData.EMEKA);
    String funmi = login("funmi@handyman.example", SeedData.DEMO_PASSWORD);
    assertThat(http.post("/api/jobs/" + jobId + "/accept", null, funmi).status())
        .as("a job is accepted by one handyman")
        .isEqualTo(409);
    assertThat(http.post("/api/jobs/" + jobId + "/accept", null, emeka).status())
        .as("accepting again is harmless")
        .isEqualTo(200);

    Http.Answer completed =
        http.post("/api/jobs/" + jobId + "/complete", "{\"finalPriceMinor\":2300000}", emeka);
    assertThat(completed.status()).isEqualTo(200);
    assertThat(jobs.find(jobId))
        .hasValueSatisfying(
            j -> {
              assertThat(j.status()).isEqualTo(JobStatus.COMPLETED);
              assertThat(j.finalPrice().minorUnits()).isEqualTo(2_300_000);
            });

    // The customer reviews it.
    Http.Answer reviewed =
        http.post(
            "/api/jobs/" + jobId + "/review",
            "{\"rating\":5,\"comment\":\"Quick and tidy\"}",
            customer);
    assertThat(reviewed.status()).isEqualTo(201);
    assertThat(reviews.findByJob(jobId))
        .hasValueSatisfying(r -> assertThat(r.rating()).isEqualTo(5));
    assertThat(http.get("/api/jobs/" + jobId, customer).body().path("rating").asInt()).isEqualTo(5);

    // Every event of the story reached the engine and started a run.
    Set<String> expected =
        Set.of(
            UserRegistered.TYPE.name(),
            EmailVerificationRequested.TYPE.name(),
            OnboardingStarted.TYPE.name(),
            JobPosted.TYPE.name(),
            JobAccepted.TYPE.name(),
            JobCompleted.TYPE.name(),
            CustomerJobCompleted.TYPE.name(),
            ReviewSubmitted.TYPE.name());
    await(() -> storyTriggers().containsAll(expected));
    assertThat(
            history().runs(StoryEvents.LOG, RunStatus.COMPLETED).stream()
                .map(RunRecord::triggerName))
        .containsAll(expected);
    assertThat(appEvents.failures()).isZero();

    // The catalogue's emails for the story, once its workflows are in.
    if (hasFunction("send-welcome-email")) {
      await(() -> mentions("bola@example.com").stream().anyMatch(e -> e.contains("Welcome")));
    }
  }

  /** The token of the verify link in the newest email to the address, once it arrived. */
  Optional<String> verificationToken(String email) {
    return mentions(email).stream()
        .map(VERIFY_LINK::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .reduce((first, second) -> second);
  }

  boolean hasFunction(String id) {
    return functions().stream().anyMatch(f -> f.id().equals(id));
  }

  String login(String email, String password) {
    Http.Answer answer =
        http.post(
            "/api/auth/login",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
            null);
    assertThat(answer.status()).as("login of %s: %s", email, answer.body()).isEqualTo(200);
    JsonNode token = answer.body().path("token");
    assertThat(token.asText()).isNotBlank();
    return token.asText();
  }

  Set<String> storyTriggers() {
    return history().runs(StoryEvents.LOG, RunStatus.COMPLETED).stream()
        .map(RunRecord::triggerName)
        .collect(Collectors.toSet());
  }

  /** The .eml files of the outbox that mention an address. */
  List<String> mentions(String email) {
    return emailsIn(outbox(), email);
  }

  /** The .eml files in {@code outbox} that mention an address, quoted-printable undone. */
  static List<String> emailsIn(Path outbox, String email) {
    if (!Files.isDirectory(outbox)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(outbox)) {
      return files
          .filter(f -> f.toString().endsWith(".eml"))
          .sorted()
          .map(MarketplaceStoryTest::read)
          .filter(text -> text.contains(email))
          // Soft line breaks and escaped "=" would split or hide a link's token.
          .map(text -> text.replace("=\r\n", "").replace("=\n", "").replace("=3D", "="))
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 20 seconds");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  static Path tempOutbox() {
    try {
      return Files.createTempDirectory("handyman-outbox");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
