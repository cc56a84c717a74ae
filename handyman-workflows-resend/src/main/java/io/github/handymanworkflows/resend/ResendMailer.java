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
package io.github.handymanworkflows.resend;

import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.health.ProbeResult;
import io.github.handymanworkflows.mail.MailDeliveryException;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.MailReceipt;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.resend.internal.ResendWire;
import io.github.handymanworkflows.resend.internal.RetryAfterHeader;
import io.github.handymanworkflows.resend.internal.SentLedger;
import io.github.handymanworkflows.token.TokenHashes;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Mailer} on Resend's HTTP API ({@code POST /emails}, {@code POST /emails/batch}), on one
 * JDK {@link HttpClient} created here and reused for every send.
 *
 * <p><b>Exactly one email per logical send.</b> Each message's idempotency key goes to Resend as
 * {@code Idempotency-Key}, so a retried send (after a timeout, a dropped connection, a lost answer)
 * is answered by Resend with the first email instead of a second one, for 24 hours. Within this
 * process, sends of a key already accepted are answered locally as duplicates, and concurrent sends
 * of one key wait for the first instead of racing it.
 *
 * <p><b>Honest failures.</b> 429, 5xx, a 409 for a key still in flight, timeouts and connection
 * failures throw {@link ResendDeliveryException} (retriable, with Resend's {@code Retry-After} when
 * it sent one); any other 4xx throws {@link ResendRejectedException} (permanent) with Resend's
 * error name and message. A 2xx without an id is a retriable failure, never a success.
 *
 * <p><b>A circuit breaker</b> counts transient failures; once open, sends fail at once with a
 * retriable error until it lets trial sends through. {@link #circuitState()} and {@link
 * ResendHealthProbe} show its state.
 *
 * <p>Logs carry the key, recipient counts, tags and Resend's ids: never the API key, bodies or full
 * addresses. Thread-safe.
 */
public final class ResendMailer implements Mailer {

  /** The most emails Resend accepts in one batch request. */
  public static final int MAX_BATCH = 100;

  private static final Logger LOGGER = LoggerFactory.getLogger(ResendMailer.class);
  private static final String USER_AGENT = "handyman-workflows-resend";

  private final ResendSettings settings;
  private final Clock clock;
  private final HttpClient http;
  private final CircuitBreaker breaker;
  private final SentLedger ledger;
  private final ConcurrentHashMap<String, CompletableFuture<MailReceipt>> inFlight =
      new ConcurrentHashMap<>();

  /** A mailer on the system UTC clock. */
  public ResendMailer(ResendSettings settings) {
    this(settings, Clock.systemUTC());
  }

