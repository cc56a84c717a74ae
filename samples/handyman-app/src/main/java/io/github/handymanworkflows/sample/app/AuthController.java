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
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.token.TokenHashes;
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
  private final SessionRepository sessionStore;
  private final LoginAttemptTracker attempts;
  private final WorkflowSettings settings;
  private final Credentials credentials;
  private final Sessions sessions;
  private final AppEvents events;
  private final Clock clock;

  AuthController(
      UserRepository users,
      HandymanRepository handymen,
      TokenRepository tokens,
      SessionRepository sessionStore,
      LoginAttemptTracker attempts,
      WorkflowSettings settings,
      Credentials credentials,
      Sessions sessions,
      AppEvents events,
      Clock clock) {
    this.users = users;
    this.handymen = handymen;
    this.tokens = tokens;
    this.sessionStore = sessionStore;
    this.attempts = attempts;
    this.settings = settings;
    this.credentials = credentials;
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

  @PostMapping("/register")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> register(@RequestBody RegisterRequest request) {
    String email = Check.email(request.email(), "email");
    String password = Check.password(request.password(), "password");
    String firstName = Check.text(request.firstName(), "firstName", 100);
    String lastName = Check.optionalText(request.lastName(), "lastName", 100);
    Role role = role(request.role());
    Set<String> skills = Set.copyOf(request.skills() == null ? List.of() : request.skills());
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
    String token = Sessions.newToken();
    TokenRecord record =
        TokenRecord.issue(
            "tok_" + UUID.randomUUID(),
            userId,
            TokenKind.VERIFICATION,
            token,
            now,
            VERIFICATION_TTL);
    tokens.save(record);
    events.emit(
        UserRegistered.TYPE.event(new UserRegistered(userId, email, firstName, lastName, role)),
        EmailVerificationRequested.TYPE.event(
            new EmailVerificationRequested(userId, email, firstName, token, record.expiresAt())),
        OnboardingStarted.TYPE.event(new OnboardingStarted(userId, email, firstName, role)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("userId", userId);
    body.put("role", role.wireName());
    body.put("emailVerified", false);
    body.put("message", "check your email to verify your address");
    return body;
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

  @PostMapping("/verify-email")
  Map<String, Object> verifyEmail(@RequestBody TokenRequest request) {
    TokenRecord record = validToken(request.token(), TokenKind.VERIFICATION);
    UserAccount user = users.find(record.userId()).orElseThrow(() -> ApiException.notFound("user"));
    users.save(user.toBuilder().emailVerified(true).build());
    handymen.find(user.id()).ifPresent(profile -> handymen.save(profile.withEmailVerified(true)));
    tokens.delete(record.tokenId());
    return Map.of("userId", user.id(), "emailVerified", true);
  }

  private TokenRecord validToken(@Nullable String token, TokenKind kind) {
    String raw = Check.text(token, "token", 200);
    return tokens
        .findByHash(TokenHashes.sha256Hex(raw))
        .filter(t -> t.kind() == kind && !t.expiredAt(clock.instant()))
        .orElseThrow(() -> ApiException.invalid("token", "is unknown, used or expired"));
  }

  record LoginRequest(@Nullable String email, @Nullable String password) {}

  @PostMapping("/login")
  Map<String, Object> login(@RequestBody LoginRequest request) {
    String email = Check.email(request.email(), "email");
    String password = Check.text(request.password(), "password", 200);
    ApiException wrong = ApiException.unauthorized("wrong email or password");
    String userId = credentials.userIdFor(email).orElseThrow(() -> wrong);
    UserAccount user = users.find(userId).filter(UserAccount::active).orElseThrow(() -> wrong);
    Instant now = clock.instant();
    if (user.lockedAt(now)) {
      throw new ApiException(
          423, "locked", null, "the account is locked until " + user.lockedUntil());
    }
    if (!credentials.passwordMatches(userId, password)) {
      attempts.recordFailure(userId, now);
      long failures = attempts.countFailures(userId, settings.lockout().windowStart(now));
      if (settings.lockout().shouldLock(failures)) {
        Instant until = settings.lockout().lockedUntil(now);
        String reason = "too many failed logins";
        if (users.lock(userId, until, reason)) {
          events.emit(
              AccountLocked.TYPE.event(
                  new AccountLocked(userId, user.email(), user.firstName(), reason, until)));
        }
        throw new ApiException(423, "locked", null, "the account is locked until " + until);
      }
      throw wrong;
    }
    attempts.clear(userId);
    users.recordLogin(userId, now);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", sessions.open(userId));
    body.put("userId", userId);
    body.put("role", user.role().wireName());
    body.put("twoFactorEnabled", credentials.twoFactorEnabled(userId));
    return body;
  }

  record EmailRequest(@Nullable String email) {}

  /** Always 202, so the answer does not tell whether an account exists. */
  @PostMapping("/password-reset/request")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, Object> requestReset(@RequestBody EmailRequest request) {
    String email = Check.email(request.email(), "email");
    credentials
        .userIdFor(email)
        .flatMap(users::find)
        .filter(UserAccount::active)
        .ifPresent(
            user -> {
              Instant now = clock.instant();
              String token = Sessions.newToken();
              TokenRecord record =
                  TokenRecord.issue(
                      "tok_" + UUID.randomUUID(),
                      user.id(),
                      TokenKind.PASSWORD_RESET,
                      token,
                      now,
                      RESET_TTL);
              tokens.deleteForUser(user.id(), TokenKind.PASSWORD_RESET);
              tokens.save(record);
              events.emit(
                  PasswordResetRequested.TYPE.event(
                      new PasswordResetRequested(
                          user.id(), user.email(), user.firstName(), token, record.expiresAt())));
            });
    return Map.of("message", "if the account exists, a reset link is on its way");
  }

  record ResetRequest(@Nullable String token, @Nullable String password) {}

  @PostMapping("/password-reset/confirm")
  Map<String, Object> reset(@RequestBody ResetRequest request) {
    String password = Check.password(request.password(), "password");
    TokenRecord record = validToken(request.token(), TokenKind.PASSWORD_RESET);
    credentials.changePassword(record.userId(), password);
    tokens.delete(record.tokenId());
    int ended = sessionStore.deleteForUser(record.userId());
    attempts.clear(record.userId());
    return Map.of("userId", record.userId(), "sessionsEnded", ended);
  }

  @PostMapping("/2fa/enable")
  Map<String, Object> enableTwoFactor(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization) {
    UserAccount user = sessions.require(authorization);
    if (credentials.enableTwoFactor(user.id())) {
      events.emit(
          TwoFactorEnabled.TYPE.event(
              new TwoFactorEnabled(user.id(), user.email(), user.firstName())));
    }
    return Map.of("userId", user.id(), "twoFactorEnabled", true);
  }
}
