package io.github.handymanworkflows.health;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

/**
 * A {@link HealthProbe} around any call, for example a database ping: the call returning means
 * {@link HealthStatus#UP}, throwing means {@link HealthStatus#DOWN}. The latency is measured with a
 * nanosecond ticker ({@link System#nanoTime()} unless a test injects one).
 *
 * <p>The detail of a failure is the exception's type only: driver messages may hold connection
 * strings with passwords.
 */
public final class MeasuredProbe implements HealthProbe {

  private final String name;
  private final Callable<?> call;
  private final LongSupplier nanoTicker;

  /**
   * A probe with an explicit ticker.
   *
   * @param name the probe name
   * @param call the check; returning is success, throwing is failure
   * @param nanoTicker a monotonic nanosecond source
   */
  public MeasuredProbe(String name, Callable<?> call, LongSupplier nanoTicker) {
    this.name = Objects.requireNonNull(name, "name must not be null");
    this.call = Objects.requireNonNull(call, "call must not be null");
    this.nanoTicker = Objects.requireNonNull(nanoTicker, "nanoTicker must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
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

  private Duration elapsedSince(long start) {
    return Duration.ofNanos(Math.max(0, nanoTicker.getAsLong() - start));
  }
}
