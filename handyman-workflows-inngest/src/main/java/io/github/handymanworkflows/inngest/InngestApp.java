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
package io.github.handymanworkflows.inngest;

import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.execution.ExecutionCore;
import io.github.handymanworkflows.workflow.DerivedRegistry;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Wires an app for Inngest: the serve handler over the execution core, and the event publisher the
 * core uses for {@code step.sendEvent} and the host uses to emit events.
 *
 * <pre>{@code
 * InngestApp app = InngestApp.builder(InngestConfig.fromEnvironment(System.getenv()))
 *     .functions(welcomeEmail, dailyDigest)
 *     .build();
 * HttpServer server = JdkHttpServerAdapter.createServer(new InetSocketAddress(3000));
 * JdkHttpServerAdapter.mount(server, "/api/inngest", app.handler());
 * server.start();
 * }</pre>
 */
public final class InngestApp implements AutoCloseable {

  private final InngestServeHandler handler;
  private final InngestEventPublisher publisher;

  private InngestApp(Builder b) {
    b.config.validate();
    EventCodec codec = b.codec.withRegistry(DerivedRegistry.of(b.codec.registry(), b.functions));
    this.publisher =
        InngestEventPublisher.builder(b.config, codec)
            .transport(b.transport)
            .clock(b.clock)
            .build();
    try {
      ExecutionCore core = new ExecutionCore(codec, publisher, b.clock);
      this.handler = new InngestServeHandler(b.config, b.functions, core, b.transport, b.clock);
    } catch (RuntimeException e) {
      publisher.close();
      throw e;
    }
  }

  /** A builder for an app with the given configuration. */
  public static Builder builder(InngestConfig config) {
    return new Builder(config);
  }

  /** The serve endpoint. */
  public InngestServeHandler handler() {
    return handler;
  }

  /** The event publisher. */
  public InngestEventPublisher publisher() {
    return publisher;
  }

  /** Flushes and stops the publisher. */
  @Override
  public void close() {
    publisher.close();
  }

  /** Builds an {@link InngestApp}. */
  public static final class Builder {
    private final InngestConfig config;
    private final List<WorkflowFunction> functions = new ArrayList<>();
    private EventCodec codec = new EventCodec(EventRegistry.builder().build());
    private InngestTransport transport = new JdkInngestTransport();
    private Clock clock = Clock.systemUTC();

    private Builder(InngestConfig config) {
      this.config = Objects.requireNonNull(config, "config must not be null");
    }

    /** Adds functions to serve. */
    public Builder functions(WorkflowFunction... more) {
      return functions(List.of(more));
    }

    /** Adds functions to serve. */
    public Builder functions(List<WorkflowFunction> more) {
      more.forEach(f -> functions.add(Objects.requireNonNull(f, "functions must not be null")));
      return this;
    }

    /**
     * The codec that types events (default: a codec over an empty registry). Its registry is
     * extended with every type the functions declare; see {@link DerivedRegistry}.
     */
    public Builder codec(EventCodec value) {
      this.codec = Objects.requireNonNull(value, "codec must not be null");
      return this;
    }

    /** The outbound HTTP port (default: the JDK client). */
    public Builder transport(InngestTransport value) {
      this.transport = Objects.requireNonNull(value, "transport must not be null");
      return this;
    }

    /** The clock (default: the system clock, UTC). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock must not be null");
      return this;
    }

    /**
     * Builds the app and starts its publisher.
     *
     * @throws IllegalArgumentException naming the function and the event when a function declares
     *     an event name with another payload record than the registry or another function
     * @throws IllegalStateException when the configuration cannot serve (cloud mode without a
     *     signing key names the variable to set)
     */
    public InngestApp build() {
      return new InngestApp(this);
    }
  }
}
