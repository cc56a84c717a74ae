package io.github.handymanworkflows.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a user is on the marketplace.
 *
 * <p>In JSON a role is its lower-case name ({@code "customer"}); any case reads.
 */
public enum Role {
  /** Posts jobs. */
  CUSTOMER,
  /** Takes jobs. */
  HANDYMAN,
  /** Runs the marketplace and receives reports and alerts. */
  ADMIN;

  /** The JSON spelling, for example {@code customer}. */
  @JsonValue
  public String wireName() {
    return WireNames.of(this);
  }

  /**
   * Reads the JSON spelling, ignoring case.
   *
   * @throws IllegalArgumentException for an unknown role
   */
  @JsonCreator
  public static Role fromWireName(String wireName) {
    return WireNames.parse(Role.class, wireName, "role");
  }
}
