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
package io.github.handymanworkflows.sample.app;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the library's ports do not hold: the email-to-user index and password hashes. In memory,
 * like the sample's other stores.
 */
@Component
class Credentials {

  private final Map<String, String> userIdByEmail = new ConcurrentHashMap<>();
  private final Map<String, String> passwordHashByUserId = new ConcurrentHashMap<>();
  // Checked against when the email is unknown, so an unknown address costs the same time.
  private static final String DUMMY_HASH = Passwords.hash("not-a-password-of-anyone");

  /** Claims an email for a user; false when it is taken. */
  boolean claim(String email, String userId, String password) {
    if (userIdByEmail.putIfAbsent(email, userId) != null) {
      return false;
    }
    passwordHashByUserId.put(userId, Passwords.hash(password));
    return true;
  }

  Optional<String> userIdFor(String email) {
    return Optional.ofNullable(userIdByEmail.get(email));
  }

  /** Whether the password is the user's; takes as long for an unknown or absent user. */
  boolean passwordMatches(@Nullable String userId, String password) {
    String hash = userId == null ? null : passwordHashByUserId.get(userId);
    boolean matches = Passwords.matches(password, hash == null ? DUMMY_HASH : hash);
    return hash != null && matches;
  }

  void changePassword(String userId, String password) {
    passwordHashByUserId.put(userId, Passwords.hash(password));
  }
}
