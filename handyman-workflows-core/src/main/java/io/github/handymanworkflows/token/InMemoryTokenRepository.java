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

import io.github.handymanworkflows.domain.Page;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TokenRepository} in maps (by id and by hash, kept in step under a lock): the embedded
 * default. Data is lost on restart.
 */
public final class InMemoryTokenRepository implements TokenRepository {

  private final ConcurrentHashMap<String, TokenRecord> byId = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> idByHash = new ConcurrentHashMap<>();

  /** An empty repository. */
  @Inject
  public InMemoryTokenRepository() {}

  @Override
  public synchronized void save(TokenRecord token) {
    Objects.requireNonNull(token, "token must not be null");
    TokenRecord previous = byId.put(token.tokenId(), token);
    if (previous != null) {
      idByHash.remove(previous.tokenHash(), previous.tokenId());
    }
    idByHash.put(token.tokenHash(), token.tokenId());
  }

  @Override
  public Optional<TokenRecord> find(String tokenId) {
    Objects.requireNonNull(tokenId, "tokenId must not be null");
    return Optional.ofNullable(byId.get(tokenId));
  }

  @Override
  public synchronized Optional<TokenRecord> findByHash(String tokenHash) {
    Objects.requireNonNull(tokenHash, "tokenHash must not be null");
    String id = idByHash.get(tokenHash);
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized boolean delete(String tokenId) {
    Objects.requireNonNull(tokenId, "tokenId must not be null");
    TokenRecord removed = byId.remove(tokenId);
    if (removed == null) {
      return false;
    }
    idByHash.remove(removed.tokenHash(), removed.tokenId());
    return true;
  }

  @Override
  public synchronized int deleteForUser(String userId, @Nullable TokenKind kind) {
    Objects.requireNonNull(userId, "userId must not be null");
    return deleteMatching(
        token -> token.userId().equals(userId) && (kind == null || token.kind() == kind),
        Integer.MAX_VALUE);
  }

  @Override
  public synchronized int deleteExpired(@Nullable TokenKind kind, Instant before, int limit) {
    Objects.requireNonNull(before, "before must not be null");
    Page.requireLimit(limit);
    return deleteMatching(
        token -> token.expiresAt().isBefore(before) && (kind == null || token.kind() == kind),
        limit);
  }

  private int deleteMatching(Predicate<TokenRecord> filter, int limit) {
    List<TokenRecord> doomed =
        byId.values().stream()
            .filter(filter)
            .sorted(
                Comparator.comparing(TokenRecord::expiresAt).thenComparing(TokenRecord::tokenId))
            .limit(limit)
            .toList();
    doomed.forEach(token -> delete(token.tokenId()));
    return doomed.size();
  }
}
