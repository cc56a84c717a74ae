package io.github.handymanworkflows.sample.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.AccountLocked;
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
import io.github.handymanworkflows.token.TokenRepository;
import io.github.handymanworkflows.user.UserRepository;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the whole app on a random port with its embedded defaults and walks a story over HTTP:
 * register, verify, log in, post a job, a seeded handyman accepts and completes it, the customer
 * reviews it. Checks the REST answers, the stored state, the events that reached the engine and,
 * once the workflow catalogue is in, the emails in the outbox.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "handyman.workflows.lockout.max-failures=3",
      "handyman.workflows.embedded.workers=2"
    })
@Import(StoryEvents.class)
class HandymanAppSmokeTest {

  static final Path OUTBOX = outbox();

  @DynamicPropertySource
  static void outbox(DynamicPropertyRegistry registry) {
    registry.add("handyman.workflows.mail.outbox-directory", OUTBOX::toString);
  }

  @LocalServerPort int port;
  @Autowired EmbeddedEngine engine;
  @Autowired UserRepository users;
  @Autowired JobRepository jobs;
  @Autowired ReviewRepository reviews;
  @Autowired TokenRepository tokens;
  @Autowired WorkflowDependencies dependencies;
  @Autowired AppEvents appEvents;

  Http http;

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

    // Only the token's hash is stored; the raw token travels in the event to the email.
    await(() -> StoryEvents.VERIFICATION_TOKENS.containsKey("bola@example.com"));
    String token = StoryEvents.VERIFICATION_TOKENS.get("bola@example.com");
    assertThat(tokens.findByHash(io.github.handymanworkflows.token.TokenHashes.sha256Hex(token)))
        .hasValueSatisfying(t -> assertThat(t.tokenHash()).isNotEqualTo(token));

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
            engine.runs(StoryEvents.LOG, RunStatus.COMPLETED).stream().map(RunRecord::triggerName))
        .containsAll(expected);
    assertThat(appEvents.failures()).isZero();
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
    await(() -> outboxMentions("kemi@example.com").size() >= 2);
    List<String> emails = outboxMentions("kemi@example.com");
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
    await(() -> !outboxMentions("test@example.com").isEmpty());
    assertThat(String.join("\n", outboxMentions("test@example.com")))
        .containsIgnoringCase("welcome");
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
    assertThat(malformed.body().path("message").asText()).contains("not valid JSON");

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
  void locksAnAccountAfterRepeatedFailedLogins() {
    String body = "{\"email\":\"chidi@handyman.example\",\"password\":\"wrong-password\"}";
    assertThat(http.post("/api/auth/login", body, null).status()).isEqualTo(401);
    assertThat(http.post("/api/auth/login", body, null).status()).isEqualTo(401);
    Http.Answer locked = http.post("/api/auth/login", body, null);
    assertThat(locked.status()).isEqualTo(423);
    assertThat(users.find(SeedData.CHIDI))
        .hasValueSatisfying(u -> assertThat(u.lockedUntil()).isNotNull());
    String rightPassword =
        "{\"email\":\"chidi@handyman.example\",\"password\":\"" + SeedData.DEMO_PASSWORD + "\"}";
    assertThat(http.post("/api/auth/login", rightPassword, null).status()).isEqualTo(423);
    await(
        () ->
            engine.all().stream().anyMatch(r -> r.triggerName().equals(AccountLocked.TYPE.name()))
                || HandymanWorkflows.all(dependencies).isEmpty());
  }

  private String login(String email, String password) {
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

  private Set<String> storyTriggers() {
    return engine.runs(StoryEvents.LOG, RunStatus.COMPLETED).stream()
        .map(RunRecord::triggerName)
        .collect(Collectors.toSet());
  }

  private static List<String> outboxMentions(String email) {
    if (!Files.isDirectory(OUTBOX)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(OUTBOX)) {
      return files
          .filter(f -> f.toString().endsWith(".eml"))
          .map(HandymanAppSmokeTest::read)
          .filter(text -> text.contains(email))
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

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 15 seconds");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  private static Path outbox() {
    try {
      return Files.createTempDirectory("handyman-outbox");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
