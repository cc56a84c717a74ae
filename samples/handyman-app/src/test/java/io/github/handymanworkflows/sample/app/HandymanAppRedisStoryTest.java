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

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunHistory;
import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.redis.RedisConnection;
import io.github.handymanworkflows.redis.RedisDeduplicatingMailer;
import io.github.handymanworkflows.redis.RedisHealthStateRepository;
import io.github.handymanworkflows.redis.RedisLoginAttemptTracker;
import io.github.handymanworkflows.redis.RedisSessionRepository;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.test.redis.LocalRedisServer;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole marketplace story with Redis switched on: the app started with {@code
 * handyman.workflows.redis.uri} pointing at a redis-server this test starts. Sessions, failed
 * logins, health states and e-mail keys then live in Redis.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "handyman.workflows.lockout.max-failures=3",
      "handyman.workflows.embedded.workers=2",
      "handyman.workflows.redis.key-prefix=sample:"
    })
@Import(StoryEvents.class)
class HandymanAppRedisStoryTest extends MarketplaceStoryTest {

  static final Path OUTBOX = tempOutbox();
  static final LocalRedisServer REDIS = LocalRedisServer.start();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(REDIS::close));
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("handyman.workflows.mail.outbox-directory", OUTBOX::toString);
    registry.add("handyman.workflows.redis.uri", REDIS::uri);
  }

  @Autowired EmbeddedEngine engine;
  @Autowired RedisConnection redis;
  @Autowired SessionRepository sessions;
  @Autowired LoginAttemptTracker loginAttempts;
  @Autowired HealthStateRepository healthStates;
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

  @Test
  void theStoresAreTheRedisAdaptersAndSessionsLiveInRedis() {
    assertThat(sessions).isInstanceOf(RedisSessionRepository.class);
    assertThat(loginAttempts).isInstanceOf(RedisLoginAttemptTracker.class);
    assertThat(healthStates).isInstanceOf(RedisHealthStateRepository.class);
    assertThat(mailer).isInstanceOf(RedisDeduplicatingMailer.class);

    login("emeka@handyman.example", SeedData.DEMO_PASSWORD);

    List<String> keys = redis.call("test", c -> c.keys("sample:session:id:*"));
    assertThat(keys).isNotEmpty();
  }

  @Test
  void locksAnAccountAfterRepeatedFailedLoginsCountedInRedis() {
    String body = "{\"email\":\"chidi@handyman.example\",\"password\":\"wrong-password\"}";
    assertThat(http.post("/api/auth/login", body, null).status()).isEqualTo(401);
    assertThat(http.post("/api/auth/login", body, null).status()).isEqualTo(401);
    // The third failure counted in Redis locks the account (in the request itself): now even the
    // right password gets the same 401 as a wrong one, so the answer reveals nothing.
    assertThat(http.post("/api/auth/login", body, null).status()).isEqualTo(401);
    String right =
        "{\"email\":\"chidi@handyman.example\",\"password\":\"" + SeedData.DEMO_PASSWORD + "\"}";
    assertThat(http.post("/api/auth/login", right, null).status()).isEqualTo(401);

    Long users = redis.call("test", c -> c.zcard("sample:login:users"));
    assertThat(users).isPositive();
  }

  @Test
  void healthShowsRedisUp() {
    Http.Answer health = http.get("/actuator/health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().toString()).contains("redis");
    assertThat(health.body().path("status").asText()).isEqualTo("UP");
  }
}
