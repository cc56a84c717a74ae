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

import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.event.AccountLocked;
import io.github.handymanworkflows.event.EmailVerificationRequested;
import io.github.handymanworkflows.event.OnboardingStarted;
import io.github.handymanworkflows.event.PasswordResetRequested;
import io.github.handymanworkflows.event.TwoFactorEnabled;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.mail.MailSettings;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.token.IssuedToken;
import io.github.handymanworkflows.token.TokenHashes;
import io.github.handymanworkflows.token.TokenIssuer;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.token.TokenRepository;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserRepository;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration, email verification, login with lockout, password reset and 2FA. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

  static final Duration VERIFICATION_TTL = Duration.ofHours(24);
  static final Duration RESET_TTL = Duration.ofHours(1);

  private final UserRepository users;
  private final HandymanRepository handymen;
  private final TokenRepository tokens;
  private final TokenIssuer issuer;
  private final SessionRepository sessionStore;
  private final LoginAttemptTracker attempts;
  private final WorkflowSettings settings;
  private final Credentials credentials;
  private final TwoFactor twoFactor;
  private final String brand;
  private final Sessions sessions;
  private final AppEvents events;
  private final Clock clock;

  AuthController(
      UserRepository users,
      HandymanRepository handymen,
      TokenRepository tokens,
      TokenIssuer issuer,
      SessionRepository sessionStore,
      LoginAttemptTracker attempts,
      WorkflowSettings settings,
      Credentials credentials,
      TwoFactor twoFactor,
      MailSettings mail,
      Sessions sessions,
      AppEvents events,
      Clock clock) {
    this.users = users;
    this.handymen = handymen;
    this.tokens = tokens;
    this.issuer = issuer;
    this.sessionStore = sessionStore;
    this.attempts = attempts;
    this.settings = settings;
    this.credentials = credentials;
    this.twoFactor = twoFactor;
    this.brand = mail.brandName();
    this.sessions = sessions;
    this.events = events;
    this.clock = clock;
  }

  record RegisterRequest(
      @Nullable String email,
      @Nullable String password,
      @Nullable String firstName,
      @Nullable String lastName,
      @Nullable String role,
      @Nullable List<String> skills,
      @Nullable LocationRequest location) {}

  @PostMapping(path = "/register", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> register(@RequestBody(required = false) byte @Nullable [] body) {
    RegisterRequest request = JsonBodies.read(body, RegisterRequest.class);
    String email = Check.email(request.email(), "email");
    String password = Check.password(request.password(), "password");
    // 80 each, so that the display name "first last" fits the events' 200-character names.
    String firstName = Check.text(request.firstName(), "firstName", 80);
    String lastName = Check.optionalText(request.lastName(), "lastName", 80);
    Role role = role(request.role());
    Set<String> skills = Check.skills(request.skills(), "skills");
    Location location =
        request.location() == null ? null : request.location().toLocation("location");
    if (role == Role.HANDYMAN && skills.isEmpty()) {
      throw ApiException.invalid("skills", "must list at least one skill for a handyman");
    }
    String userId = "user_" + UUID.randomUUID();
    if (!credentials.claim(email, userId, password)) {
      throw ApiException.conflict("an account with this email already exists");
    }
    Instant now = clock.instant();
    users.save(
        UserAccount.builder(userId, email, role, now)
            .name(firstName, lastName == null ? "" : lastName)
            .build());
    if (role == Role.HANDYMAN) {
      handymen.save(HandymanProfile.pending(userId, skills, location));
    }
    // The event names the token by id; the email step derives the raw token (docs/tokens.md).
    IssuedToken verification = issuer.issue(userId, TokenKind.VERIFICATION, VERIFICATION_TTL);
    events.emit(
        EmailVerificationRequested.TYPE.event(
            new EmailVerificationRequested(userId, verification.tokenId())),
        OnboardingStarted.TYPE.event(new OnboardingStarted(userId, email, firstName, role)));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("userId", userId);
    answer.put("role", role.wireName());
    answer.put("emailVerified", false);
    answer.put("message", "check your email to verify your address");
    return answer;
  }

  private static Role role(@Nullable String value) {
    String text = Check.text(value, "role", 20);
    Role role;
    try {
      role = Role.fromWireName(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("role", "must be customer or handyman");
    }
    if (role == Role.ADMIN) {
      throw ApiException.invalid("role", "must be customer or handyman");
    }
    return role;
  }

  record TokenRequest(@Nullable String token) {}

  @PostMapping(path = "/verify-email", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> verifyEmail(@RequestBody(required = false) byte @Nullable [] body) {
    TokenRequest request = JsonBodies.read(body, TokenRequest.class);
    TokenRecord record = validToken(request.token(), TokenKind.VERIFICATION);
    UserAccount user = users.find(record.userId()).orElseThrow(() -> ApiException.notFound("user"));
    users.save(user.toBuilder().emailVerified(true).build());
    handymen.find(user.id()).ifPresent(profile -> handymen.save(profile.withEmailVerified(true)));
    if (tokens.delete(record.tokenId())) {
      // The welcome's one trigger: a verified address (§8 D.25). A second request with the same
      // token finds it deleted and emits nothing.
      events.emit(
          UserRegistered.TYPE
              .event(
                  new UserRegistered(
                      user.id(),
                      user.email(),
                      user.firstName(),
                      user.lastName().isBlank() ? null : user.lastName(),
                      user.role()))
              .withId("user-registered:" + user.id()));
    }
    return Map.of("userId", user.id(), "emailVerified", true);
  }

  private TokenRecord validToken(@Nullable String token, TokenKind kind) {
    String raw = Check.token(token, "token");
    return tokens
        .findByHash(TokenHashes.sha256Hex(raw))
        .filter(t -> t.kind() == kind && !t.expiredAt(clock.instant()))
        .orElseThrow(() -> ApiException.invalid("token", "is unknown, used or expired"));
  }

  record LoginRequest(@Nullable String email, @Nullable String password, @Nullable String code) {}

  /**
   * One answer, 401 "wrong email or password", for an unknown address, a wrong password and a
   * locked account, in about the same time, so the endpoint does not tell which addresses have
   * accounts. The owner of a locked account learns of the lock from the lock email.
   */
  @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> login(@RequestBody(required = false) byte @Nullable [] body) {
    LoginRequest request = JsonBodies.read(body, LoginRequest.class);
    String email = Check.email(request.email(), "email");
    String password = Check.text(request.password(), "password", 200);
    ApiException wrong = ApiException.unauthorized("wrong email or password");
    UserAccount user =
        credentials.userIdFor(email).flatMap(users::find).filter(UserAccount::active).orElse(null);
    boolean passwordMatches =
        credentials.passwordMatches(user == null ? null : user.id(), password);
    if (user == null) {
      throw wrong;
    }
    String userId = user.id();
    Instant now = clock.instant();
    if (user.lockedAt(now)) {
      throw wrong;
    }
    if (!passwordMatches) {
      failed(user, now);
      throw wrong;
    }
    if (twoFactor.enabled(userId)) {
      if (request.code() == null) {
        throw new ApiException(
            401, "two_factor_required", "code", "code is required: send the current 2FA code");
      }
      if (!twoFactor.check(userId, request.code(), now)) {
        failed(user, now);
        throw new ApiException(
            401, "two_factor_invalid", "code", "code is wrong, expired or already used");
      }
    }
    attempts.clear(userId);
    users.recordLogin(userId, now);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("token", sessions.open(userId));
    answer.put("userId", userId);
    answer.put("role", user.role().wireName());
    answer.put("twoFactorEnabled", twoFactor.enabled(userId));
    return answer;
  }

  /** Counts a failed login and locks the account once the policy says so. */
  private void failed(UserAccount user, Instant now) {
    attempts.recordFailure(user.id(), now);
    long failures = attempts.countFailures(user.id(), settings.lockout().windowStart(now));
    if (settings.lockout().shouldLock(failures)) {
      Instant until = settings.lockout().lockedUntil(now);
      String reason = "too many failed logins";
      if (users.lock(user.id(), until, reason)) {
        events.emit(
            AccountLocked.TYPE.event(
                new AccountLocked(user.id(), user.email(), user.firstName(), reason, until)));
      }
    }
  }

  record EmailRequest(@Nullable String email) {}

  /** Always 202, so the answer does not tell whether an account exists. */
  @PostMapping(path = "/password-reset/request", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, Object> requestReset(@RequestBody(required = false) byte @Nullable [] body) {
    EmailRequest request = JsonBodies.read(body, EmailRequest.class);
    String email = Check.email(request.email(), "email");
    credentials
        .userIdFor(email)
        .flatMap(users::find)
        .filter(UserAccount::active)
        .ifPresent(
            user -> {
              // A newer request replaces the older link; its email, if still due, sends nothing.
              tokens.deleteForUser(user.id(), TokenKind.PASSWORD_RESET);
              IssuedToken reset = issuer.issue(user.id(), TokenKind.PASSWORD_RESET, RESET_TTL);
              events.emit(
                  PasswordResetRequested.TYPE.event(
                      new PasswordResetRequested(user.id(), reset.tokenId())));
            });
    return Map.of("message", "if the account exists, a reset link is on its way");
  }

  record ResetRequest(@Nullable String token, @Nullable String password) {}

  /**
   * Sets the new password, ends every session and lifts a lockout: the lock email tells the user to
   * reset the password, and a reset proves control of the address.
   */
  @PostMapping(path = "/password-reset/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> reset(@RequestBody(required = false) byte @Nullable [] body) {
    ResetRequest request = JsonBodies.read(body, ResetRequest.class);
    String password = Check.password(request.password(), "password");
    TokenRecord record = validToken(request.token(), TokenKind.PASSWORD_RESET);
    credentials.changePassword(record.userId(), password);
    tokens.delete(record.tokenId());
    int ended = sessionStore.deleteForUser(record.userId());
    attempts.clear(record.userId());
    users
        .find(record.userId())
        .filter(u -> u.lockedUntil() != null)
        .ifPresent(u -> users.save(u.toBuilder().locked(null, null).build()));
    return Map.of("userId", record.userId(), "sessionsEnded", ended);
  }

  /**
   * Starts 2FA setup: a new secret for an authenticator app. 2FA is on only once {@code
   * /2fa/enable} receives a code made from it.
   */
  @PostMapping("/2fa/setup")
  Map<String, Object> setUpTwoFactor(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization) {
    UserAccount user = sessions.require(authorization);
    if (twoFactor.enabled(user.id())) {
      throw ApiException.conflict("2FA is already on for this account");
    }
    String secret = twoFactor.newSecret(user.id());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("secret", secret);
    answer.put("otpauthUri", TwoFactor.uri(brand, user.email(), secret));
    return answer;
  }

  record CodeRequest(@Nullable String code) {}

  /** Turns 2FA on with a code from the set-up secret; repeating it changes nothing. */
  @PostMapping(path = "/2fa/enable", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> enableTwoFactor(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
      @RequestBody(required = false) byte @Nullable [] body) {
    UserAccount user = sessions.require(authorization);
    CodeRequest request = JsonBodies.read(body, CodeRequest.class);
    if (!twoFactor.enabled(user.id())) {
      String code = Check.text(request.code(), "code", 6);
      boolean turnedOn =
          twoFactor
              .enable(user.id(), code, clock.instant())
              .orElseThrow(
                  () ->
                      ApiException.invalid(
                          "code", "does not match the secret from /api/auth/2fa/setup"));
      if (turnedOn) {
        events.emit(
            TwoFactorEnabled.TYPE.event(
                new TwoFactorEnabled(user.id(), user.email(), user.firstName())));
      }
    }
    return Map.of("userId", user.id(), "twoFactorEnabled", true);
  }
}