  /**
   * A mailer reading time from {@code clock} (the idempotency window and the breaker's open time).
   */
  public ResendMailer(ResendSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    HttpClient.Builder client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER);
    if ("http".equalsIgnoreCase(settings.baseUri().getScheme())) {
      client.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance with a local server
    }
    this.http = client.build();
    this.breaker =
        CircuitBreaker.of(
            "resend",
            CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.breakerFailureRate())
                .slidingWindow(
                    settings.breakerWindow(),
                    settings.breakerMinimumCalls(),
                    SlidingWindowType.COUNT_BASED)
                .waitDurationInOpenState(settings.breakerOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                // A refusal (4xx) shows Resend is up; only transient failures count against it.
                .recordException(e -> e instanceof MailDeliveryException)
                .clock(clock)
                .build());
    this.ledger = new SentLedger(settings.idempotencyWindow(), settings.ledgerCapacity());
    LOGGER.debug("Resend mailer sends through {}", settings.baseUri());
  }

  @Override
  public MailReceipt send(MailMessage message) {
    Objects.requireNonNull(message, "message must not be null");
    String key = message.idempotencyKey();
    Optional<MailReceipt> known = remembered(key);
    if (known.isPresent()) {
      return known.get();
    }
    CompletableFuture<MailReceipt> mine = new CompletableFuture<>();
    CompletableFuture<MailReceipt> first = inFlight.putIfAbsent(key, mine);
    if (first != null) {
      return awaitFirst(first, key).asDuplicate();
    }
    try {
      // The first sender may have finished between the lookup and the claim.
      Optional<MailReceipt> finished = remembered(key);
      if (finished.isPresent()) {
        mine.complete(finished.get());
        return finished.get();
      }
      String what = "email " + key;
      String id =
          guarded(
              what, () -> post("/emails", key, ResendWire.email(message), what, ResendWire::id));
      MailReceipt receipt = new MailReceipt(id, false);
      ledger.record(key, receipt.messageId(), clock.instant());
      LOGGER.info(
          "Resend accepted email {} ({} recipient(s), tags {}) as {}",
          key,
          message.to().size(),
          message.tags(),
          receipt.messageId());
      mine.complete(receipt);
      return receipt;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  /**
   * Sends many emails with as few requests as Resend allows: batches of at most {@value #MAX_BATCH}
   * on {@code POST /emails/batch}, each with an idempotency key derived from the keys of its
   * emails, so a retried batch of the same emails is answered by Resend instead of sent again.
   * Emails whose key this process saw accepted, and repeats of a key within the list, are answered
   * as duplicates without a request.
   *
   * <p>Resend accepts or refuses a batch as a whole. When a batch fails, the batches before it stay
   * sent (and remembered), and the exception is thrown: retrying the call sends only the rest.
   *
   * @return one receipt per message, in the order given
   * @throws ResendDeliveryException on a transient failure of a batch
   * @throws ResendRejectedException when Resend refuses a batch
   */
  @Override
  public List<MailReceipt> sendAll(List<MailMessage> messages) {
    Objects.requireNonNull(messages, "messages must not be null");
    List<MailMessage> copy = List.copyOf(messages);
    MailReceipt[] receipts = new MailReceipt[copy.size()];
    Map<String, Integer> firstIndex = new HashMap<>();
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < copy.size(); i++) {
      String key = copy.get(i).idempotencyKey();
      Optional<MailReceipt> known = remembered(key);
      if (known.isPresent()) {
        receipts[i] = known.get();
      } else if (firstIndex.putIfAbsent(key, i) == null) {
        pending.add(i);
      }
    }
    for (int from = 0; from < pending.size(); from += MAX_BATCH) {
      List<Integer> chunk = pending.subList(from, Math.min(pending.size(), from + MAX_BATCH));
      if (chunk.size() == 1) {
        receipts[chunk.get(0)] = send(copy.get(chunk.get(0)));
        continue;
      }
      List<MailMessage> batch = chunk.stream().map(copy::get).toList();
      List<String> ids = postBatch(batch);
      for (int j = 0; j < chunk.size(); j++) {
        receipts[chunk.get(j)] = new MailReceipt(ids.get(j), false);
      }
    }
    for (int i = 0; i < copy.size(); i++) {
      if (receipts[i] == null) {
        receipts[i] = receipts[firstIndex.get(copy.get(i).idempotencyKey())].asDuplicate();
      }
    }
    return List.of(receipts);
  }

  /**
   * The {@code X-Entity-Ref-ID} header value sent with the email of {@code idempotencyKey}: an
   * opaque hash, so a delivered email can be matched to its key without showing the key.
   */
  public static String entityRef(String idempotencyKey) {
    return ResendWire.entityRef(idempotencyKey);
  }

  /** The circuit breaker's state: {@code CLOSED}, {@code OPEN} or {@code HALF_OPEN}. */
  public String circuitState() {
    return breaker.getState().name();
  }

  /** The settings this mailer was built with (the API key masked in {@code toString}). */
  public ResendSettings settings() {
    return settings;
  }

  /**
   * Checks that Resend answers and knows the key ({@code GET /domains}; a send-only key's 401
   * {@code restricted_api_key} counts as known), bounded by the request timeout. DOWN while the
   * breaker is open.
   */
  ProbeResult ping(String probeName) {
    if (breaker.getState() == CircuitBreaker.State.OPEN && breaker.tryAcquirePermission()) {
      breaker.releasePermission(); // only lets the breaker move on to half-open once its time is up
    }
    String circuit = "circuit " + circuitState();
    if (breaker.getState() == CircuitBreaker.State.OPEN) {
      return ProbeResult.down(probeName, Duration.ZERO, circuit);
    }
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response =
          http.send(request("/domains").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      Duration latency = Duration.ofNanos(System.nanoTime() - start);
      int status = response.statusCode();
      ResendWire.ErrorBody error = ResendWire.error(response.body());
      boolean keyKnown =
          status / 100 == 2 || (status == 401 && "restricted_api_key".equals(error.name()));
      if (keyKnown) {
        return new ProbeResult(probeName, HealthStatus.UP, latency, circuit);
      }
      return ProbeResult.down(
          probeName,
          latency,
          circuit + ", HTTP " + status + (error.name() == null ? "" : " " + error.name()));
    } catch (IOException e) {
      return ProbeResult.down(
          probeName,
          Duration.ofNanos(System.nanoTime() - start),
          circuit + ", " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ProbeResult.down(
          probeName, Duration.ofNanos(System.nanoTime() - start), circuit + ", interrupted");
    }
  }

  private Optional<MailReceipt> remembered(String key) {
    return ledger.find(key, clock.instant()).map(id -> new MailReceipt(id, true));
  }

  private MailReceipt awaitFirst(CompletableFuture<MailReceipt> first, String key) {
    try {
      return first.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime; // the same send failed for the caller that made it: same outcome here
      }
      throw new ResendDeliveryException("email " + key + " failed", 0, null, null, null, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ResendDeliveryException(
          "interrupted while email " + key + " was being sent by another caller",
          0,
          null,
          null,
          null,
          e);
    }
  }

  private List<String> postBatch(List<MailMessage> batch) {
    StringBuilder keys = new StringBuilder();
    batch.forEach(m -> keys.append(m.idempotencyKey()).append('\n'));
    String batchKey = "batch-" + TokenHashes.sha256Hex(keys.toString());
    String what =
        "batch "
            + batchKey
            + " of "
            + batch.size()
            + " emails ("
            + batch.get(0).idempotencyKey()
            + " … "
            + batch.get(batch.size() - 1).idempotencyKey()
            + ")";
    List<String> ids =
        guarded(
            what,
            () ->
                post(
                    "/emails/batch",
                    batchKey,
                    ResendWire.batch(batch),
                    what,
                    body -> ResendWire.batchIds(body, batch.size())));
    for (int i = 0; i < batch.size(); i++) {
      ledger.record(batch.get(i).idempotencyKey(), ids.get(i), clock.instant());
    }
    LOGGER.info("Resend accepted {}", what);
    return ids;
  }

  private <T> T guarded(String what, Supplier<T> call) {
    if (!breaker.tryAcquirePermission()) {
      ResendDeliveryException open =
          new ResendDeliveryException(
              "Resend circuit breaker is open after repeated failures; " + what + " not attempted",
              0,
              null,
              null,
              settings.breakerOpenDuration(),
              null);
      LOGGER.warn("{}", open.getMessage());
      throw open;
    }
    long start = breaker.getCurrentTimestamp();
    try {
      T result = call.get();
      breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit());
      return result;
    } catch (RuntimeException e) {
      breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), e);
      LOGGER.warn("Resend did not take {}: {}", what, e.getMessage());
      throw e;
    }
  }

  private <T> T post(
      String path,
      String idempotencyKey,
      byte[] json,
      String what,
      Function<byte[], Optional<T>> accepted) {
    HttpRequest request =
        request(path)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofByteArray(json))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new ResendDeliveryException(
          "Resend did not answer "
              + what
              + " within "
              + settings.requestTimeout()
              + "; retrying with the same key is safe",
          0,
          null,
          null,
          null,
          e);
    } catch (IOException e) {
      throw new ResendDeliveryException(
          "connection to Resend failed for "
              + what
              + " ("
              + e.getClass().getSimpleName()
              + "); retrying with the same key is safe",
          0,
          null,
          null,
          null,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ResendDeliveryException(
          "interrupted while sending " + what, 0, null, null, null, e);
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return accepted
          .apply(response.body())
          .orElseThrow(
              () ->
                  new ResendDeliveryException(
                      "Resend answered " + what + " without the expected id(s)",
                      status,
                      null,
                      null,
                      null,
                      null));
    }
    throw failure(what, status, response.headers(), response.body());
  }

  private RuntimeException failure(String what, int status, HttpHeaders headers, byte[] body) {
    ResendWire.ErrorBody error = ResendWire.error(body);
    String name = error.name();
    boolean stillInFlight = status == 409 && "concurrent_idempotent_requests".equals(name);
    boolean permanent = status / 100 == 4 && status != 429 && status != 408 && !stillInFlight;
    String doing = "Resend refused " + what;
    if (permanent) {
      return new ResendRejectedException(doing, status, name, error.message());
    }
    @Nullable Duration retryAfter = RetryAfterHeader.from(headers, clock.instant()).orElse(null);
    return new ResendDeliveryException(
        "Resend could not take " + what + " now", status, name, error.message(), retryAfter, null);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(settings.baseUri() + path))
        .timeout(settings.requestTimeout())
        .header("Authorization", "Bearer " + settings.apiKey())
        .header("User-Agent", USER_AGENT)
        .header("Accept", "application/json");
  }
}
