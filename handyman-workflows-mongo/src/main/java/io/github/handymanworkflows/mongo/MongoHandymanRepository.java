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
import static com.mongodb.client.model.Filters.expr;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.handyman.ApprovalStatus;
import io.github.handymanworkflows.handyman.HandymanCandidate;
import io.github.handymanworkflows.handyman.HandymanPerformance;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.handyman.PerformanceCohort;
import io.github.handymanworkflows.handyman.PerformanceCriteria;
import io.github.handymanworkflows.handyman.Skills;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.mongo.internal.GeoBox;
import io.github.handymanworkflows.mongo.internal.Paging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * {@link HandymanRepository} on {@code handymen} (one document per handyman) and {@code
 * handyman_jobs} (one document per handyman and job).
 *
 * <p><b>Stats.</b> The {@code handyman_jobs} records are the truth: counting a job or a rating is
 * one conditional upsert of that job's record, so it happens once however often it is retried, and
 * a crash right after it loses nothing. The {@code stats} on the handyman document are a cache the
 * server recomputes from the records (one aggregation) after each such write, stored only if it
 * counts more than the stored one, so a slow, older recomputation can never roll stats back. A
 * crash between the record and the cache leaves the cache behind until the retried step (or the
 * handyman's next job) recomputes it.
 *
 * <p><b>Matching.</b> Candidates come from an indexed query on skill, approval, verification,
 * availability and a latitude/longitude box around the job; the exact great-circle distance and the
 * ranking are computed here over a streaming cursor, keeping only the best {@code limit} in memory.
 */
public final class MongoHandymanRepository implements HandymanRepository {

  private static final Comparator<HandymanCandidate> RANKING =
      Comparator.comparingDouble(HandymanCandidate::distanceKm)
          .thenComparing(
              Comparator.comparingDouble(
                      (HandymanCandidate c) -> c.stats().averageRating().orElse(-1))
                  .reversed())
          .thenComparing(HandymanCandidate::handymanId);

  private final MongoCollection<Document> handymen;
  private final MongoCollection<Document> credits;
  private final Calls calls;

  MongoHandymanRepository(
      MongoCollection<Document> handymen, MongoCollection<Document> credits, Calls calls) {
    this.handymen = handymen;
    this.credits = credits;
    this.calls = calls;
  }

  @Override
  public Optional<HandymanProfile> find(String handymanId) {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    return calls
        .optional("handymen.find", handymen.find(eq("_id", handymanId)).first())
        .map(MongoHandymanRepository::fromDocument);
  }

  @Override
  public void save(HandymanProfile profile) {
    Objects.requireNonNull(profile, "profile must not be null");
    Location location = profile.location();
    // Stats are written only when the handyman is new ($setOnInsert): afterwards they belong to
    // recordCompletedJob and recordRating alone.
    Bson update =
        Updates.combine(
            Updates.set("skills", new ArrayList<>(profile.skills())),
            Updates.set("location", location == null ? null : Docs.location(location)),
            Updates.set("approvalStatus", profile.approvalStatus().name()),
            Updates.set("emailVerified", profile.emailVerified()),
            Updates.set("available", profile.available()),
            Updates.set("availabilityReason", profile.availabilityReason()),
            Updates.set("availabilityChangedAt", Docs.date(profile.availabilityChangedAt())),
            Updates.setOnInsert("baseStats", stats(profile.stats())),
            Updates.setOnInsert("stats", stats(profile.stats())),
            Updates.setOnInsert("statsVersion", version(profile.stats())));
    calls.one(
        "handymen.save",
        handymen.updateOne(
            eq("_id", profile.handymanId()), update, new UpdateOptions().upsert(true)));
  }

  @Override
  public Optional<HandymanStats> recordCompletedJob(
      String handymanId, String jobId, @Nullable Integer rating, Instant at) {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(jobId, "jobId must not be null");
    Objects.requireNonNull(at, "at must not be null");
    if (rating != null && (rating < 1 || rating > 5)) {
      throw new IllegalArgumentException("rating must be between 1 and 5 but was " + rating);
    }
    Optional<Document> handyman = load(handymanId);
    if (handyman.isEmpty()) {
      return Optional.empty();
    }
    List<Bson> sets = new ArrayList<>();
    sets.add(Updates.set("handymanId", handymanId));
    sets.add(Updates.set("jobId", jobId));
    sets.add(Updates.set("completed", true));
    sets.add(Updates.set("completedAt", Docs.date(at)));
    if (rating != null) {
      sets.add(Updates.set("rating", rating));
    }
    // Matches only a job not counted yet; a counted one makes the upsert collide with its _id,
    // which means "already done".
    calls.unlessDuplicate(
        "handymen.recordCompletedJob",
        credits.updateOne(
            and(eq("_id", creditId(handymanId, jobId)), ne("completed", true)),
            Updates.combine(sets),
            new UpdateOptions().upsert(true)));
    return Optional.of(refreshStats(handymanId, handyman.get()));
  }

  @Override
  public Optional<HandymanStats> recordRating(String handymanId, String jobId, int rating) {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(jobId, "jobId must not be null");
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException("rating must be between 1 and 5 but was " + rating);
    }
    Optional<Document> handyman = load(handymanId);
    if (handyman.isEmpty()) {
      return Optional.empty();
    }
    // The first rating of a job wins; a job not counted yet keeps it until it is counted.
    calls.unlessDuplicate(
        "handymen.recordRating",
        credits.updateOne(
            and(eq("_id", creditId(handymanId, jobId)), eq("rating", null)),
            Updates.combine(
                Updates.set("handymanId", handymanId),
                Updates.set("jobId", jobId),
                Updates.set("rating", rating)),
            new UpdateOptions().upsert(true)));
    return Optional.of(refreshStats(handymanId, handyman.get()));
  }

  @Override
  public boolean setAvailability(
      String handymanId, boolean available, @Nullable String reason, Instant at) {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(at, "at must not be null");
    long matched =
        calls
            .one(
                "handymen.setAvailability",
                handymen.updateOne(
                    and(
                        eq("_id", handymanId),
                        or(eq("availabilityChangedAt", null), lte("availabilityChangedAt", at))),
                    Updates.combine(
                        Updates.set("available", available),
                        Updates.set("availabilityReason", reason),
                        Updates.set("availabilityChangedAt", Docs.date(at)))))
            .getMatchedCount();
    return matched > 0 || load(handymanId).isPresent();
  }

  @Override
  public List<HandymanCandidate> findCandidates(
      String skill, GeoPoint near, double radiusKm, Set<String> excludeIds, int limit) {
    String wanted = Skills.normalize(skill);
    Objects.requireNonNull(near, "near must not be null");
    Objects.requireNonNull(excludeIds, "excludeIds must not be null");
    if (!(radiusKm >= 0)) {
      throw new IllegalArgumentException("radiusKm must not be negative");
    }
    Page.requireLimit(limit);
    List<Bson> filters = new ArrayList<>();
    filters.add(eq("skills", wanted));
    filters.add(eq("approvalStatus", ApprovalStatus.APPROVED.name()));
    filters.add(eq("emailVerified", true));
    filters.add(eq("available", true));
    filters.add(GeoBox.around(near, radiusKm, "location.lat", "location.lng"));
    if (!excludeIds.isEmpty()) {
      filters.add(nin("_id", excludeIds));
    }
    // The worst of the best `limit` sits at the head, so memory stays at `limit` candidates.
    PriorityQueue<HandymanCandidate> best = new PriorityQueue<>(limit + 1, RANKING.reversed());
    calls.scan(
        "handymen.findCandidates",
        handymen
            .find(and(filters))
            .batchSize(calls.batchSize())
            .maxTime(calls.timeout().toMillis(), TimeUnit.MILLISECONDS),
        doc -> {
          HandymanProfile handyman = fromDocument(doc);
          Location location = Objects.requireNonNull(handyman.location());
          double distance = near.distanceKm(location.point());
          if (distance <= radiusKm) {
            best.add(new HandymanCandidate(handyman.handymanId(), distance, handyman.stats()));
            if (best.size() > limit) {
              best.poll();
            }
          }
          return true;
        });
    List<HandymanCandidate> ranked = new ArrayList<>(best);
    ranked.sort(RANKING);
    return List.copyOf(ranked);
  }

  @Override
  public Page<HandymanPerformance> findPerformance(
      PerformanceCriteria criteria, Instant asOf, @Nullable String afterId, int limit) {
    Objects.requireNonNull(criteria, "criteria must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Page.requireLimit(limit);
    // The guard keeps the division away from handymen without ratings whatever order the server
    // evaluates the conditions in.
    Document average =
        new Document(
            "$cond",
            List.of(
                new Document("$gt", List.of("$stats.ratingCount", 0)),
                new Document("$divide", List.of("$stats.ratingSum", "$stats.ratingCount")),
                0));
    Bson judgedInACohort =
        expr(
            new Document(
                "$and",
                List.of(
                    new Document(
                        "$gte", List.of("$stats.completedJobs", criteria.minCompletedJobs())),
                    new Document("$gt", List.of("$stats.ratingCount", 0)),
                    new Document(
                        "$or",
                        List.of(
                            new Document("$lt", List.of(average, criteria.tipsBelow())),
                            new Document(
                                "$gte", List.of(average, criteria.recognitionAtLeast())))))));
    List<Bson> filters = new ArrayList<>();
    filters.add(eq("approvalStatus", ApprovalStatus.APPROVED.name()));
    // Only handymen in a cohort come back (PerformanceCriteria.classify decides which one).
    filters.add(
        or(
            judgedInACohort,
            lt("stats.completedJobs", PerformanceCriteria.FEW_JOBS_BELOW),
            lte(
                "stats.lastJobCompletedAt",
                Date.from(asOf.minus(PerformanceCriteria.IDLE_AFTER)))));
    if (afterId != null) {
      filters.add(gt("_id", afterId));
    }
    List<HandymanPerformance> window = new ArrayList<>(limit + 1);
    calls.scan(
        "handymen.findPerformance",
        handymen
            .find(and(filters))
            .sort(Sorts.ascending("_id"))
            .limit(limit + 1)
            .batchSize(Math.min(limit, calls.batchSize()) + 1)
            .maxTime(calls.timeout().toMillis(), TimeUnit.MILLISECONDS),
        doc -> {
          HandymanProfile handyman = fromDocument(doc);
          PerformanceCohort cohort = criteria.classify(true, handyman.stats(), asOf);
          if (cohort != null) {
            window.add(new HandymanPerformance(handyman.handymanId(), cohort, handyman.stats()));
          }
          return window.size() <= limit;
        });
    return Paging.page(window, limit, HandymanPerformance::handymanId);
  }

  /** Recomputes the stats from the job records and stores them unless newer ones are stored. */
  private HandymanStats refreshStats(String handymanId, Document handyman) {
    HandymanStats base = statsOf(handyman.get("baseStats", Document.class));
    List<Bson> pipeline =
        List.of(
            Aggregates.match(and(eq("handymanId", handymanId), eq("completed", true))),
            Aggregates.group(
                null,
                Accumulators.sum("completedJobs", 1),
                Accumulators.sum("ratingSum", "$rating"),
                Accumulators.sum(
                    "ratingCount",
                    new Document(
                        "$cond", List.of(new Document("$gt", List.of("$rating", 0)), 1, 0))),
                Accumulators.max("last", "$completedAt")));
    Optional<Document> totals =
        calls.optional(
            "handymen.stats",
            credits.aggregate(pipeline).maxTime(calls.timeout().toMillis(), TimeUnit.MILLISECONDS));
    HandymanStats stats = base;
    if (totals.isPresent()) {
      Document t = totals.get();
      Instant last = Docs.optionalInstant(t, "last");
      Instant baseLast = base.lastJobCompletedAt();
      stats =
          new HandymanStats(
              Math.addExact(base.completedJobs(), (int) Docs.number(t, "completedJobs")),
              base.ratingSum() + Docs.number(t, "ratingSum"),
              Math.addExact(base.ratingCount(), (int) Docs.number(t, "ratingCount")),
              baseLast == null || (last != null && last.isAfter(baseLast)) ? last : baseLast);
    }
    calls.one(
        "handymen.storeStats",
        handymen.updateOne(
            and(eq("_id", handymanId), lt("statsVersion", version(stats))),
            Updates.combine(
                Updates.set("stats", stats(stats)), Updates.set("statsVersion", version(stats)))));
    return stats;
  }

  private Optional<Document> load(String handymanId) {
    return calls.optional("handymen.find", handymen.find(eq("_id", handymanId)).first());
  }

  private static Document creditId(String handymanId, String jobId) {
    return new Document("h", handymanId).append("j", jobId);
  }

  /** Grows with every counted job and rating, so a larger version is never older. */
  private static long version(HandymanStats stats) {
    return (long) stats.completedJobs() + stats.ratingCount();
  }

  private static Document stats(HandymanStats stats) {
    return new Document("completedJobs", stats.completedJobs())
        .append("ratingSum", stats.ratingSum())
        .append("ratingCount", stats.ratingCount())
        .append("lastJobCompletedAt", Docs.date(stats.lastJobCompletedAt()));
  }

  private static HandymanStats statsOf(@Nullable Document doc) {
    if (doc == null) {
      return HandymanStats.empty();
    }
    return new HandymanStats(
        (int) Docs.number(doc, "completedJobs"),
        Docs.number(doc, "ratingSum"),
        (int) Docs.number(doc, "ratingCount"),
        Docs.optionalInstant(doc, "lastJobCompletedAt"));
  }

  private static HandymanProfile fromDocument(Document doc) {
    return new HandymanProfile(
        Docs.string(doc, "_id"),
        Set.copyOf(doc.getList("skills", String.class, List.of())),
        Docs.location(doc.get("location", Document.class)),
        ApprovalStatus.valueOf(Docs.string(doc, "approvalStatus")),
        Boolean.TRUE.equals(doc.getBoolean("emailVerified")),
        Boolean.TRUE.equals(doc.getBoolean("available")),
        doc.getString("availabilityReason"),
        Docs.optionalInstant(doc, "availabilityChangedAt"),
        statsOf(doc.get("stats", Document.class)));
  }
}
