package io.github.handymanworkflows.mail;

/**
 * Thanks a top-rated handyman.
 *
 * @param handyman the handyman
 * @param period the review period, for example the ISO week {@code 2026-W23}; part of the key
 * @param rating the average rating
 * @param completedJobs jobs completed so far
 */
public record PerformanceRecognitionEmail(
    Recipient handyman, String period, double rating, int completedJobs) {

  /** Validates the fields. */
  public PerformanceRecognitionEmail {
    Require.present(handyman, "handyman");
    Require.text(period, "period");
    Require.notNegative(completedJobs, "completedJobs");
    if (!(rating >= 0 && rating <= 5)) {
      throw new MailValidationException("rating", "must be between 0 and 5");
    }
  }
}
