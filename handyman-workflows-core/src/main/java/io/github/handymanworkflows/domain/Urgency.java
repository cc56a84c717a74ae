package io.github.handymanworkflows.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How soon a customer needs a job done.
 *
 * <p>In JSON an urgency is its lower-case name ({@code "high"}); any case reads.
 */
public enum Urgency {
  /** Within weeks. */
  LOW,
  /** Within days. */
  MEDIUM,
  /** Within a day. */
  HIGH,
  /** Now. */
  URGENT;

  /** The JSON spelling, for example {@code high}. */
  @JsonValue
  public String wireName() {
    return WireNames.of(this);
  }

  /**
   * Reads the JSON spelling, ignoring case.
   *
   * @throws IllegalArgumentException for an unknown urgency
   */
  @JsonCreator
  public static Urgency fromWireName(String wireName) {
    return WireNames.parse(Urgency.class, wireName, "urgency");
  }
}
