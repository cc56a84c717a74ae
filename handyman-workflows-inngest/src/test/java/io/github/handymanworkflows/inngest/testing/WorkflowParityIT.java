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

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobCompleted;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.event.OnboardingStarted;
import io.github.handymanworkflows.event.ReviewSubmitted;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.inngest.InngestApp;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.JdkHttpServerAdapter;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.review.Review;
import io.github.handymanworkflows.test.InMemoryWorld;
import io.github.handymanworkflows.test.data.TestHandymen;
import io.github.handymanworkflows.test.data.TestPlaces;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The marketplace's real workflows, one story, two drivers: the embedded engine in-process, and the
 * same engine playing Inngest over signed HTTP against the serve handler. Both must send the same
 * emails and end every run the same way.
 */
class WorkflowParityIT {

  private static final String KEY = "signkey-test-7061726974792d6b6579";
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void aWholeMarketplaceStoryGivesTheSameRunsAndEmailsOnBothDrivers() throws Exception {
    Outcome inProcess = inProcess();
    Outcome overHttp = overHttp();

    assertThat(overHttp.runs()).isEqualTo(inProcess.runs());
    assertThat(overHttp.emailKeys()).isEqualTo(inProcess.emailKeys());
    assertThat(inProcess.emailKeys())
        .contains(
            "welcome:cust-1", "job-matched:job-1:hm-1", "review-request:job-1", "role-tips:cust-1");
    assertThat(inProcess.emailKeys()).doesNotContain("review-reminder:job-1");
    assertThat(overHttp.completedJobs()).isEqualTo(1).isEqualTo(inProcess.completedJobs());
  }

  // ---- the story -----------------------------------------------------------------------------

  private static void seed(InMemoryWorld world) {
    world.users.save(TestUsers.customer("cust-1").name("Chioma", "Eze").build());
    world.users.save(TestUsers.handyman("hm-1").name("Tunde", "Bello").build());
    world.users.save(TestUsers.admin("admin-1").name("Ada", "Admin").build());
    world.handymen.save(TestHandymen.matchable("hm-1", TestPlaces.IKEJA, "plumbing"));
  }

  private static void story(
      InMemoryWorld world, ManualClock clock, EventPublisher publisher, EmbeddedEngine engine)
      throws Exception {
    Job job =
        Job.open(
            "job-1",
            "cust-1",
            "Fix the kitchen sink",
            "plumbing",
            TestPlaces.at(TestPlaces.IKEJA),
            Urgency.HIGH,
            Money.of(5_000_000, "NGN"),
            clock.instant());
    world.jobs.save(job);
    publish(
        publisher,
        UserRegistered.TYPE
            .event(
                new UserRegistered("cust-1", "chioma@example.com", "Chioma", "Eze", Role.CUSTOMER))
            .withId("registered-cust-1"),
        OnboardingStarted.TYPE
            .event(new OnboardingStarted("cust-1", "chioma@example.com", "Chioma", Role.CUSTOMER))
            .withId("onboarding-cust-1"),
        JobPosted.TYPE
            .event(
                new JobPosted(
                    "cust-1",
                    "job-1",
                    job.title(),
                    "Plumbing",
                    job.location(),
                    job.urgency(),
                    job.budget()))
            .withId("posted-job-1"));
    engine.advance(Duration.ofMinutes(10));

    world.jobs.accept("job-1", "hm-1", clock.instant());
    publish(
        publisher,
        JobAccepted.TYPE
            .event(new JobAccepted("hm-1", "job-1", "cust-1", clock.instant()))
            .withId("accepted-job-1"));
    engine.advance(Duration.ofHours(3));

    world.jobs.complete("job-1", Money.of(4_500_000, "NGN"), clock.instant());
    publish(
        publisher,
        JobCompleted.TYPE
            .event(new JobCompleted("hm-1", "job-1", "cust-1", clock.instant(), null, null))
            .withId("completed-job-1"));
    engine.advance(Duration.ofHours(25));

    world.reviews.saveIfAbsent(
        new Review("job-1", "cust-1", "hm-1", 5, "Great work", clock.instant()));
    publish(
        publisher,
        ReviewSubmitted.TYPE
            .event(
                new ReviewSubmitted(
                    "review-1", "job-1", "cust-1", "hm-1", 5, "Great work", clock.instant()))
            .withId("review-job-1"));
    engine.advance(Duration.ofDays(4));
  }

  private static void publish(EventPublisher publisher, Event<?>... events) throws Exception {
    publisher.publish(List.of(events)).toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  // ---- the two drivers -----------------------------------------------------------------------

  private static Outcome inProcess() throws Exception {
    ManualClock clock = new ManualClock(START);
    InMemoryWorld world = new InMemoryWorld();
    seed(world);
    EmbeddedEngine engine =
        EmbeddedEngine.builder()
            .clock(clock)
            .random(new Random(7))
            .registry(HandymanWorkflows.registry())
            .functions(HandymanWorkflows.all(world.dependencies(clock)))
            .build();
    story(world, clock, engine, engine);
    return Outcome.of(world, engine);
  }

  private static Outcome overHttp() throws Exception {
    ManualClock clock = new ManualClock(START);
    InMemoryWorld world = new InMemoryWorld();
    seed(world);
    List<WorkflowFunction> functions = HandymanWorkflows.all(world.dependencies(clock));
    InngestServerHarness harness =
        InngestServerHarness.builder()
            .clock(clock)
            .random(new Random(7))
            .registry(HandymanWorkflows.registry())
            .signingKey(KEY)
            .functions(functions)
            .build();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    InngestConfig config =
        InngestConfig.builder()
            .signingKey(KEY)
            .eventKey("parity-event-key")
            .baseUrl(harness.baseUri())
            .serveOrigin(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
            .build();
    try (InngestApp app =
        InngestApp.builder(config)
            .functions(functions)
            .codec(new io.github.handymanworkflows.event.EventCodec(HandymanWorkflows.registry()))
            .build()) {
      JdkHttpServerAdapter.mount(server, "/api/inngest", app.handler());
      server.setExecutor(executor);
      server.start();
      URI serveUrl =
          URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/inngest");
      HttpResponse<String> sync =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(serveUrl)
                      .header(
                          "X-Inngest-Signature",
                          io.github.handymanworkflows.inngest.Signatures.sign(
                              KEY, new byte[0], java.time.Instant.now().getEpochSecond()))
                      .PUT(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(sync.statusCode()).as("sync answer %s", sync.body()).isEqualTo(200);
      story(world, clock, app.publisher(), harness.engine());
    } finally {
      server.stop(0);
      executor.shutdownNow();
      harness.close();
    }
    return Outcome.of(world, harness.engine());
  }

  /** What a driver produced: each function's run statuses, and every email key. */
  record Outcome(TreeMap<String, List<String>> runs, TreeSet<String> emailKeys, int completedJobs) {
    static Outcome of(InMemoryWorld world, EmbeddedEngine engine) {
      TreeMap<String, List<String>> runs = new TreeMap<>();
      for (RunRecord run : engine.all()) {
        runs.computeIfAbsent(run.functionId(), k -> new java.util.ArrayList<>())
            .add(run.status().name());
      }
      runs.values().forEach(list -> list.sort(null));
      TreeSet<String> keys = new TreeSet<>();
      for (MailMessage mail : world.mailer.sent()) {
        keys.add(mail.idempotencyKey());
      }
      int completed = world.handymen.find("hm-1").orElseThrow().stats().completedJobs();
      return new Outcome(runs, keys, completed);
    }
  }
}
