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
