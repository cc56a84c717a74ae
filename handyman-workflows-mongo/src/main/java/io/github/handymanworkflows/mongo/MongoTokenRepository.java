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
package io.github.handymanworkflows.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.token.TokenRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * {@link TokenRepository} on the {@code tokens} collection: {@code _id} is the token id, {@code
 * tokenHash} (SHA-256 hex, never the raw token) has a unique index for look-ups.
 */
public final class MongoTokenRepository implements TokenRepository {

  private final MongoCollection<Document> tokens;
  private final Calls calls;

  MongoTokenRepository(MongoCollection<Document> tokens, Calls calls) {
    this.tokens = tokens;
    this.calls = calls;
  }

  @Override
  public void save(TokenRecord token) {
    Objects.requireNonNull(token, "token must not be null");
    Document doc =
        new Document("_id", token.tokenId())
            .append("userId", token.userId())
            .append("kind", token.kind().name())
            .append("tokenHash", token.tokenHash())
            .append("createdAt", Docs.date(token.createdAt()))
            .append("expiresAt", Docs.date(token.expiresAt()));
    calls.one(
        "tokens.save",
        tokens.replaceOne(eq("_id", token.tokenId()), doc, new ReplaceOptions().upsert(true)));
  }

  @Override
  public Optional<TokenRecord> find(String tokenId) {
    Objects.requireNonNull(tokenId, "tokenId must not be null");
    return calls
        .optional("tokens.find", tokens.find(eq("_id", tokenId)).first())
        .map(MongoTokenRepository::fromDocument);
  }

  @Override
  public Optional<TokenRecord> findByHash(String tokenHash) {
    Objects.requireNonNull(tokenHash, "tokenHash must not be null");
    return calls
        .optional("tokens.findByHash", tokens.find(eq("tokenHash", tokenHash)).first())
        .map(MongoTokenRepository::fromDocument);
  }

  @Override
  public boolean delete(String tokenId) {
    Objects.requireNonNull(tokenId, "tokenId must not be null");
    return calls.one("tokens.delete", tokens.deleteOne(eq("_id", tokenId))).getDeletedCount() > 0;
  }

  @Override
  public int deleteForUser(String userId, @Nullable TokenKind kind) {
    Objects.requireNonNull(userId, "userId must not be null");
    Bson filter =
        kind == null ? eq("userId", userId) : and(eq("userId", userId), eq("kind", kind.name()));
    return (int) calls.one("tokens.deleteForUser", tokens.deleteMany(filter)).getDeletedCount();
  }

  @Override
  public int deleteExpired(@Nullable TokenKind kind, Instant before, int limit) {
    Objects.requireNonNull(before, "before must not be null");
    Page.requireLimit(limit);
    Bson expired =
        kind == null
            ? lt("expiresAt", before)
            : and(eq("kind", kind.name()), lt("expiresAt", before));
    return deleteBatch("tokens.deleteExpired", tokens, calls, expired, limit);
  }

  /**
   * Deletes at most {@code limit} documents matching {@code filter}, oldest expiry first: the ids
   * of one bounded batch, then one delete that re-checks the filter, so a record renewed in between
   * survives.
   */
  static int deleteBatch(
      String operation, MongoCollection<Document> collection, Calls calls, Bson filter, int limit) {
    List<Object> ids = new ArrayList<>(limit);
    calls.scan(
        operation,
        collection
            .find(filter)
            .projection(Projections.include("_id"))
            .sort(Sorts.ascending("expiresAt", "_id"))
            .limit(limit)
            .batchSize(Math.min(limit, calls.batchSize())),
        doc -> ids.add(doc.get("_id")));
    if (ids.isEmpty()) {
      return 0;
    }
    return (int)
        calls.one(operation, collection.deleteMany(and(in("_id", ids), filter))).getDeletedCount();
  }

  private static TokenRecord fromDocument(Document doc) {
    return new TokenRecord(
        Docs.string(doc, "_id"),
        Docs.string(doc, "userId"),
        TokenKind.valueOf(Docs.string(doc, "kind")),
        Docs.string(doc, "tokenHash"),
        Docs.instant(doc, "createdAt"),
        Docs.instant(doc, "expiresAt"));
  }
}
