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
