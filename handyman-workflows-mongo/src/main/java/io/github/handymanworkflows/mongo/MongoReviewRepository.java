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

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.review.Review;
import io.github.handymanworkflows.review.ReviewRepository;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;

/**
 * {@link ReviewRepository} on the {@code reviews} collection, keyed by job id: the unique {@code
 * _id} makes "first review wins" one atomic insert.
 */
public final class MongoReviewRepository implements ReviewRepository {

  private final MongoCollection<Document> reviews;
  private final Calls calls;

  MongoReviewRepository(MongoCollection<Document> reviews, Calls calls) {
    this.reviews = reviews;
    this.calls = calls;
  }

  @Override
  public boolean saveIfAbsent(Review review) {
    Objects.requireNonNull(review, "review must not be null");
    Document doc =
        new Document("_id", review.jobId())
            .append("customerId", review.customerId())
            .append("handymanId", review.handymanId())
            .append("rating", review.rating())
            .append("comment", review.comment())
            .append("submittedAt", Docs.date(review.submittedAt()));
    return calls.unlessDuplicate("reviews.saveIfAbsent", reviews.insertOne(doc));
  }

  @Override
  public boolean hasReview(String jobId) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    return calls.one("reviews.hasReview", reviews.countDocuments(eq("_id", jobId))) > 0;
  }

  @Override
  public Optional<Review> findByJob(String jobId) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    return calls
        .optional("reviews.findByJob", reviews.find(eq("_id", jobId)).first())
        .map(
            doc ->
                new Review(
                    Docs.string(doc, "_id"),
                    Docs.string(doc, "customerId"),
                    Docs.string(doc, "handymanId"),
                    doc.getInteger("rating"),
                    doc.getString("comment"),
                    Docs.instant(doc, "submittedAt")));
  }
}
