package io.github.handymanworkflows.workflows.account;

import io.github.handymanworkflows.event.EventType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A user's account was deleted ({@code user/account.deleted}); cancels the user's onboarding. The
 * host app sends it when it deletes an account.
 *
 * @param userId the deleted user's id
 * @param deletedAt when, or {@code null} for the event's time
 */
public record UserAccountDeleted(String userId, @Nullable Instant deletedAt) {

  /** The wire name {@code user/account.deleted}. */
  public static final EventType<UserAccountDeleted> TYPE =
      EventType.of("user/account.deleted", UserAccountDeleted.class);

  private static final EventChecks CHECKS = EventChecks.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws io.github.handymanworkflows.event.EventValidationException naming the missing field
   */
  public UserAccountDeleted {
    CHECKS.text("userId", userId);
  }
}
