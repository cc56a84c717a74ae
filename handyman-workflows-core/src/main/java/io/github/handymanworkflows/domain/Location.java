package io.github.handymanworkflows.domain;

import java.util.Objects;

/**
 * A place: the address people read plus the point machines match on.
 *
 * @param address a human-readable address, for example {@code 12 Allen Avenue, Ikeja, Lagos}; at
 *     most {@value #MAX_ADDRESS_LENGTH} characters
 * @param point where it is
 */
public record Location(String address, GeoPoint point) {

  /** Longest address. */
  public static final int MAX_ADDRESS_LENGTH = 500;

  /** Validates the fields. */
  public Location {
    Objects.requireNonNull(address, "address must not be null");
    Objects.requireNonNull(point, "point must not be null");
    if (address.isBlank()) {
      throw new IllegalArgumentException("address must not be blank");
    }
    if (address.length() > MAX_ADDRESS_LENGTH) {
      throw new IllegalArgumentException(
          "address must be at most " + MAX_ADDRESS_LENGTH + " characters");
    }
  }
}
