package io.github.handymanworkflows.health;

/** What a probe found. */
public enum HealthStatus {
  /** The dependency answered. */
  UP,
  /** The dependency failed or did not answer. */
  DOWN,
  /** Not checked: the dependency is not configured or cannot be probed (never reported as UP). */
  UNKNOWN
}
