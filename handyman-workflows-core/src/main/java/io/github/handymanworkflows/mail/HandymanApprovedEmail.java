package io.github.handymanworkflows.mail;

import java.time.Instant;

/**
 * Tells a handyman their application was approved.
 *
 * @param handyman the handyman
 * @param approvedAt when
 */
public record HandymanApprovedEmail(Recipient handyman, Instant approvedAt) {

  /** Validates the fields. */
  public HandymanApprovedEmail {
    Require.present(handyman, "handyman");
    Require.present(approvedAt, "approvedAt");
  }
}
