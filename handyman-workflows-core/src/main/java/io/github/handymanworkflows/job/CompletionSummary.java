package io.github.handymanworkflows.job;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Completed jobs in a period and what they earned.
 *
 * @param completedJobs jobs completed in the period
 * @param revenueByCurrency the sum of final prices in minor units, per ISO-4217 code; never mixes
 *     currencies
 */
public record CompletionSummary(long completedJobs, Map<String, Long> revenueByCurrency) {

  /** Validates and copies (sorted by currency code). */
  public CompletionSummary {
    Objects.requireNonNull(revenueByCurrency, "revenueByCurrency must not be null");
    if (completedJobs < 0) {
      throw new IllegalArgumentException("completedJobs must not be negative");
    }
    revenueByCurrency = Collections.unmodifiableMap(new TreeMap<>(revenueByCurrency));
  }
}
