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
