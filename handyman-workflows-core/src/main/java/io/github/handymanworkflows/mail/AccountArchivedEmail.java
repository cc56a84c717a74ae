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

import java.time.Instant;

/**
 * Tells a user their inactive account was archived and how to come back.
 *
 * @param user the user
 * @param lastActiveAt the user's last activity
 * @param archivedAt when the account was archived; part of the key
 */
public record AccountArchivedEmail(Recipient user, Instant lastActiveAt, Instant archivedAt) {

  /** Validates the fields. */
  public AccountArchivedEmail {
    Require.present(user, "user");
    Require.present(lastActiveAt, "lastActiveAt");
    Require.present(archivedAt, "archivedAt");
  }
}
