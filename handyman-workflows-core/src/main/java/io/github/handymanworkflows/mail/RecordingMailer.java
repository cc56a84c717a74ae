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
package io.github.handymanworkflows.mail;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Mailer} that keeps every message in memory, for tests and demos.
 *
 * <p>It de-duplicates by idempotency key the way real providers do: for a limited window (default
 * 24 hours, Resend's) after a key was delivered, a send with that key delivers nothing and returns
 * the first receipt with {@code duplicate = true}; after the window the key is forgotten and the
 * message goes out again. So a workflow that relies on the key alone for a once-ever email is
 * caught sending it twice. Every call is recorded as an {@link Attempt}, duplicates and failures
 * included. It can fail the next sends, transiently or permanently, to simulate an outage; a failed
 * send delivers nothing and does not claim its key. Message ids are derived from the key, so two
 * runs of the same scenario get the same ids. Thread-safe.
 */
public final class RecordingMailer implements Mailer {

  /** The idempotency window of Resend: 24 hours. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  /** What one send call did. */
  public enum Result {
    /** The message went out. */
    DELIVERED,
    /** The key was seen within the window: nothing went out. */
    DUPLICATE,
    /** The send failed (a simulated outage). */
    FAILED
  }

  /**
   * One call of {@link #send}.
   *
   * @param message the message
   * @param at when it was made, on the mailer's clock
   * @param result what it did
   */
  public record Attempt(MailMessage message, Instant at, Result result) {}

  private record Delivery(MailReceipt receipt, Instant at) {}

  private final Duration window;
  private Clock clock;
  private final List<MailMessage> delivered = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private final Map<String, Delivery> lastDelivery = new HashMap<>();
  private final Map<String, Integer> deliveriesByKey = new HashMap<>();
  private final Deque<Supplier<? extends RuntimeException>> failures = new ArrayDeque<>();
  private final List<Integer> batchSizes = new ArrayList<>();

  /** A mailer on the system clock with the default 24-hour window. */
  @Inject
  public RecordingMailer() {
    this(Clock.systemUTC(), DEFAULT_WINDOW);
  }

  /**
   * A mailer reading time from {@code clock} (a test's manual clock) that remembers keys for {@code
   * window}.
   */
  public RecordingMailer(Clock clock, Duration window) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.window = Objects.requireNonNull(window, "window must not be null");
    if (window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative");
    }
  }

  /**
   * Reads time from {@code value} from now on, for a mailer created before the test's clock (the
   * in-memory world's).
   */
  public synchronized RecordingMailer readTimeFrom(Clock value) {
    this.clock = Objects.requireNonNull(value, "clock must not be null");
    return this;
  }

  /** How long a delivered key is remembered. */
  public Duration window() {
    return window;
  }

  @Override
  public synchronized MailReceipt send(MailMessage message) {
    if (message == null) {
      throw new NullPointerException("message must not be null");
    }
    Instant now = clock.instant();
    Supplier<? extends RuntimeException> failure = failures.pollFirst();
    if (failure != null) {
      attempts.add(new Attempt(message, now, Result.FAILED));
      throw failure.get();
    }
    String key = message.idempotencyKey();
    Delivery last = lastDelivery.get(key);
    if (last != null && now.isBefore(last.at().plus(window))) {
      attempts.add(new Attempt(message, now, Result.DUPLICATE));
      return last.receipt().asDuplicate();
    }
    int n = deliveriesByKey.merge(key, 1, Integer::sum);
    MailReceipt receipt = new MailReceipt("recorded:" + key + (n == 1 ? "" : "#" + n), false);
    delivered.add(message);
    lastDelivery.put(key, new Delivery(receipt, now));
    attempts.add(new Attempt(message, now, Result.DELIVERED));
    return receipt;
  }

  /** Fails the next {@code count} sends with a {@link MailDeliveryException} (retriable). */
  public synchronized RecordingMailer failNextTransiently(int count) {
    return failNextTransiently(count, null);
  }

  /**
   * Fails the next {@code count} sends with a {@link MailDeliveryException} carrying {@code
   * retryAfter}, as a rate-limited provider would.
   */
  public synchronized RecordingMailer failNextTransiently(
      int count, @Nullable Duration retryAfter) {
    return failNext(
        count,
        () -> new MailDeliveryException("simulated transient mail failure", null, retryAfter));
  }

  /** Fails the next {@code count} sends with a {@link MailRejectedException} (permanent). */
  public synchronized RecordingMailer failNextPermanently(int count) {
    return failNext(count, () -> new MailRejectedException("simulated permanent mail rejection"));
  }

  /** Fails the next {@code count} sends with exceptions from {@code failure}. */
  public synchronized RecordingMailer failNext(
      int count, Supplier<? extends RuntimeException> failure) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    for (int i = 0; i < count; i++) {
      failures.addLast(failure);
    }
    return this;
  }

  /**
   * Every delivered message, oldest first: what reached an inbox. A key delivered again after the
   * window appears twice; de-duplicated and failed sends are not included.
   */
  public synchronized List<MailMessage> sent() {
    return List.copyOf(delivered);
  }

  /**
   * Sends each message in order, as a provider's batch API does, and records the batch's size (see
   * {@link #batchSizes()}).
   */
  @Override
  public synchronized List<MailReceipt> sendAll(List<MailMessage> messages) {
    batchSizes.add(messages.size());
    return Mailer.super.sendAll(messages);
  }

  /** The size of each {@link #sendAll} call, oldest first. */
  public synchronized List<Integer> batchSizes() {
    return List.copyOf(batchSizes);
  }

  /** Every call of {@link #send}, oldest first, duplicates and failures included. */
  public synchronized List<Attempt> attemptLog() {
    return List.copyOf(attempts);
  }

  /** The delivered messages with the given idempotency key: more than one only past the window. */
  public synchronized List<MailMessage> sentWithKey(String idempotencyKey) {
    return delivered.stream().filter(m -> m.idempotencyKey().equals(idempotencyKey)).toList();
  }

  /** The delivered messages addressed to {@code email} (case-insensitive). */
  public synchronized List<MailMessage> sentTo(String email) {
    return delivered.stream()
        .filter(m -> m.to().stream().anyMatch(a -> a.email().equalsIgnoreCase(email)))
        .toList();
  }

  /** The most recently delivered message. */
  public synchronized Optional<MailMessage> lastSent() {
    return delivered.isEmpty()
        ? Optional.empty()
        : Optional.of(delivered.get(delivered.size() - 1));
  }

  /** How many messages with this key were delivered. */
  public synchronized int deliveredCount(String idempotencyKey) {
    return sentWithKey(idempotencyKey).size();
  }

  /** How many times {@link #send} was called, counting duplicates and simulated failures. */
  public synchronized int attempts() {
    return attempts.size();
  }

  /** Forgets every delivery, key, pending failure and attempt. */
  public synchronized void clear() {
    delivered.clear();
    attempts.clear();
    batchSizes.clear();
    lastDelivery.clear();
    deliveriesByKey.clear();
    failures.clear();
  }
}
