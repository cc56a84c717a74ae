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
package io.github.handymanworkflows.health;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link HealthProbe} around any call, for example a database ping: the call returning means
 * {@link HealthStatus#UP}, throwing means {@link HealthStatus#DOWN}. The latency is measured with a
 * nanosecond ticker ({@link System#nanoTime()} unless a test injects one).
 *
 * <p>The detail of a failure is the exception's type only: driver messages may hold connection
 * strings with passwords. With a timeout, a check that hangs (a dead socket without a driver
 * timeout) is reported {@link HealthStatus#DOWN} when the timeout passes, so it cannot stall the
 * health workflow; the hung call is interrupted.
 */
public final class MeasuredProbe implements HealthProbe {

  private final String name;
  private final Callable<?> call;
  private final LongSupplier nanoTicker;
  private final @Nullable Duration timeout;

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService TIMED =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "handyman-workflows-probe-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  /**
   * A probe with an explicit ticker.
   *
   * @param name the probe name
   * @param call the check; returning is success, throwing is failure
   * @param nanoTicker a monotonic nanosecond source
   */
  public MeasuredProbe(String name, Callable<?> call, LongSupplier nanoTicker) {
    this(name, call, nanoTicker, null);
  }

  /**
   * A probe with an explicit ticker and a timeout.
   *
   * @param name the probe name
   * @param call the check; returning is success, throwing is failure
   * @param nanoTicker a monotonic nanosecond source
   * @param timeout how long the check may take before it counts as down, or null for no limit
   */
  public MeasuredProbe(
      String name, Callable<?> call, LongSupplier nanoTicker, @Nullable Duration timeout) {
    this.name = Objects.requireNonNull(name, "name must not be null");
    this.call = Objects.requireNonNull(call, "call must not be null");
    this.nanoTicker = Objects.requireNonNull(nanoTicker, "nanoTicker must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    this.timeout = timeout;
  }

  /** A probe timed with {@link System#nanoTime()} that counts as down after {@code timeout}. */
  public static MeasuredProbe of(String name, Callable<?> call, Duration timeout) {
    return new MeasuredProbe(
        name, call, System::nanoTime, Objects.requireNonNull(timeout, "timeout must not be null"));
  }

  /** A probe timed with {@link System#nanoTime()}. */
  public static MeasuredProbe of(String name, Callable<?> call) {
    return new MeasuredProbe(name, call, System::nanoTime);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ProbeResult check() {
    if (timeout != null) {
      return checkWithin(timeout);
    }
    long start = nanoTicker.getAsLong();
    try {
      call.call();
      return ProbeResult.up(name, elapsedSince(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ProbeResult.down(name, elapsedSince(start), "interrupted");
    } catch (Exception e) {
      return ProbeResult.down(name, elapsedSince(start), e.getClass().getSimpleName());
    }
  }

  private ProbeResult checkWithin(Duration limit) {
    long start = nanoTicker.getAsLong();
    Future<?> future = TIMED.submit(call);
    try {
      future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
      return ProbeResult.up(name, elapsedSince(start));
    } catch (TimeoutException e) {
      future.cancel(true);
      return ProbeResult.down(name, elapsedSince(start), "timed out after " + limit);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return ProbeResult.down(name, elapsedSince(start), cause.getClass().getSimpleName());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return ProbeResult.down(name, elapsedSince(start), "interrupted");
    }
  }

  private Duration elapsedSince(long start) {
    return Duration.ofNanos(Math.max(0, nanoTicker.getAsLong() - start));
  }
}
