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

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.token.TokenHashes;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Bearer sessions: the client holds a random token, the session store holds only its SHA-256 hash
 * as the session id.
 */
@Component
class Sessions {

  static final Duration TIME_TO_LIVE = Duration.ofDays(7);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SessionRepository sessions;
  private final UserRepository users;
  private final Clock clock;

  Sessions(SessionRepository sessions, UserRepository users, Clock clock) {
    this.sessions = sessions;
    this.users = users;
    this.clock = clock;
  }

  /** Opens a session and returns the bearer token (shown once, never stored). */
  String open(String userId) {
    String token = newToken();
    Instant now = clock.instant();
    sessions.save(
        new SessionRecord(TokenHashes.sha256Hex(token), userId, now, now.plus(TIME_TO_LIVE), now));
    return token;
  }

  /** The signed-in user with one of the roles, or a 401/403. */
  UserAccount require(@Nullable String authorization, Role... roles) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw ApiException.unauthorized("sign in and send Authorization: Bearer <token>");
    }
    String token = authorization.substring("Bearer ".length()).trim();
    if (token.isEmpty()) {
      throw ApiException.unauthorized("the bearer token is empty");
    }
    SessionRecord session =
        sessions
            .find(TokenHashes.sha256Hex(token))
            .filter(s -> !s.expiredAt(clock.instant()))
            .orElseThrow(() -> ApiException.unauthorized("the session is unknown or expired"));
    UserAccount user =
        users
            .find(session.userId())
            .filter(UserAccount::active)
            .orElseThrow(() -> ApiException.unauthorized("the account is not active"));
    if (roles.length > 0 && java.util.Arrays.stream(roles).noneMatch(r -> r == user.role())) {
      throw ApiException.forbidden("this needs the role " + java.util.Arrays.toString(roles));
    }
    return user;
  }

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
