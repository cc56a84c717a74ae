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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCodec;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.event.PublishResult;
import io.github.handymanworkflows.execution.WireFormat;
import io.github.handymanworkflows.inngest.internal.ApiClient;
import io.github.handymanworkflows.inngest.internal.BadRequestException;
import io.github.handymanworkflows.inngest.internal.CallRequest;
import io.github.handymanworkflows.workflow.InngestEvents;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends events to Inngest's event API ({@code POST {eventApiBaseUrl}/e/{eventKey}}) from a
 * background thread.
 *
 * <p>{@link #publish} validates the events, queues them and returns at once, even when Inngest is
 * down or slow. The queue is bounded; when it is full, publish throws {@link
 * EventBufferFullException} instead of dropping events. Queued sends are combined into requests of
 * at most {@value #MAX_EVENTS_PER_REQUEST} events; a request is retried with exponential backoff
 * and jitter on network errors, 408, 429 and 5xx, reusing one {@code x-inngest-event-id-seed} so
 * that retries map to the same internal ids. The stage completes with the server's ids, or
 * exceptionally with an {@link EventPublishException} carrying the status and error. {@link
 * #close()} flushes with a timeout.
 */
public final class InngestEventPublisher implements EventPublisher, AutoCloseable {

  /** Inngest's limit of events per request. */
  public static final int MAX_EVENTS_PER_REQUEST = 5000;

  private static final Logger LOGGER = LoggerFactory.getLogger(InngestEventPublisher.class);

  private final InngestConfig config;
  private final EventCodec codec;
  private final InngestTransport transport;
  private final Clock clock;
  private final int capacity;
  private final int maxBatch;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration closeTimeout;
  private final long lingerNanos;
  private final Random jitter;
  private final SecureRandom seeds = new SecureRandom();

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Deque<Pending> queue = new ArrayDeque<>();
  private final List<Pending> inFlight = new ArrayList<>();
  private int queuedEvents;
  private boolean closed;
  private final Thread worker;

  private InngestEventPublisher(Builder b) {
    this.config = b.config;
    this.codec = b.codec;
    this.transport = b.transport;
    this.clock = b.clock;
    this.capacity = b.capacity;
    this.maxBatch = b.maxBatch;
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.closeTimeout = b.closeTimeout;
    this.lingerNanos = b.linger.toNanos();
    this.jitter = b.jitter;
    this.worker = new Thread(this::drain, "inngest-event-publisher");
    this.worker.setDaemon(true);
    this.worker.start();
  }

  /**
   * A builder.
   *
   * @param config where to send (event API origin, event key, env)
   * @param codec validates and encodes events
   */
  public static Builder builder(InngestConfig config, EventCodec codec) {
    return new Builder(config, codec);
  }

  /**
   * Validates and queues events.
   *
   * @throws EventValidationException when an event is invalid or uses the reserved {@code inngest/}
   *     prefix
   * @throws EventBufferFullException when the buffer cannot take the events
   * @throws IllegalStateException when the publisher is closed or no event key is configured
   */
  @Override
  public CompletionStage<PublishResult> publish(List<? extends Event<?>> events) {
    Objects.requireNonNull(events, "events must not be null");
    if (events.isEmpty()) {
      return CompletableFuture.completedFuture(new PublishResult(List.of()));
    }
    if (config.eventKey().isEmpty()) {
      throw new IllegalStateException(
          "no event key: set INNGEST_EVENT_KEY to send events to Inngest Cloud");
    }
    List<ObjectNode> encoded = new ArrayList<>(events.size());
    for (Event<?> event : events) {
      encoded.add(encode(Objects.requireNonNull(event, "events must not contain null")));
    }
    List<CompletableFuture<PublishResult>> parts = new ArrayList<>();
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the event publisher is closed");
      }
      if (queuedEvents + encoded.size() > capacity) {
        LOGGER.warn(
            "event buffer full ({} of {} queued); rejected {} events",
            queuedEvents,
            capacity,
            encoded.size());
        throw new EventBufferFullException(
            "the event buffer is full ("
                + queuedEvents
                + " of "
                + capacity
                + " events queued); Inngest is unreachable or slower than events are produced");
      }
      boolean wasEmpty = queue.isEmpty();
      for (int from = 0; from < encoded.size(); from += maxBatch) {
        Pending pending =
            new Pending(encoded.subList(from, Math.min(encoded.size(), from + maxBatch)));
        queue.addLast(pending);
        queuedEvents += pending.events.size();
        parts.add(pending.future);
      }
      // The sender waits for the queue to fill up, not for each event (it lingers when asked to).
      if (wasEmpty) {
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
    return combine(parts);
  }

  private ObjectNode encode(Event<?> event) {
    if (event.name().startsWith(InngestEvents.RESERVED_PREFIX)) {
      throw new EventValidationException(
          event.name(), "name", "uses the reserved prefix 'inngest/'; only Inngest sends these");
    }
    Event<?> stamped = event.ts() == null ? event.withTs(clock.instant()) : event;
    ObjectNode json;
    try {
      json = codec.encode(stamped);
    } catch (IllegalArgumentException e) {
      throw new EventValidationException(event.name(), "data", "cannot be serialised to JSON");
    }
    codec.decode(json);
    return json;
  }

  private static CompletionStage<PublishResult> combine(
      List<CompletableFuture<PublishResult>> parts) {
    if (parts.size() == 1) {
      return parts.get(0).copy();
    }
    return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
        .thenApply(
            ignored -> {
              List<String> ids = new ArrayList<>();
              parts.forEach(p -> ids.addAll(p.join().ids()));
              return new PublishResult(ids);
            });
  }

  private int queuedNotInFlight() {
    int count = 0;
    for (Pending pending : queue) {
      count += pending.events.size();
    }
    return count;
  }

  /** Events queued and not yet sent. */
  public int queuedEvents() {
    lock.lock();
    try {
      return queuedEvents;
    } finally {
      lock.unlock();
    }
  }

  // ---- worker ------------------------------------------------------------------------------

  private void drain() {
    while (true) {
      List<Pending> batch = new ArrayList<>();
      lock.lock();
      try {
        while (queue.isEmpty() && !closed) {
          changed.awaitUninterruptibly();
        }
        // Lingering gathers the events of the next few publish calls into this request.
        long lingerLeft = lingerNanos;
        while (lingerLeft > 0 && !closed && queuedNotInFlight() < maxBatch) {
          try {
            lingerLeft = changed.awaitNanos(lingerLeft);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
        if (queue.isEmpty()) {
          return;
        }
        int size = 0;
        while (!queue.isEmpty() && size + queue.peekFirst().events.size() <= maxBatch) {
          Pending next = queue.pollFirst();
          size += next.events.size();
          batch.add(next);
        }
        inFlight.addAll(batch);
      } finally {
        lock.unlock();
      }
      try {
        send(batch);
      } catch (InterruptedException e) {
        fail(
            batch,
            new EventPublishException(0, "the publisher closed before the events were sent"));
        return;
      } catch (RuntimeException e) {
        LOGGER.error("the event publisher failed unexpectedly", e);
        fail(batch, new EventPublishException(0, "the event publisher failed: " + e));
      } finally {
        lock.lock();
        try {
          inFlight.removeAll(batch);
          batch.forEach(p -> queuedEvents -= p.events.size());
          changed.signalAll();
        } finally {
          lock.unlock();
        }
      }
    }
  }

  private void send(List<Pending> batch) throws InterruptedException {
    ArrayNode body = JsonNodeFactory.instance.arrayNode();
    batch.forEach(p -> p.events.forEach(body::add));
    byte[] bytes = WireFormat.bytes(body);
    String key = config.eventKey().orElseThrow();
    URI uri =
        URI.create(
            config.eventApiBaseUrl() + "/e/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    Map<String, String> headers = ApiClient.sdkHeaders(config);
    headers.put("x-inngest-event-id-seed", seed());
    EventPublishException last = null;
    int attempts = 0;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      attempts = attempt;
      if (attempt > 1) {
        Thread.sleep(backoff(attempt - 1).toMillis());
      }
      InngestTransport.Response response;
      try {
        response = transport.send(new InngestTransport.Request("POST", uri, headers, bytes));
      } catch (IOException e) {
        last = new EventPublishException(0, "could not reach Inngest's event API: " + redact(e));
        LOGGER.warn("sending {} events failed (attempt {}): {}", body.size(), attempt, redact(e));
        continue;
      }
      if (response.status() == 200) {
        complete(batch, response);
        return;
      }
      last = new EventPublishException(response.status(), errorOf(response));
      if (!retriable(response.status())) {
        if (response.status() == 400) {
          settlePartial(batch, response, last);
          return;
        }
        break;
      }
      LOGGER.warn(
          "sending {} events failed (attempt {}): status {}",
          body.size(),
          attempt,
          response.status());
    }
    EventPublishException failure = Objects.requireNonNull(last);
    LOGGER.error(
        "{} events were not delivered to Inngest's event API after {} attempts: {}",
        body.size(),
        attempts,
        failure.getMessage());
    fail(batch, failure);
  }

  /**
   * A {@code 400}: Inngest accepted the events in order up to the first invalid one and lists the
   * accepted ones' ids. Those are settled (never sent again, so an event without an {@code id} does
   * not run twice); the caller whose event was refused fails with the ids of its events accepted
   * before it; other callers' events after it, never accepted, are sent again unchanged. Without an
   * {@code ids} list nothing is known to be accepted, so each caller's events are retried on their
   * own, so that one bad event does not fail the others.
   */
  private void settlePartial(
      List<Pending> batch, InngestTransport.Response response, EventPublishException error)
      throws InterruptedException {
    JsonNode ids = parseQuietly(response.body()).path("ids");
    int total = batch.stream().mapToInt(p -> p.events.size()).sum();
    if (!ids.isArray() || ids.size() >= total) {
      if (batch.size() > 1) {
        for (Pending pending : batch) {
          send(List.of(pending));
        }
      } else {
        LOGGER.error("Inngest's event API refused {} events: {}", total, error.getMessage());
        fail(batch, error);
      }
      return;
    }
    int accepted = ids.size();
    int index = 0;
    List<Pending> rest = new ArrayList<>();
    for (Pending pending : batch) {
      int end = index + pending.events.size();
      if (end <= accepted) {
        List<String> mine = new ArrayList<>();
        for (int i = index; i < end; i++) {
          mine.add(ids.get(i).asText());
        }
        pending.future.complete(new PublishResult(mine));
      } else if (index <= accepted) {
        List<String> mine = new ArrayList<>();
        for (int i = index; i < accepted; i++) {
          mine.add(ids.get(i).asText());
        }
        LOGGER.error(
            "Inngest's event API refused event {} of a publish of {} ({} before it accepted): {}",
            accepted - index + 1,
            pending.events.size(),
            mine.size(),
            error.getMessage());
        // The caller learns which of its events were accepted; the ones after the refused one
        // were not, and are left to the caller, who knows whether to send them without it.
        pending.future.completeExceptionally(
            new EventPublishException(error.status(), error.error(), mine));
      } else {
        rest.add(pending);
      }
      index = end;
    }
    if (!rest.isEmpty()) {
      send(rest);
    }
  }

  private static boolean retriable(int status) {
    return status == 408 || status == 429 || status >= 500;
  }

  private Duration backoff(int retry) {
    long base = initialBackoff.toMillis() << Math.min(retry - 1, 20);
    long capped = Math.min(base, maxBackoff.toMillis());
    long half = capped / 2;
    return Duration.ofMillis(half + (half == 0 ? 0 : (long) (jitter.nextDouble() * half)));
  }

  private String seed() {
    byte[] random = new byte[10];
    seeds.nextBytes(random);
    return clock.millis() + "," + Base64.getEncoder().encodeToString(random);
  }

  private void complete(List<Pending> batch, InngestTransport.Response response) {
    JsonNode json;
    try {
      json = CallRequest.readJson(response.body());
    } catch (BadRequestException e) {
      fail(batch, new EventPublishException(200, "the answer is not JSON"));
      return;
    }
    JsonNode ids = json.path("ids");
    int total = batch.stream().mapToInt(p -> p.events.size()).sum();
    if (!ids.isArray() || ids.size() != total) {
      fail(
          batch,
          new EventPublishException(
              200, "the answer holds no id for each of the " + total + " events"));
      return;
    }
    int index = 0;
    for (Pending pending : batch) {
      List<String> mine = new ArrayList<>();
      for (int i = 0; i < pending.events.size(); i++) {
        mine.add(ids.get(index++).asText());
      }
      pending.future.complete(new PublishResult(mine));
    }
  }

  private static String errorOf(InngestTransport.Response response) {
    JsonNode json = parseQuietly(response.body());
    return json.path("error").isTextual() ? json.get("error").asText() : "no error message";
  }

  private static JsonNode parseQuietly(byte[] body) {
    try {
      return CallRequest.readJson(body);
    } catch (BadRequestException e) {
      return MissingNode.getInstance();
    }
  }

  private String redact(Exception e) {
    String text =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    String key = config.eventKey().orElse("");
    return key.isEmpty() ? text : text.replace(key, "***");
  }

  private static void fail(List<Pending> batch, EventPublishException e) {
    batch.forEach(p -> p.future.completeExceptionally(e));
  }

  /**
   * Stops accepting events and waits up to the close timeout for queued events to be sent. Events
   * still unsent then fail with an {@link EventPublishException}; none are dropped silently.
   */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    try {
      worker.join(Math.max(1, closeTimeout.toMillis()));
      if (worker.isAlive()) {
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(5));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Pending> left = new ArrayList<>();
    lock.lock();
    try {
      left.addAll(queue);
      left.addAll(inFlight);
      queue.clear();
      queuedEvents = 0;
    } finally {
      lock.unlock();
    }
    if (!left.isEmpty()) {
      LOGGER.warn("the event publisher closed with {} sends not delivered", left.size());
      fail(left, new EventPublishException(0, "the publisher closed before the events were sent"));
    }
  }

  /** One publish call's events (or a {@value #MAX_EVENTS_PER_REQUEST}-event part of it). */
  private static final class Pending {
    final List<ObjectNode> events;
    final CompletableFuture<PublishResult> future = new CompletableFuture<>();

    Pending(List<ObjectNode> events) {
      this.events = List.copyOf(events);
    }
  }

  /** Builds an {@link InngestEventPublisher}. */
  public static final class Builder {
    private final InngestConfig config;
    private final EventCodec codec;
    private InngestTransport transport = new JdkInngestTransport();
    private Clock clock = Clock.systemUTC();
    private int capacity = 10_000;
    private int maxBatch = MAX_EVENTS_PER_REQUEST;
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(10);
    private Duration closeTimeout = Duration.ofSeconds(10);
    private Duration linger = Duration.ZERO;
    private Random jitter = new Random();

    private Builder(InngestConfig config, EventCodec codec) {
      this.config = Objects.requireNonNull(config, "config must not be null");
      this.codec = Objects.requireNonNull(codec, "codec must not be null");
    }

    /** The outbound HTTP port (default: the JDK client). */
    public Builder transport(InngestTransport value) {
      this.transport = Objects.requireNonNull(value, "transport must not be null");
      return this;
    }

    /** The clock that stamps events without a timestamp. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock must not be null");
      return this;
    }

    /** How many events may wait unsent before publish refuses more (default 10,000). */
    public Builder bufferCapacity(int events) {
      if (events < 1) {
        throw new IllegalArgumentException("bufferCapacity must be at least 1");
      }
      this.capacity = events;
      return this;
    }

    /** The most events per request (1 to 5,000; default 5,000). */
    public Builder maxBatchSize(int events) {
      if (events < 1 || events > MAX_EVENTS_PER_REQUEST) {
        throw new IllegalArgumentException("maxBatchSize must be 1 to " + MAX_EVENTS_PER_REQUEST);
      }
      this.maxBatch = events;
      return this;
    }

    /** Attempts per request, the first included (default 5). */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1");
      }
      this.maxAttempts = attempts;
      return this;
    }

    /** The backoff before the first retry, doubled for each further one, up to the maximum. */
    public Builder backoff(Duration initial, Duration max) {
      Objects.requireNonNull(initial, "initial must not be null");
      Objects.requireNonNull(max, "max must not be null");
      if (initial.isNegative() || max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max");
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /**
     * How long the sender waits after the first queued event for more before it sends a request
     * (default 0: at once). A few milliseconds turn a steady trickle of single events into fewer,
     * larger requests, so the sender wakes less often next to the threads that publish.
     */
    public Builder linger(Duration value) {
      Objects.requireNonNull(value, "linger must not be null");
      if (value.isNegative() || value.compareTo(Duration.ofSeconds(1)) > 0) {
        throw new IllegalArgumentException("linger must be 0 to 1 second");
      }
      this.linger = value;
      return this;
    }

    /** How long {@link #close()} waits for queued events (default 10 s). */
    public Builder closeTimeout(Duration value) {
      this.closeTimeout = Objects.requireNonNull(value, "closeTimeout must not be null");
      return this;
    }

    /** The random source of the backoff jitter (seed it in tests). */
    public Builder jitter(Random value) {
      this.jitter = Objects.requireNonNull(value, "jitter must not be null");
      return this;
    }

    /** Starts the publisher's background thread. */
    public InngestEventPublisher build() {
      return new InngestEventPublisher(this);
    }
  }
}
