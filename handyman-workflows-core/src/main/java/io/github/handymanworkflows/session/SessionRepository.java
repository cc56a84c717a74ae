package io.github.handymanworkflows.session;

import java.time.Instant;
import java.util.Optional;

/** Session metadata. Implementations are thread-safe. */
public interface SessionRepository {

  /** Inserts or replaces the session with the same id. */
  void save(SessionRecord session);

  /** The session with this id. */
  Optional<SessionRecord> find(String sessionId);

  /**
   * Ends one session.
   *
   * @return whether it existed
   */
  boolean delete(String sessionId);

  /**
   * Ends every session of a user, for example when the account is locked.
   *
   * @return how many were deleted
   */
  int deleteForUser(String userId);

  /**
   * Deletes at most {@code limit} sessions that expired before {@code before} ({@code expiresAt <
   * before}). Called in a loop until it returns less than {@code limit}.
   *
   * @return how many were deleted, at most {@code limit}
   */
  int deleteExpired(Instant before, int limit);
}
