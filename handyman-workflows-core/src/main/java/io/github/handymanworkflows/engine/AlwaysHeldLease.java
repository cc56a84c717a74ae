package io.github.handymanworkflows.engine;

import java.time.Duration;

/** {@link EngineLease#alwaysHeld()}: the engine owns its store alone. */
enum AlwaysHeldLease implements EngineLease {
  INSTANCE;

  @Override
  public boolean tryAcquire() {
    return true;
  }

  @Override
  public void release() {
    // Nothing to give up.
  }

  @Override
  public Duration ttl() {
    return Duration.ofDays(365_000);
  }
}
