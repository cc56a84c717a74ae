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

import io.github.handymanworkflows.domain.Role;
import java.time.Instant;

/**
 * Invites an inactive user back.
 *
 * @param user the user
 * @param role decides the wording
 * @param lastActiveAt the user's last activity; identifies the inactivity period in the key, so one
 *     period gets one email however often the weekly run finds the user
 */
public record ReEngagementEmail(Recipient user, Role role, Instant lastActiveAt) {

  /** Validates the fields. */
  public ReEngagementEmail {
    Require.present(user, "user");
    Require.present(role, "role");
    Require.present(lastActiveAt, "lastActiveAt");
  }
}
