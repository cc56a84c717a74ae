package io.github.handymanworkflows.mail;

/**
 * Asks a customer to review a completed job (the request and the reminder take the same fields).
 *
 * @param customer the customer
 * @param jobId the job
 * @param jobTitle its title
 * @param handymanName who did it
 */
public record ReviewEmail(Recipient customer, String jobId, String jobTitle, String handymanName) {

  /** Validates the fields. */
  public ReviewEmail {
    Require.present(customer, "customer");
    Require.text(jobId, "jobId");
    Require.text(jobTitle, "jobTitle");
    Require.text(handymanName, "handymanName");
  }
}
