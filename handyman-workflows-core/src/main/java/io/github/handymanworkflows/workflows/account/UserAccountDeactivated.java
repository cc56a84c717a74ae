package io.github.handymanworkflows.workflows.account;

import io.github.handymanworkflows.event.EventType;
import org.jspecify.annotations.Nullable;

/**
 * A user's account was deactivated ({@code user/account.deactivated}), by the user or an
 * administrator; cancels the user's onboarding. The host app sends it.
 *
 * @param userId the user's id
 * @param reason why, or {@code null} (blank reads as {@code null})
 */
public record UserAccountDeactivated(String userId, @Nullable String reason) {

  /** The wire name {@code user/account.deactivated}. */
  public static final EventType<UserAccountDeactivated> TYPE =
      EventType.of("user/account.deactivated", UserAccountDeactivated.class);

  private static final EventChecks CHECKS = EventChecks.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws io.github.handymanworkflows.event.EventValidationException naming the missing field
   */
  public UserAccountDeactivated {
    CHECKS.text("userId", userId);
    reason = CHECKS.optionalText("reason", reason);
  }
}
