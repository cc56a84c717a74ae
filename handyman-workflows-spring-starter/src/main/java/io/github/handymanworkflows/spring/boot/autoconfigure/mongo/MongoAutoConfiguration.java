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
package io.github.handymanworkflows.spring.boot.autoconfigure.mongo;

import com.mongodb.reactivestreams.client.MongoClient;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.inngest.InngestApp;
import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.ledger.WorkflowLedger;
import io.github.handymanworkflows.mongo.MongoEngineLease;
import io.github.handymanworkflows.mongo.MongoIndexConflictException;
import io.github.handymanworkflows.mongo.MongoOutbox;
import io.github.handymanworkflows.mongo.MongoSettings;
import io.github.handymanworkflows.mongo.MongoStorage;
import io.github.handymanworkflows.report.ReportRepository;
import io.github.handymanworkflows.review.ReviewRepository;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsAutoConfiguration;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsConfigurationException;
import io.github.handymanworkflows.spring.boot.autoconfigure.redis.RedisAutoConfiguration;
import io.github.handymanworkflows.token.TokenRepository;
import io.github.handymanworkflows.user.UserRepository;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Puts every storage port in MongoDB, records published events in an outbox, and adds a {@code
 * mongo} health probe. On when the adapter module is on the classpath and {@code
 * handyman.workflows.mongo.uri} is set or {@code handyman.workflows.mongo.enabled=true} (then the
 * application's reactive {@link MongoClient} bean is used). Runs before the core
 * auto-configuration, whose in-memory defaults then back off; a host's own port beans still win.
 */
// After Redis: when both are switched on, Redis keeps the ports it serves (sessions, failed logins,
// health states) and MongoDB supplies the rest.
@AutoConfiguration(
    before = HandymanWorkflowsAutoConfiguration.class,
    after = RedisAutoConfiguration.class)
@ConditionalOnClass({MongoStorage.class, MongoClient.class})
@Conditional(OnMongoEnabled.class)
@EnableConfigurationProperties(HandymanWorkflowsMongoProperties.class)
public class MongoAutoConfiguration {

  private static final Logger LOGGER = LoggerFactory.getLogger(MongoAutoConfiguration.class);

  /** Created by Spring. */
  public MongoAutoConfiguration() {}

  /** The adapters' entry point; indexes are ensured here, so a conflict stops the start. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  MongoStorage handymanWorkflowsMongoStorage(
      HandymanWorkflowsMongoProperties properties, ObjectProvider<MongoClient> clients) {
    MongoSettings settings = settings(properties);
    String uri = properties.getUri();
    MongoStorage storage;
    if (uri != null && !uri.isBlank()) {
      try {
        storage = MongoStorage.connect(uri.trim(), settings);
      } catch (IllegalArgumentException e) {
        throw new HandymanWorkflowsConfigurationException(
            "handyman.workflows.mongo.uri",
            "is not a valid MongoDB connection string",
            "Use the form mongodb://host[:port][/?options] (credentials are never logged).");
      }
      LOGGER.info(
          "handyman-workflows stores its data in MongoDB database '{}' (connection string from"
              + " handyman.workflows.mongo.uri)",
          settings.database());
    } else {
      MongoClient client = clients.getIfUnique();
      if (client == null) {
        throw new HandymanWorkflowsConfigurationException(
            "handyman.workflows.mongo.enabled",
            "is true but there is neither handyman.workflows.mongo.uri nor a single reactive"
                + " MongoClient bean",
            "Set handyman.workflows.mongo.uri (environment HANDYMAN_WORKFLOWS_MONGO_URI) or define"
                + " a com.mongodb.reactivestreams.client.MongoClient bean.");
      }
      storage = MongoStorage.create(client, settings);
      LOGGER.info(
          "handyman-workflows stores its data in MongoDB database '{}' (application MongoClient)",
          settings.database());
    }
    if (properties.isEnsureIndexes()) {
      try {
        int created = storage.ensureIndexes();
        LOGGER.info("MongoDB indexes verified ({} created)", created);
      } catch (MongoIndexConflictException e) {
        storage.close();
        throw new HandymanWorkflowsConfigurationException(
            "handyman.workflows.mongo.database",
            e.getMessage(),
            "Drop or rename the conflicting indexes, or point handyman.workflows.mongo.database"
                + " (or collection-prefix) at other collections.",
            e);
      }
    }
    return storage;
  }

  private static MongoSettings settings(HandymanWorkflowsMongoProperties properties) {
    try {
      return new MongoSettings(
          properties.getDatabase(),
          properties.getCollectionPrefix(),
          properties.getCollections(),
          properties.getTimeout(),
          properties.getBatchSize());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new HandymanWorkflowsConfigurationException(
          "handyman.workflows.mongo",
          e.getMessage() == null ? "a setting is missing" : e.getMessage(),
          "Fix the handyman.workflows.mongo.* setting named in the problem.");
    }
  }

  @Bean
  @ConditionalOnMissingBean
  UserRepository handymanWorkflowsUserRepository(MongoStorage storage) {
    return storage.users();
  }

  @Bean
  @ConditionalOnMissingBean
  HandymanRepository handymanWorkflowsHandymanRepository(MongoStorage storage) {
    return storage.handymen();
  }

  @Bean
  @ConditionalOnMissingBean
  JobRepository handymanWorkflowsJobRepository(MongoStorage storage) {
    return storage.jobs();
  }

  @Bean
  @ConditionalOnMissingBean
  ReviewRepository handymanWorkflowsReviewRepository(MongoStorage storage) {
    return storage.reviews();
  }

  @Bean
  @ConditionalOnMissingBean
  TokenRepository handymanWorkflowsTokenRepository(MongoStorage storage) {
    return storage.tokens();
  }

  @Bean
  @ConditionalOnMissingBean
  SessionRepository handymanWorkflowsSessionRepository(MongoStorage storage) {
    return storage.sessions();
  }

  @Bean
  @ConditionalOnMissingBean
  ReportRepository handymanWorkflowsReportRepository(MongoStorage storage) {
    return storage.reports();
  }

  @Bean
  @ConditionalOnMissingBean
  LoginAttemptTracker handymanWorkflowsLoginAttemptTracker(MongoStorage storage) {
    return storage.loginAttempts();
  }

  @Bean
  @ConditionalOnMissingBean
  HealthStateRepository handymanWorkflowsHealthStateRepository(MongoStorage storage) {
    return storage.healthStates();
  }

  @Bean
  @ConditionalOnMissingBean
  WorkflowLedger handymanWorkflowsLedger(MongoStorage storage) {
    return storage.ledger();
  }

  /**
   * The embedded engine's state (runs, timers, waits, keys, crons) in MongoDB, so runs survive a
   * restart. Off with {@code handyman.workflows.mongo.engine-store=false}.
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      prefix = "handyman.workflows.mongo",
      name = "engine-store",
      havingValue = "true",
      matchIfMissing = true)
  EngineStore handymanWorkflowsEngineStore(MongoStorage storage, MongoEngineLease lease) {
    return storage.engineStore(lease::fencingToken);
  }

  /**
   * The lease that lets several instances share the database: each accepts events, the holder
   * executes, and the engine store's writes carry its fencing token.
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      prefix = "handyman.workflows.mongo",
      name = "engine-store",
      havingValue = "true",
      matchIfMissing = true)
  MongoEngineLease handymanWorkflowsEngineLease(
      MongoStorage storage,
      HandymanWorkflowsMongoProperties properties,
      ObjectProvider<Clock> clock) {
    Duration ttl = properties.getLease().getTtl();
    if (ttl == null || ttl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new HandymanWorkflowsConfigurationException(
          "handyman.workflows.mongo.lease.ttl",
          "must be at least 1s but was " + ttl,
          "Set handyman.workflows.mongo.lease.ttl to how long a dead holder may keep the lease"
              + " (default 15s).");
    }
    // Unique per process: a restarted instance is a new holder and takes over with a new token.
    String holder = hostName() + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID();
    return storage.engineLease(holder, ttl, clock.getIfAvailable(Clock::systemUTC));
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }

  /** Picked up by the health indicator and the system-health workflow. */
  @Bean
  HealthProbe handymanWorkflowsMongoHealthProbe(MongoStorage storage) {
    return storage.healthProbe();
  }

  /** The outbox: on unless {@code handyman.workflows.mongo.outbox.enabled=false}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(
      prefix = "handyman.workflows.mongo.outbox",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class OutboxConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MongoOutbox handymanWorkflowsMongoOutbox(
        MongoStorage storage,
        ObjectProvider<EventRegistry> registry,
        ObjectProvider<Clock> clock,
        ObjectProvider<EmbeddedEngine> embedded,
        ObjectProvider<InngestApp> inngest) {
      // The engine beans are defined after this configuration; the relay looks them up when it
      // first delivers, by which time the context is running.
      EventPublisher engine = new EngineTarget(embedded, inngest);
      return storage.outbox(
          new EventCodec(registry.getObject()), engine, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * The publisher to inject: it records events in MongoDB and completes once they are stored.
     * Primary, so the engine configurations' own publisher backs off.
     */
    @Bean
    @Primary
    EventPublisher handymanWorkflowsEventPublisher(MongoOutbox outbox) {
      return outbox.publisher();
    }

    @Bean
    MongoOutboxLifecycle handymanWorkflowsMongoOutboxLifecycle(
        MongoOutbox outbox, HandymanWorkflowsMongoProperties properties) {
      return new MongoOutboxLifecycle(outbox.relay(), properties.getOutbox().getPollInterval());
    }
  }

  /** Delivers to whichever engine the context has: the embedded one, or Inngest's event API. */
  private record EngineTarget(
      ObjectProvider<EmbeddedEngine> embedded, ObjectProvider<InngestApp> inngest)
      implements EventPublisher {

    @Override
    public CompletionStage<PublishResult> publish(
        List<? extends io.github.handymanworkflows.event.Event<?>> events) {
      EmbeddedEngine engine = embedded.getIfAvailable();
      if (engine != null) {
        return engine.publish(events);
      }
      InngestApp app = inngest.getIfAvailable();
      if (app != null) {
        return app.publisher().publish(events);
      }
      throw new IllegalStateException("no engine to deliver outbox events to");
    }
  }
}
