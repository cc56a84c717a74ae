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

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of an email template: files {@code <name>.subject}, {@code <name>.html} and {@code
 * <name>.txt} found through a {@link TemplateSource}.
 *
 * <p>The constants are the library's own templates. {@link #LAYOUT} is special: it is an HTML
 * document into which every other template's HTML is placed, as {@code {{{content}}}}.
 *
 * @param name lower-case letters, digits and dashes, for example {@code welcome}
 */
public record MailTemplate(String name) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The HTML frame around every email. */
  public static final MailTemplate LAYOUT = new MailTemplate("layout");

  /** Email address verification. */
  public static final MailTemplate VERIFY_EMAIL = new MailTemplate("verify-email");

  /** Welcome after verification. */
  public static final MailTemplate WELCOME = new MailTemplate("welcome");

  /** Password reset link. */
  public static final MailTemplate PASSWORD_RESET = new MailTemplate("password-reset");

  /** Two-factor authentication was switched on. */
  public static final MailTemplate TWO_FACTOR_ENABLED = new MailTemplate("two-factor-enabled");

  /** The account was locked, with the unlock time. */
  public static final MailTemplate ACCOUNT_LOCKED = new MailTemplate("account-locked");

  /** Reminder to complete the profile, with the missing fields. */
  public static final MailTemplate PROFILE_INCOMPLETE = new MailTemplate("profile-incomplete");

  /** Getting-started tips for customers. */
  public static final MailTemplate ROLE_TIPS_CUSTOMER = new MailTemplate("role-tips-customer");

  /** Getting-started tips for handymen. */
  public static final MailTemplate ROLE_TIPS_HANDYMAN = new MailTemplate("role-tips-handyman");

  /** "We miss you" to an inactive user. */
  public static final MailTemplate RE_ENGAGEMENT = new MailTemplate("re-engagement");

  /** A job that matches a handyman's skills. */
  public static final MailTemplate JOB_MATCHED = new MailTemplate("job-matched");

  /** To a customer when no handyman accepted the job in time. */
  public static final MailTemplate JOB_FOLLOW_UP = new MailTemplate("job-follow-up");

  /** Asks a customer to review a completed job. */
  public static final MailTemplate REVIEW_REQUEST = new MailTemplate("review-request");

  /** Reminds a customer who has not reviewed yet. */
  public static final MailTemplate REVIEW_REMINDER = new MailTemplate("review-reminder");

  /** Tips for a handyman whose numbers are low. */
  public static final MailTemplate PERFORMANCE_TIPS = new MailTemplate("performance-tips");

  /** Recognition for a top-rated handyman. */
  public static final MailTemplate PERFORMANCE_RECOGNITION =
      new MailTemplate("performance-recognition");

  /** Daily, weekly or monthly report to admins. */
  public static final MailTemplate ANALYTICS_REPORT = new MailTemplate("analytics-report");

  /** The account was archived for inactivity. */
  public static final MailTemplate ACCOUNT_ARCHIVED = new MailTemplate("account-archived");

  /** A change of system health, to admins. */
  public static final MailTemplate HEALTH_ALERT = new MailTemplate("health-alert");

  /** A handyman application was approved. */
  public static final MailTemplate HANDYMAN_APPROVED = new MailTemplate("handyman-approved");

  /** A handyman application was rejected. */
  public static final MailTemplate HANDYMAN_REJECTED = new MailTemplate("handyman-rejected");

  /** Validates the name. */
  public MailTemplate {
    Objects.requireNonNull(name, "name must not be null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "template name must be lower-case letters, digits and dashes: " + name);
    }
  }

  /** Every email template the library ships, without {@link #LAYOUT}. */
  public static List<MailTemplate> builtIns() {
    return List.of(
        VERIFY_EMAIL,
        WELCOME,
        PASSWORD_RESET,
        TWO_FACTOR_ENABLED,
        ACCOUNT_LOCKED,
        PROFILE_INCOMPLETE,
        ROLE_TIPS_CUSTOMER,
        ROLE_TIPS_HANDYMAN,
        RE_ENGAGEMENT,
        JOB_MATCHED,
        JOB_FOLLOW_UP,
        REVIEW_REQUEST,
        REVIEW_REMINDER,
        PERFORMANCE_TIPS,
        PERFORMANCE_RECOGNITION,
        ANALYTICS_REPORT,
        ACCOUNT_ARCHIVED,
        HEALTH_ALERT,
        HANDYMAN_APPROVED,
        HANDYMAN_REJECTED);
  }

  /** The file name of one part, for example {@code welcome.html}. */
  public String fileName(TemplatePart part) {
    return name + "." + part.extension();
  }

  @Override
  public String toString() {
    return name;
  }
}
