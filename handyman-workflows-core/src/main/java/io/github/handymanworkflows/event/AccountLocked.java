package io.github.handymanworkflows.event;

import io.github.handymanworkflows.internal.Masking;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A user's account was locked ({@code auth/account.locked}); triggers the lock notification.
 *
 * <p>The original app always told users "15 minutes" whatever the lock; this payload carries the
 * actual unlock time instead.
 *
 * @param userId the user's id
 * @param email the address to notify; masked in {@code toString}
 * @param firstName the name to greet with
 * @param reason why the account was locked, in words fit for the user
 * @param lockedUntil when the lock lifts by itself, or {@code null} when only an administrator can
 *     lift it
 */
public record AccountLocked(
    String userId, String email, String firstName, String reason, @Nullable Instant lockedUntil) {

  /** The wire name {@code auth/account.locked}. */
  public static final EventType<AccountLocked> TYPE =
      EventType.of("auth/account.locked", AccountLocked.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public AccountLocked {
    FIELDS.text("userId", userId);
    FIELDS.email("email", email);
    FIELDS.text("firstName", firstName);
    FIELDS.text("reason", reason);
  }

  @Override
  public String toString() {
    return "AccountLocked[userId="
        + userId
        + ", email="
        + Masking.email(email)
        + ", firstName="
        + firstName
        + ", reason="
        + reason
        + ", lockedUntil="
        + lockedUntil
        + "]";
  }
}
