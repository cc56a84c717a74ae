package io.github.handymanworkflows.workflows.maintenance;

import io.github.handymanworkflows.event.EventBounds;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.EventValidationException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Weekly maintenance found an account inactive for longer than {@code archiveAfter} ({@code
 * system/account.inactive}); {@link ArchiveInactiveAccount} archives it and tells the user.
 *
 * @param userId the account
 * @param inactiveSince the cut-off: the account is archived only if its last activity is still
 *     before it when the archive step runs
 * @param requestedAt when maintenance ran (its scheduled time); the archive time and part of the
 *     notice's key
 */
public record InactiveAccountFound(String userId, Instant inactiveSince, Instant requestedAt) {

  /** The wire name {@code system/account.inactive}. */
  public static final EventType<InactiveAccountFound> TYPE =
      EventType.of("system/account.inactive", InactiveAccountFound.class);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public InactiveAccountFound {
    required("userId", userId);
    if (userId.isBlank()) {
      throw new EventValidationException(TYPE.name(), "data.userId", "must not be blank");
    }
    EventBounds.check(TYPE.name(), "userId", userId);
    required("inactiveSince", inactiveSince);
    required("requestedAt", requestedAt);
  }

  private static void required(String field, @Nullable Object value) {
    if (value == null) {
      throw new EventValidationException(TYPE.name(), "data." + field, "is required");
    }
  }
}
