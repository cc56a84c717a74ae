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
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.engine.EngineLease;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * The single-active-engine lease: several app instances share one database, all accept events, and
 * only the holder of this lease executes runs. The holder renews it well before it expires; when it
 * stops renewing (crash, pause, partition), another instance takes it over once it has expired.
 * Give it to the engine ({@code EmbeddedEngine.builder().lease(lease)}), which acquires and renews
 * it and resumes the stored runs when it gains it; the starter does so when MongoDB is on.
 *
 * <p>Every takeover increments a fencing token. {@link MongoEngineStore} writes the token with each
 * run and cron change and refuses a write whose token is older than the one already stored, so a
 * paused former holder that wakes up cannot overwrite what its successor wrote. The guarantee is
 * per record: at most one engine writes each run from the moment the successor first writes it.
 *
 * <p>The lease document lives in {@code engine_lease}: {@code _id} (the lease name), {@code
 * holder}, {@code token} and {@code expiresAt}, all changed by one atomic {@code findOneAndUpdate}.
 */
public final class MongoEngineLease implements EngineLease {

  private final MongoCollection<Document> leases;
  private final Calls calls;
  private final String name;
  private final String holder;
  private final Duration ttl;
  private final Clock clock;
  private final AtomicLong token = new AtomicLong(0);

  MongoEngineLease(
      MongoCollection<Document> leases,
      Calls calls,
      String name,
      String holder,
      Duration ttl,
      Clock clock) {
    this.leases = leases;
    this.calls = calls;
    this.name = Objects.requireNonNull(name, "name must not be null");
    this.holder = Objects.requireNonNull(holder, "holder must not be null");
    this.ttl = Objects.requireNonNull(ttl, "ttl must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    if (holder.isBlank()) {
      throw new IllegalArgumentException("holder must not be blank");
    }
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
  }

  @Override
  public Duration ttl() {
    return ttl;
  }

  /** This instance's holder id. */
  public String holder() {
    return holder;
  }

  /**
   * Takes the lease if it is free or expired, or renews it if this instance holds it.
   *
   * @return whether this instance holds the lease until {@code now + ttl}
   */
  @Override
  public boolean tryAcquire() {
    Instant now = clock.instant();
    Instant until = now.plus(ttl);
    // Renewal: same holder, token unchanged.
    Optional<Document> renewed =
        calls.optional(
            "engineLease.renew",
            leases.findOneAndUpdate(
                and(eq("_id", name), eq("holder", holder), eq("token", token.get())),
                Updates.set("expiresAt", Docs.date(until)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    if (renewed.isPresent() && token.get() > 0) {
      return true;
    }
    // Takeover: the lease is expired (or held by an earlier life of this holder id); the token
    // grows. A missing lease document is created by the upsert with token 1.
    boolean taken =
        calls.unlessDuplicate(
            "engineLease.acquire",
            leases.findOneAndUpdate(
                and(
                    eq("_id", name),
                    or(lte("expiresAt", now), and(eq("holder", holder), ne("token", token.get())))),
                Updates.combine(
                    Updates.set("holder", holder),
                    Updates.set("expiresAt", Docs.date(until)),
                    Updates.inc("token", 1L)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)));
    if (!taken) {
      token.set(0);
      return false;
    }
    Document lease =
        calls
            .optional("engineLease.read", leases.find(eq("_id", name)).first())
            .orElseThrow(
                () -> new MongoStoreException("lease vanished", new IllegalStateException()));
    if (!holder.equals(lease.getString("holder"))) {
      token.set(0);
      return false;
    }
    token.set(Docs.number(lease, "token"));
    return true;
  }

  /** Gives the lease up at once (on shutdown), so another instance need not wait for expiry. */
  @Override
  public void release() {
    calls.one(
        "engineLease.release",
        leases.updateOne(
            and(eq("_id", name), eq("holder", holder), eq("token", token.get())),
            Updates.set("expiresAt", Docs.date(clock.instant()))));
    token.set(0);
  }

  /**
   * The fencing token of the lease this instance last acquired, 0 when it holds none. Pass this
   * method to {@link MongoStorage#engineStore(java.util.function.LongSupplier)}.
   */
  public long fencingToken() {
    return token.get();
  }
}
