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

import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.health.InMemoryHealthStateRepository;
import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.mail.OutboxMailer;
import io.github.handymanworkflows.redis.RedisConnection;
import io.github.handymanworkflows.redis.RedisDeduplicatingMailer;
import io.github.handymanworkflows.redis.RedisHealthProbe;
import io.github.handymanworkflows.redis.RedisHealthStateRepository;
import io.github.handymanworkflows.redis.RedisLoginAttemptTracker;
import io.github.handymanworkflows.redis.RedisSessionRepository;
import io.github.handymanworkflows.security.InMemoryLoginAttemptTracker;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.session.InMemorySessionRepository;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.spring.boot.autoconfigure.redis.RedisAutoConfiguration;
import io.github.handymanworkflows.test.redis.LocalRedisServer;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Redis auto-configuration against a redis-server this test starts (password protected). */
class RedisAutoConfigurationTest {

  private static final String PASSWORD = "starter-s3cret-Kd2";
  private static LocalRedisServer server;

  @TempDir Path outbox;

  @BeforeAll
  static void startRedis() {
    server = LocalRedisServer.builder().password(PASSWORD).start();
  }

  @AfterAll
  static void stopRedis() {
    server.close();
  }

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withConfiguration(
            AutoConfigurations.of(RedisAutoConfiguration.class, LineHealth.AUTO_CONFIGURATION))
        .withUserConfiguration(TestWorkflows.class)
        .withPropertyValues("handyman.workflows.mail.outbox-directory=" + outbox);
  }

  @Test
  void staysInMemoryWithoutAUri() {
    runner()
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(RedisConnection.class);
              assertThat(context.getBean(LoginAttemptTracker.class))
                  .isInstanceOf(InMemoryLoginAttemptTracker.class);
              assertThat(context.getBean(Mailer.class)).isInstanceOf(OutboxMailer.class);
            });
  }

  @Test
  void aUriSwitchesOnEveryRedisAdapterAndTheProbe() {
    runner()
        .withPropertyValues(
            "handyman.workflows.redis.uri=" + server.uri(),
            "handyman.workflows.redis.key-prefix=app1:")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(LoginAttemptTracker.class))
                  .isInstanceOf(RedisLoginAttemptTracker.class);
              assertThat(context.getBean(SessionRepository.class))
                  .isInstanceOf(RedisSessionRepository.class);
              assertThat(context.getBean(HealthStateRepository.class))
                  .isInstanceOf(RedisHealthStateRepository.class);
              assertThat(context.getBean(Mailer.class))
                  .isInstanceOf(RedisDeduplicatingMailer.class);
              assertThat(context.getBean(WorkflowDependencies.class).probes())
                  .extracting(HealthProbe::name)
                  .contains(RedisHealthProbe.NAME);

              RedisConnection redis = context.getBean(RedisConnection.class);
              assertThat(redis.keyPrefix()).isEqualTo("app1:");
              Instant now = Instant.parse("2026-11-26T06:00:00Z");
              context.getBean(LoginAttemptTracker.class).recordFailure("u-1", now);
              assertThat(context.getBean(LoginAttemptTracker.class).countFailures("u-1", now))
                  .isEqualTo(1);

              Mailer mailer = context.getBean(Mailer.class);
              MailMessage message =
                  MailMessage.builder()
                      .from(Address.of("noreply@handyman.example"))
                      .to(Address.of("ada@example.org"))
                      .subject("Hello")
                      .html("<p>Hello</p>")
                      .text("Hello")
                      .idempotencyKey("starter:hello")
                      .build();
              assertThat(mailer.send(message).duplicate()).isFalse();
              assertThat(mailer.send(message).duplicate()).isTrue();

              var health = LineHealth.report(context);
              @SuppressWarnings("unchecked")
              Map<String, Object> probes = (Map<String, Object>) health.details().get("probes");
              assertThat(probes).containsKey("redis");
              assertThat(String.valueOf(probes.get("redis"))).contains("UP");
              assertThat(health.status()).isEqualTo("UP");
            });
  }

  @Test
  void eachAdapterCanBeTurnedOffAndTheHostsOwnBeanWins() {
    runner()
        .withUserConfiguration(HostSessions.class)
        .withPropertyValues(
            "handyman.workflows.redis.uri=" + server.uri(),
            "handyman.workflows.redis.login-attempts.enabled=false",
            "handyman.workflows.redis.health-states.enabled=false",
            "handyman.workflows.redis.email-deduplication.enabled=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(SessionRepository.class))
                  .isSameAs(context.getBean(HostSessions.class).sessions);
              assertThat(context.getBean(LoginAttemptTracker.class))
                  .isInstanceOf(InMemoryLoginAttemptTracker.class);
              assertThat(context.getBean(HealthStateRepository.class))
                  .isInstanceOf(InMemoryHealthStateRepository.class);
              assertThat(context.getBean(Mailer.class)).isInstanceOf(OutboxMailer.class);
              assertThat(context).hasSingleBean(RedisHealthProbe.class);
            });
  }

  @Test
  void usesTheHostsLettuceClientWithTheUriAndLeavesItRunning() {
    runner()
        .withUserConfiguration(HostClient.class)
        .withPropertyValues("handyman.workflows.redis.uri=" + server.uri())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              Instant now = Instant.parse("2026-11-26T06:00:00Z");
              context.getBean(LoginAttemptTracker.class).recordFailure("u-1", now);
              assertThat(context.getBean(LoginAttemptTracker.class).countFailures("u-1", now))
                  .isEqualTo(1);
              RedisClient client = context.getBean(RedisClient.class);
              context.getBean(RedisConnection.class).close();
              try (var own = client.connect(RedisURI.create(server.uri()))) {
                assertThat(own.sync().ping()).isEqualTo("PONG");
              }
            });
  }

  @Test
  void enabledFalseTurnsItOffDespiteAUri() {
    runner()
        .withPropertyValues(
            "handyman.workflows.redis.uri=" + server.uri(),
            "handyman.workflows.redis.enabled=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(RedisConnection.class);
              assertThat(context.getBean(SessionRepository.class))
                  .isInstanceOf(InMemorySessionRepository.class);
            });
  }

  @Test
  void withoutTheRedisModuleOnTheClasspathNothingChanges() {
    runner()
        .withClassLoader(new FilteredClassLoader(RedisConnection.class))
        .withPropertyValues("handyman.workflows.redis.uri=" + server.uri())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(SessionRepository.class))
                  .isInstanceOf(InMemorySessionRepository.class);
            });
  }

  @Test
  void aMalformedUriStopsStartupNamingTheSettingButNotItsValue() {
    runner()
        .withPropertyValues("handyman.workflows.redis.uri=http://:" + PASSWORD + "@cache:6379")
        .run(
            context -> {
              FailureAnalysis analysis = analysis(context.getStartupFailure());
              assertThat(analysis.getDescription())
                  .contains("Setting: handyman.workflows.redis.uri")
                  .contains("not a valid Redis URI")
                  .doesNotContain(PASSWORD);
              assertThat(analysis.getAction()).contains("rediss://");
            });
  }

  @Test
  void anUnreachableRedisStopsStartupWithoutPrintingThePassword() {
    runner()
        .withPropertyValues(
            "handyman.workflows.redis.uri=redis://:wrong-"
                + PASSWORD
                + "@127.0.0.1:"
                + server.port())
        .run(
            context -> {
              FailureAnalysis analysis = analysis(context.getStartupFailure());
              assertThat(analysis.getDescription())
                  .contains("Setting: handyman.workflows.redis.uri")
                  .contains("Redis cannot be reached")
                  .doesNotContain(PASSWORD);
              assertThat(analysis.getAction()).contains("connect-at-startup=false");
            });
  }

  @Test
  void withoutConnectAtStartupTheAppStartsAndTheProbeReportsRedisDown() {
    runner()
        .withPropertyValues(
            "handyman.workflows.redis.uri=redis://:wrong-"
                + PASSWORD
                + "@127.0.0.1:"
                + server.port(),
            "handyman.workflows.redis.connect-at-startup=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(RedisHealthProbe.class).check().status())
                  .isEqualTo(HealthStatus.DOWN);
              assertThat(LineHealth.report(context).status()).isEqualTo("DOWN");
            });
  }

  private static FailureAnalysis analysis(Throwable failure) {
    assertThat(failure).isNotNull();
    FailureAnalysis analysis = new HandymanWorkflowsFailureAnalyzer().analyze(failure);
    assertThat(analysis).as("a configuration failure in %s", failure).isNotNull();
    return analysis;
  }

  @Configuration(proxyBeanMethods = false)
  static class HostClient {
    @Bean(destroyMethod = "shutdown")
    RedisClient hostRedisClient() {
      return RedisClient.create();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HostSessions {
    final SessionRepository sessions = new InMemorySessionRepository();

    @Bean
    SessionRepository hostSessionRepository() {
      return sessions;
    }
  }
}
