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
package io.github.handymanworkflows.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A handyman became available or unavailable ({@code handyman/availability.changed}); a handyman
 * who becomes available is offered open jobs again.
 *
 * @param handymanId the handyman
 * @param available whether they now take jobs; required on the wire (a missing flag must not read
 *     as {@code false}); the original app's {@code isAvailable} reads too
 * @param reason why, for example {@code job-completed}, or {@code null} (blank reads as {@code
 *     null})
 * @param changedAt when the availability changed
 */
public record AvailabilityChanged(
    String handymanId,
    @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) @JsonAlias("isAvailable")
        boolean available,
    @Nullable String reason,
    Instant changedAt) {

  /** The wire name {@code handyman/availability.changed}. */
  public static final EventType<AvailabilityChanged> TYPE =
      EventType.of("handyman/availability.changed", AvailabilityChanged.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public AvailabilityChanged {
    FIELDS.text("handymanId", handymanId);
    reason = FIELDS.optionalText("reason", reason);
    FIELDS.required("changedAt", changedAt);
  }
}
