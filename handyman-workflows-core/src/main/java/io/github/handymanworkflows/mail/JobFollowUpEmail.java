package io.github.handymanworkflows.mail;

/**
 * Tells a customer nobody has accepted their job yet.
 *
 * @param customer the customer
 * @param jobId the job
 * @param jobTitle its title
 * @param handymenNotified how many handymen were offered the job
 * @param searchWidened whether the search is being widened to more handymen
 */
public record JobFollowUpEmail(
    Recipient customer,
    String jobId,
    String jobTitle,
    int handymenNotified,
    boolean searchWidened) {

  /** Validates the fields. */
  public JobFollowUpEmail {
    Require.present(customer, "customer");
    Require.text(jobId, "jobId");
    Require.text(jobTitle, "jobTitle");
    Require.notNegative(handymenNotified, "handymenNotified");
  }
}
