package io.github.handymanworkflows.domain;

/** What a user is on the marketplace. */
public enum Role {
  /** Posts jobs. */
  CUSTOMER,
  /** Takes jobs. */
  HANDYMAN,
  /** Runs the marketplace and receives reports and alerts. */
  ADMIN
}
