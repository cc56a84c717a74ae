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
package io.github.handymanworkflows.token;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Issued tokens, by hash. Implementations are thread-safe. */
public interface TokenRepository {

  /** Inserts or replaces the record with the same token id. */
  void save(TokenRecord token);

  /** The record with this id. */
  Optional<TokenRecord> find(String tokenId);

  /** The record whose hash is {@code tokenHash}: how a presented token is looked up. */
  Optional<TokenRecord> findByHash(String tokenHash);

  /**
   * Deletes one record, for example once a token was used.
   *
   * @return whether it existed
   */
  boolean delete(String tokenId);

  /**
   * Deletes a user's tokens of one kind, or of every kind when {@code kind} is {@code null}; for
   * example the older verification tokens when a new one is issued.
   *
   * @return how many were deleted
   */
  int deleteForUser(String userId, @Nullable TokenKind kind);

  /**
   * Deletes at most {@code limit} records that expired before {@code before} ({@code expiresAt <
   * before}), of one kind or of every kind. The cleanup workflow calls it in a loop until it
   * returns less than {@code limit}, so each call stays small.
   *
   * @return how many were deleted, at most {@code limit}
   */
  int deleteExpired(@Nullable TokenKind kind, Instant before, int limit);
}
