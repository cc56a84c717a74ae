package io.github.handymanworkflows.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer reviewed a finished job ({@code customer/review.submitted}); the job completion flow
 * waits for it before deciding on a reminder.
 *
 * @param reviewId the review's id
 * @param jobId the job's business key, which the completion flow matches on
 * @param customerId who wrote the review
 * @param handymanId who is reviewed
 * @param rating the star rating from 1 to 5; required on the wire
 * @param comment the review text, or {@code null} (blank reads as {@code null})
 * @param submittedAt when the review was submitted
 */
public record ReviewSubmitted(
    String reviewId,
    String jobId,
    String customerId,
    String handymanId,
    @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) int rating,
    @Nullable String comment,
    Instant submittedAt) {

  /** The wire name {@code customer/review.submitted}. */
  public static final EventType<ReviewSubmitted> TYPE =
      EventType.of("customer/review.submitted", ReviewSubmitted.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public ReviewSubmitted {
    FIELDS.text("reviewId", reviewId);
    FIELDS.text("jobId", jobId);
    FIELDS.text("customerId", customerId);
    FIELDS.text("handymanId", handymanId);
    FIELDS.rating("rating", rating);
    comment = FIELDS.optionalText("comment", comment);
    FIELDS.required("submittedAt", submittedAt);
  }
}
