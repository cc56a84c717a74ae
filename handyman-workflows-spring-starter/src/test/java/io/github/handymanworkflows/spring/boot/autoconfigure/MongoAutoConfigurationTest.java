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
package io.github.handymanworkflows.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.ledger.WorkflowLedger;
import io.github.handymanworkflows.mongo.MongoEngineLease;
import io.github.handymanworkflows.mongo.MongoEngineStore;
import io.github.handymanworkflows.mongo.MongoHandymanRepository;
import io.github.handymanworkflows.mongo.MongoJobRepository;
import io.github.handymanworkflows.mongo.MongoOutboxPublisher;
import io.github.handymanworkflows.mongo.MongoSettings;
import io.github.handymanworkflows.mongo.MongoStorage;
import io.github.handymanworkflows.mongo.MongoUserRepository;
import io.github.handymanworkflows.mongo.MongoWorkflowLedger;
import io.github.handymanworkflows.spring.boot.autoconfigure.mongo.MongoAutoConfiguration;
import io.github.handymanworkflows.user.InMemoryUserRepository;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserRepository;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MongoAutoConfigurationTest {

  private static MongoServer server;
  private static String uri;

  @TempDir Path outbox;

  @BeforeAll
  static void startServer() {
    server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    uri = "mongodb://127.0.0.1:" + address.getPort();
  }

  @AfterAll
  static void stopServer() {
    server.shutdownNow();
  }

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class))
        .withUserConfiguration(TestWorkflows.class)
        .withPropertyValues(
            "handyman.workflows.mail.outbox-directory=" + outbox,
            "handyman.workflows.tokens.secret=" + TOKEN_SECRET);
  }

  /** A test key: tokens in MongoDB need one. */
  static final String TOKEN_SECRET = "mongo-starter-test-token-secret-0123456789";

  @Test
  void withoutAMongoSettingTheStoresStayInMemory() {
    runner()
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(MongoStorage.class);
              assertThat(context.getBean(UserRepository.class))
                  .isInstanceOf(InMemoryUserRepository.class);
            });
  }

  @Test
  void theUriAloneMovesEveryPortToMongoAndAddsAHealthProbe() {
    String database = "db" + UUID.randomUUID().toString().replace("-", "");
    runner()
        .withPropertyValues(
            "handyman.workflows.mongo.uri=" + uri, "handyman.workflows.mongo.database=" + database)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(UserRepository.class))
                  .isInstanceOf(MongoUserRepository.class);
              assertThat(context.getBean(HandymanRepository.class))
                  .isInstanceOf(MongoHandymanRepository.class);
              assertThat(context.getBean(JobRepository.class))
                  .isInstanceOf(MongoJobRepository.class);
              assertThat(context.getBean(WorkflowLedger.class))
                  .isInstanceOf(MongoWorkflowLedger.class);
              assertThat(context.getBean(EventPublisher.class))
                  .isInstanceOf(MongoOutboxPublisher.class);
              assertThat(context.getBean("handymanWorkflowsEngineStore"))
                  .isInstanceOf(MongoEngineStore.class);
              HealthProbe probe =
                  context.getBeansOfType(HealthProbe.class).values().stream()
                      .filter(p -> p.name().equals("mongo"))
                      .findFirst()
                      .orElseThrow();
              assertThat(probe.check().status()).isEqualTo(HealthStatus.UP);

              UserAccount user =
                  UserAccount.builder("u-1", "ada@example.com", Role.CUSTOMER, Instant.EPOCH)
                      .build();
              context.getBean(UserRepository.class).save(user);
              try (MongoStorage direct =
                  MongoStorage.connect(uri, MongoSettings.defaults().withDatabase(database))) {
                assertThat(direct.users().find("u-1")).contains(user);
              }
            });
  }

  @Test
  void aPublishedEventIsStoredThenDeliveredToTheEmbeddedEngine() {
    runner()
        .withPropertyValues(
            "handyman.workflows.mongo.uri=" + uri,
            "handyman.workflows.mongo.database=db" + UUID.randomUUID().toString().replace("-", ""))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              EventPublisher publisher = context.getBean(EventPublisher.class);
              EmbeddedEngine engine = context.getBean(EmbeddedEngine.class);

              publisher
                  .publish(
                      Event.of(
                          UserRegistered.TYPE,
                          new UserRegistered("u-7", "u7@example.com", "Ada", null, Role.CUSTOMER)))
                  .toCompletableFuture()
                  .get(30, TimeUnit.SECONDS);

              // The relay delivers on its own thread; wait for the run the event must start.
              long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
              while (engine.runs(TestWorkflows.WELCOME, RunStatus.COMPLETED).isEmpty()
                  && System.nanoTime() < deadline) {
                Thread.sleep(20);
              }
              assertThat(engine.runs(TestWorkflows.WELCOME, RunStatus.COMPLETED)).hasSize(1);
            });
  }

  @Test
  void theEngineExecutesUnderTheMongoLeaseAndGivesItUpWhenTheContextCloses() throws Exception {
    String database = "db" + UUID.randomUUID().toString().replace("-", "");
    long[] token = new long[1];
    runner()
        .withPropertyValues(
            "handyman.workflows.mongo.uri=" + uri,
            "handyman.workflows.mongo.database=" + database,
            "handyman.workflows.mongo.lease.ttl=3s")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              MongoEngineLease lease = context.getBean(MongoEngineLease.class);
              assertThat(lease.ttl()).isEqualTo(Duration.ofSeconds(3));
              EmbeddedEngine engine = context.getBean(EmbeddedEngine.class);
              long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
              while (!engine.holdsLease() && System.nanoTime() < deadline) {
                Thread.sleep(20);
              }
              assertThat(engine.holdsLease()).isTrue();
              assertThat(lease.fencingToken()).isPositive();
              token[0] = lease.fencingToken();
            });
    // Released on close: another instance takes it at once, with a newer token.
    try (MongoStorage storage =
        MongoStorage.connect(uri, MongoSettings.defaults().withDatabase(database))) {
      MongoEngineLease next =
          storage.engineLease("next", Duration.ofSeconds(3), java.time.Clock.systemUTC());
      assertThat(next.tryAcquire()).isTrue();
      assertThat(next.fencingToken()).isGreaterThan(token[0]);
    }
  }

  @Test
  void aLeaseTtlUnderOneSecondFailsNamingTheSetting() {
    runner()
        .withPropertyValues(
            "handyman.workflows.mongo.uri=" + uri, "handyman.workflows.mongo.lease.ttl=100ms")
        .run(
            context -> {
              assertThat(context).hasFailed();
              FailureAnalysis analysis =
                  new HandymanWorkflowsFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription()).contains("handyman.workflows.mongo.lease.ttl");
            });
  }

  @Test
  void enabledWithoutAUriOrAClientFailsNamingTheSetting() {
    runner()
        .withPropertyValues("handyman.workflows.mongo.enabled=true")
        .run(
            context -> {
              assertThat(context).hasFailed();
              FailureAnalysis analysis =
                  new HandymanWorkflowsFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription()).contains("handyman.workflows.mongo.enabled");
              assertThat(analysis.getAction()).contains("handyman.workflows.mongo.uri");
            });
  }

  @Test
  void anInvalidDatabaseNameFailsNamingTheProblem() {
    runner()
        .withPropertyValues(
            "handyman.workflows.mongo.uri=" + uri, "handyman.workflows.mongo.database=bad.name")
        .run(
            context -> {
              assertThat(context).hasFailed();
              FailureAnalysis analysis =
                  new HandymanWorkflowsFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription()).contains("database").contains("bad.name");
            });
  }

  @Test
  void aMalformedUriFailsWithoutEchoingIt() {
    runner()
        .withPropertyValues("handyman.workflows.mongo.uri=postgres://user:pa55word@host")
        .run(
            context -> {
              assertThat(context).hasFailed();
              FailureAnalysis analysis =
                  new HandymanWorkflowsFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription())
                  .contains("handyman.workflows.mongo.uri")
                  .doesNotContain("pa55word");
            });
  }

  @Test
  void tokensInMongoWithoutATokenSecretRefuseToStartNamingTheSetting() {
    new ApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class))
        .withUserConfiguration(TestWorkflows.class)
        .withPropertyValues(
            "handyman.workflows.mail.outbox-directory=" + outbox,
            "handyman.workflows.mongo.uri=" + uri,
            "handyman.workflows.mongo.database=db" + UUID.randomUUID().toString().replace("-", ""))
        .run(
            context -> {
              assertThat(context).hasFailed();
              FailureAnalysis analysis =
                  new HandymanWorkflowsFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription())
                  .contains("handyman.workflows.tokens.secret")
                  .contains("MongoTokenRepository");
              assertThat(analysis.getAction()).contains("at least 32");
            });
  }
}
