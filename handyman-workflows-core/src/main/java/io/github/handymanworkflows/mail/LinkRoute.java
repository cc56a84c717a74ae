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
 * The frontend pages that emails link to. Each has a default path template; hosts set their own
 * routes with {@link MailSettings.Builder#route}. Placeholders such as {@code {token}} are filled
 * in URL-encoded by {@link MailSettings#link}.
 */
public enum LinkRoute {
  /** Where a verification token is redeemed. */
  VERIFY_EMAIL("/verify-email?token={token}"),
  /** Where a password reset token is redeemed. */
  RESET_PASSWORD("/reset-password/{token}"),
  /** Where a user asks for a new reset link. */
  FORGOT_PASSWORD("/forgot-password"),
  /** Sign-in page. */
  LOGIN("/login"),
  /** The user's home page after sign-in. */
  DASHBOARD("/dashboard"),
  /** The user's profile editor. */
  PROFILE("/profile"),
  /** Security settings: password, two-factor authentication. */
  SECURITY_SETTINGS("/settings/security"),
  /** One job. */
  JOB_DETAILS("/jobs/{jobId}"),
  /** The review form for one job. */
  REVIEW("/jobs/{jobId}/review"),
  /** Admin reports. */
  ADMIN_REPORTS("/admin/reports"),
  /** Admin system health page. */
  ADMIN_HEALTH("/admin/health");

  private final String defaultPath;

  LinkRoute(String defaultPath) {
    this.defaultPath = defaultPath;
  }

  /** The path template used unless the host sets another. */
  public String defaultPath() {
    return defaultPath;
  }
}
