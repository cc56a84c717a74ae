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

/**
 * Getting-started tips, a few days after sign-up.
 *
 * @param user the user
 * @param role {@link Role#CUSTOMER} or {@link Role#HANDYMAN}; each has its own template
 */
public record RoleTipsEmail(Recipient user, Role role) {

  /** Validates the fields. */
  public RoleTipsEmail {
    Require.present(user, "user");
    if (Require.present(role, "role") == Role.ADMIN) {
      throw new MailValidationException("role", "tips exist for customers and handymen only");
    }
  }
}
