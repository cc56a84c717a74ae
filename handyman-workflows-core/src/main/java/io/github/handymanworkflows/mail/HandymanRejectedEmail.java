package io.github.handymanworkflows.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Tells a handyman their application was rejected.
 *
 * @param handyman the handyman
 * @param reason the admin's reason, if given
 * @param rejectedAt when; part of the key, since a handyman may apply again
 */
public record HandymanRejectedEmail(
    Recipient handyman, @Nullable String reason, Instant rejectedAt) {

  /** Validates the fields. */
  public HandymanRejectedEmail {
    Require.present(handyman, "handyman");
    Require.present(rejectedAt, "rejectedAt");
  }
}
