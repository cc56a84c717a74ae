package io.github.handymanworkflows.domain;

/** How soon a customer needs a job done. */
public enum Urgency {
  /** Within weeks. */
  LOW,
  /** Within days. */
  MEDIUM,
  /** Within a day. */
  HIGH,
  /** Now. */
  URGENT
}
