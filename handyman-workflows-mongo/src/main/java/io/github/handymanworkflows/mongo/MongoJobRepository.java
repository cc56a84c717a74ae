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
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.handyman.Skills;
import io.github.handymanworkflows.job.CompletionSummary;
import io.github.handymanworkflows.job.IllegalJobTransitionException;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.job.JobStatus;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.mongo.internal.GeoBox;
import io.github.handymanworkflows.mongo.internal.Paging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * {@link JobRepository} on the {@code jobs} collection, keyed by job id. Every transition is one
 * conditional update whose filter lists the statuses it may leave, so concurrent transitions cannot
 * both win; a transition that found nothing to change re-reads the job to tell "already done"
 * (success, for a retried step) from "not allowed".
 */
public final class MongoJobRepository implements JobRepository {

  private static final int MAX_SAVE_ATTEMPTS = 8;

  private final MongoCollection<Document> jobs;
  private final Calls calls;

  MongoJobRepository(MongoCollection<Document> jobs, Calls calls) {
    this.jobs = jobs;
    this.calls = calls;
  }

  @Override
  public Optional<Job> find(String jobId) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    return calls
        .optional("jobs.find", jobs.find(eq("_id", jobId)).first())
        .map(MongoJobRepository::fromDocument);
  }

  @Override
  public void save(Job job) {
    Objects.requireNonNull(job, "job must not be null");
    List<String> from = new ArrayList<>();
    for (JobStatus status : JobStatus.values()) {
      if (status == job.status() || status.canTransitionTo(job.status())) {
        from.add(status.name());
      }
    }
    Document doc = toDocument(job);
    for (int attempt = 0; attempt < MAX_SAVE_ATTEMPTS; attempt++) {
      // Upsert guarded by the status: a stored job in a status that cannot move to the new one
      // fails the filter, and the upsert then collides with its _id.
      if (calls.unlessDuplicate(
          "jobs.save",
          jobs.replaceOne(
              and(eq("_id", job.jobId()), in("status", from)),
              doc,
              new ReplaceOptions().upsert(true)))) {
        return;
      }
      Optional<Job> stored = find(job.jobId());
      if (stored.isPresent() && !from.contains(stored.get().status().name())) {
        throw new IllegalJobTransitionException(job.jobId(), stored.get().status(), job.status());
      }
    }
    throw new MongoStoreException(
        "jobs.save lost " + MAX_SAVE_ATTEMPTS + " races in a row",
        new IllegalStateException("contention"));
  }

  @Override
  public boolean markMatched(String jobId) {
    return transition(
        jobId,
        List.of(JobStatus.OPEN),
        Updates.set("status", JobStatus.MATCHED.name()),
        job -> job.status() == JobStatus.MATCHED);
  }

  @Override
  public boolean reopen(String jobId) {
    return transition(
        jobId,
        List.of(JobStatus.MATCHED),
        Updates.set("status", JobStatus.OPEN.name()),
        job -> job.status() == JobStatus.OPEN);
  }

  @Override
  public boolean accept(String jobId, String handymanId, Instant at) {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(at, "at must not be null");
    return transition(
        jobId,
        List.of(JobStatus.OPEN, JobStatus.MATCHED),
        Updates.combine(
            Updates.set("status", JobStatus.ACCEPTED.name()),
            Updates.set("handymanId", handymanId),
            Updates.set("acceptedAt", Docs.date(at))),
        job -> job.status() == JobStatus.ACCEPTED && handymanId.equals(job.handymanId()));
  }

  @Override
  public boolean complete(String jobId, Money finalPrice, Instant at) {
    Objects.requireNonNull(finalPrice, "finalPrice must not be null");
    Objects.requireNonNull(at, "at must not be null");
    return transition(
        jobId,
        List.of(JobStatus.ACCEPTED, JobStatus.IN_PROGRESS),
        Updates.combine(
            Updates.set("status", JobStatus.COMPLETED.name()),
            Updates.set("finalPrice", money(finalPrice)),
            Updates.set("completedAt", Docs.date(at))),
        job -> job.status() == JobStatus.COMPLETED);
  }

  @Override
  public boolean cancel(String jobId, Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    return transition(
        jobId,
        Arrays.stream(JobStatus.values()).filter(s -> !s.isFinal()).toList(),
        Updates.combine(
            Updates.set("status", JobStatus.CANCELLED.name()),
            Updates.set("cancelledAt", Docs.date(at))),
        job -> job.status() == JobStatus.CANCELLED);
  }

  @Override
  public Page<Job> findAwaitingHandyman(
      String skill, GeoPoint near, double radiusKm, @Nullable String afterId, int limit) {
    String wanted = Skills.normalize(skill);
    Objects.requireNonNull(near, "near must not be null");
    if (!(radiusKm >= 0)) {
      throw new IllegalArgumentException("radiusKm must not be negative");
    }
    Page.requireLimit(limit);
    List<Bson> filters = new ArrayList<>();
    filters.add(eq("skill", wanted));
    filters.add(in("status", JobStatus.OPEN.name(), JobStatus.MATCHED.name()));
    filters.add(GeoBox.around(near, radiusKm, "location.lat", "location.lng"));
    if (afterId != null) {
      filters.add(gt("_id", afterId));
    }
    List<Job> window = new ArrayList<>(limit + 1);
    // The box lets a few corner jobs through; they are dropped here, and the cursor keeps going
    // until the page is full, one batch in memory at a time.
    calls.scan(
        "jobs.findAwaitingHandyman",
        jobs.find(and(filters))
            .sort(Sorts.ascending("_id"))
            .batchSize(Math.min(limit, calls.batchSize()) + 1)
            .maxTime(calls.timeout().toMillis(), TimeUnit.MILLISECONDS),
        doc -> {
          Job job = fromDocument(doc);
          if (near.distanceKm(job.location().point()) <= radiusKm) {
            window.add(job);
          }
          return window.size() <= limit;
        });
    return Paging.page(window, limit, Job::jobId);
  }

  @Override
  public long countPosted(Instant from, Instant to) {
    Paging.requireWindow(from, to);
    return calls.one(
        "jobs.countPosted", jobs.countDocuments(and(gte("postedAt", from), lt("postedAt", to))));
  }

  @Override
  public CompletionSummary summarizeCompleted(Instant from, Instant to) {
    Paging.requireWindow(from, to);
    List<Bson> pipeline =
        List.of(
            Aggregates.match(
                and(
                    eq("status", JobStatus.COMPLETED.name()),
                    gte("completedAt", from),
                    lt("completedAt", to))),
            Aggregates.group(
                "$finalPrice.currency",
                Accumulators.sum("jobs", 1),
                Accumulators.sum("revenue", "$finalPrice.minorUnits")));
    long count = 0;
    Map<String, Long> revenue = new HashMap<>();
    for (Document row :
        calls.list(
            "jobs.summarizeCompleted",
            jobs.aggregate(pipeline).maxTime(calls.timeout().toMillis(), TimeUnit.MILLISECONDS))) {
      count += Docs.number(row, "jobs");
      revenue.put(Docs.string(row, "_id"), Docs.number(row, "revenue"));
    }
    return new CompletionSummary(count, revenue);
  }

  private boolean transition(String jobId, List<JobStatus> from, Bson update, Predicate<Job> done) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    List<String> names = from.stream().map(JobStatus::name).toList();
    long matched =
        calls
            .one(
                "jobs.transition",
                jobs.updateOne(and(eq("_id", jobId), in("status", names)), update))
            .getMatchedCount();
    return matched > 0 || find(jobId).filter(done).isPresent();
  }

  private static Document money(Money money) {
    return new Document("minorUnits", money.minorUnits()).append("currency", money.currency());
  }

  private static @Nullable Money money(@Nullable Document doc) {
    return doc == null
        ? null
        : Money.of(Docs.number(doc, "minorUnits"), Docs.string(doc, "currency"));
  }

  private static Document toDocument(Job job) {
    return new Document("_id", job.jobId())
        .append("customerId", job.customerId())
        .append("title", job.title())
        .append("skill", job.skill())
        .append("location", Docs.location(job.location()))
        .append("urgency", job.urgency().wireName())
        .append("budget", money(job.budget()))
        .append("status", job.status().name())
        .append("handymanId", job.handymanId())
        .append("postedAt", Docs.date(job.postedAt()))
        .append("acceptedAt", Docs.date(job.acceptedAt()))
        .append("completedAt", Docs.date(job.completedAt()))
        .append("cancelledAt", Docs.date(job.cancelledAt()))
        .append("finalPrice", job.finalPrice() == null ? null : money(job.finalPrice()));
  }

  private static Job fromDocument(Document doc) {
    return new Job(
        Docs.string(doc, "_id"),
        Docs.string(doc, "customerId"),
        Docs.string(doc, "title"),
        Docs.string(doc, "skill"),
        Objects.requireNonNull(Docs.location(doc.get("location", Document.class))),
        Urgency.fromWireName(Docs.string(doc, "urgency")),
        Objects.requireNonNull(money(doc.get("budget", Document.class))),
        JobStatus.valueOf(Docs.string(doc, "status")),
        doc.getString("handymanId"),
        Docs.instant(doc, "postedAt"),
        Docs.optionalInstant(doc, "acceptedAt"),
        Docs.optionalInstant(doc, "completedAt"),
        Docs.optionalInstant(doc, "cancelledAt"),
        money(doc.get("finalPrice", Document.class)));
  }
}
