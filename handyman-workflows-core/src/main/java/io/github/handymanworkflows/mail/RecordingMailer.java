package io.github.handymanworkflows.mail;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Mailer} that keeps every delivered message in memory, for tests and demos.
 *
 * <p>It de-duplicates by idempotency key as a real provider does: a second send with a delivered
 * key records nothing and returns the first receipt with {@code duplicate = true}. It can fail the
 * next sends, transiently or permanently, to simulate an outage and its recovery; a failed send
 * delivers nothing and does not claim its key. Thread-safe.
 */
public final class RecordingMailer implements Mailer {

  private final List<MailMessage> delivered = new ArrayList<>();
  private final Map<String, MailReceipt> receipts = new HashMap<>();
  private final Deque<Supplier<? extends RuntimeException>> failures = new ArrayDeque<>();
  private int attempts;

  /** An empty mailer. */
  @Inject
  public RecordingMailer() {}

  @Override
  public synchronized MailReceipt send(MailMessage message) {
    if (message == null) {
      throw new NullPointerException("message must not be null");
    }
    attempts++;
    Supplier<? extends RuntimeException> failure = failures.pollFirst();
    if (failure != null) {
      throw failure.get();
    }
    MailReceipt first = receipts.get(message.idempotencyKey());
    if (first != null) {
      return first.asDuplicate();
    }
    MailReceipt receipt = new MailReceipt("recorded-" + (delivered.size() + 1), false);
    delivered.add(message);
    receipts.put(message.idempotencyKey(), receipt);
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

  /** Every delivered message, oldest first (duplicates and failed sends are not included). */
  public synchronized List<MailMessage> sent() {
    return List.copyOf(delivered);
  }

  /** The delivered messages with the given idempotency key: zero or one. */
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

  /** How many messages with this key were delivered: 0 or 1. */
  public synchronized int deliveredCount(String idempotencyKey) {
    return sentWithKey(idempotencyKey).size();
  }

  /** How many times {@link #send} was called, counting duplicates and simulated failures. */
  public synchronized int attempts() {
    return attempts;
  }

  /** Forgets every delivery, key, pending failure and attempt. */
  public synchronized void clear() {
    delivered.clear();
    receipts.clear();
    failures.clear();
    attempts = 0;
  }
}
