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
