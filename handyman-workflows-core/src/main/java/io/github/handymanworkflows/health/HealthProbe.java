package io.github.handymanworkflows.health;

/**
 * Checks one dependency (database, cache, mail provider) cheaply: a ping, not a full count (§8
 * E.30). Adapters provide one each.
 */
public interface HealthProbe {

  /** A stable, short name such as {@code mongo}, {@code redis} or {@code mail}. */
  String name();

  /**
   * Checks the dependency once. Never throws: a failure is a {@link HealthStatus#DOWN} result. The
   * check must bound its own time (a driver timeout), since the health workflow waits for it.
   */
  ProbeResult check();
}
