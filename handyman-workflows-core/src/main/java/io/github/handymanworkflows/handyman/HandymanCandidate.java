package io.github.handymanworkflows.handyman;

import java.util.Objects;

/**
 * A handyman who may be offered a job, with what the ranking used.
 *
 * @param handymanId the handyman
 * @param distanceKm great-circle distance from the job, in kilometres
 * @param stats their track record (average rating, completed jobs)
 */
public record HandymanCandidate(String handymanId, double distanceKm, HandymanStats stats) {

  /** Validates the fields. */
  public HandymanCandidate {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(stats, "stats must not be null");
    if (!(distanceKm >= 0)) {
      throw new IllegalArgumentException("distanceKm must not be negative");
    }
  }
}
