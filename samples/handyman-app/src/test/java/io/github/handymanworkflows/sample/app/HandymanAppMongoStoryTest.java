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

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunHistory;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.mongo.MongoEngineStore;
import io.github.handymanworkflows.mongo.MongoJobRepository;
import io.github.handymanworkflows.mongo.MongoOutboxPublisher;
import io.github.handymanworkflows.mongo.MongoUserRepository;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same marketplace story with MongoDB switched on by one property, {@code
 * handyman.workflows.mongo.uri}: the stores, the engine's state and the event outbox live in a
 * mongo-java-server the test starts in this JVM and the app reaches over the wire protocol.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"handyman.workflows.embedded.workers=2"})
@Import(StoryEvents.class)
class HandymanAppMongoStoryTest extends MarketplaceStoryTest {

  static final Path OUTBOX = tempOutbox();
  static final MongoServer MONGO = new MongoServer(new MemoryBackend());

  static {
    MONGO.bind("127.0.0.1", 0);
  }

  @DynamicPropertySource
  static void mongo(DynamicPropertyRegistry registry) {
    registry.add("handyman.workflows.mail.outbox-directory", OUTBOX::toString);
    // Tokens live in MongoDB, so the key must be set: a test key, never a production one.
    registry.add(
        "handyman.workflows.tokens.secret", () -> "mongo-story-test-token-secret-0123456789abcdef");
    registry.add(
        "handyman.workflows.mongo.uri",
        () -> "mongodb://127.0.0.1:" + MONGO.getLocalAddress().getPort());
  }

  @AfterAll
  static void stopMongo() {
    MONGO.shutdownNow();
  }

  @Autowired EmbeddedEngine engine;
  @Autowired EngineStore engineStore;
  @Autowired EventPublisher publisher;

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
  void theOnePropertyPutsStoresEngineStateAndEventsInMongo() {
    assertThat(users).isInstanceOf(MongoUserRepository.class);
    assertThat(jobs).isInstanceOf(MongoJobRepository.class);
    assertThat(publisher).isInstanceOf(MongoOutboxPublisher.class);
    assertThat(engineStore).isInstanceOf(MongoEngineStore.class);
  }
}
