package io.github.handymanworkflows.sample.app;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What the library's ports do not hold: the email-to-user index, password hashes and 2FA flags. In
 * memory, like the sample's other stores.
 */
@Component
class Credentials {

  private final Map<String, String> userIdByEmail = new ConcurrentHashMap<>();
  private final Map<String, String> passwordHashByUserId = new ConcurrentHashMap<>();
  private final Set<String> twoFactor = ConcurrentHashMap.newKeySet();

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

  boolean passwordMatches(String userId, String password) {
    String hash = passwordHashByUserId.get(userId);
    return hash != null && Passwords.matches(password, hash);
  }

  void changePassword(String userId, String password) {
    passwordHashByUserId.put(userId, Passwords.hash(password));
  }

  /** Turns 2FA on; false when it already was. */
  boolean enableTwoFactor(String userId) {
    return twoFactor.add(userId);
  }

  boolean twoFactorEnabled(String userId) {
    return twoFactor.contains(userId);
  }
}
