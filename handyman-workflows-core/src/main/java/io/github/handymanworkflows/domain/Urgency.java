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
