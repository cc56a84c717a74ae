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
package io.github.handymanworkflows.sample.app;

import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.event.CustomerJobCompleted;
import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobCompleted;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.event.ReviewSubmitted;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.job.JobStatus;
import io.github.handymanworkflows.review.Review;
import io.github.handymanworkflows.review.ReviewRepository;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers post jobs and review them; handymen accept and complete them. */
@RestController
@RequestMapping("/api/jobs")
class JobController {

  private final JobRepository jobs;
  private final HandymanRepository handymen;
  private final ReviewRepository reviews;
  private final UserRepository users;
  private final Sessions sessions;
  private final AppEvents events;
  private final Clock clock;

  JobController(
      JobRepository jobs,
      HandymanRepository handymen,
      ReviewRepository reviews,
      UserRepository users,
      Sessions sessions,
      AppEvents events,
      Clock clock) {
    this.jobs = jobs;
    this.handymen = handymen;
    this.reviews = reviews;
    this.users = users;
    this.sessions = sessions;
    this.events = events;
    this.clock = clock;
  }

  record PostJobRequest(
      @Nullable String title,
      @Nullable String category,
      @Nullable LocationRequest location,
      @Nullable String urgency,
      @Nullable BigDecimal budgetMinor,
      @Nullable String currency) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> post(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
      @RequestBody(required = false) byte @Nullable [] body) {
    UserAccount customer = sessions.require(authorization, Role.CUSTOMER);
    PostJobRequest request = JsonBodies.read(body, PostJobRequest.class);
    String title = Check.text(request.title(), "title", 200);
    String category = Check.text(request.category(), "category", 100);
    var location = Check.required(request.location(), "location").toLocation("location");
    Urgency urgency = urgency(request.urgency());
    long minor = Check.minorUnits(request.budgetMinor(), "budgetMinor");
    Money budget;
    try {
      String currency =
          request.currency() == null ? "NGN" : Check.text(request.currency(), "currency", 3);
      budget = Money.of(minor, currency);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("currency", "must be an ISO-4217 code such as NGN");
    }
    String jobId = "job_" + UUID.randomUUID();
    Job job =
        Job.open(jobId, customer.id(), title, category, location, urgency, budget, clock.instant());
    jobs.save(job);
    events.emit(
        JobPosted.TYPE.event(
            new JobPosted(customer.id(), jobId, title, job.skill(), location, urgency, budget)));
    return view(job);
  }

  private static Urgency urgency(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return Urgency.MEDIUM;
    }
    try {
      return Urgency.fromWireName(value.trim());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("urgency", "must be low, medium, high or urgent");
    }
  }

  @GetMapping("/{jobId}")
  Map<String, Object> get(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
      @PathVariable String jobId) {
    sessions.require(authorization);
    return view(find(jobId));
  }

  @PostMapping("/{jobId}/accept")
  Map<String, Object> accept(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
      @PathVariable String jobId) {
    UserAccount handyman = sessions.require(authorization, Role.HANDYMAN);
    HandymanProfile profile =
        handymen.find(handyman.id()).orElseThrow(() -> ApiException.notFound("handyman profile"));
    if (!profile.matchable()) {
      throw ApiException.forbidden("only approved, verified and available handymen take jobs");
    }
    Job job = find(jobId);
    if (handyman.id().equals(job.handymanId())) {
      // Accepting twice is harmless and emits nothing new.
      return view(job);
    }
    Instant now = clock.instant();
    if (!jobs.accept(jobId, handyman.id(), now)) {
      throw ApiException.conflict(
          "the job is "
              + job.status().name().toLowerCase(java.util.Locale.ROOT)
              + "; it cannot be accepted");
    }
    events.emit(
        JobAccepted.TYPE.event(new JobAccepted(handyman.id(), jobId, job.customerId(), now)));
    return view(find(jobId));
  }

  record CompleteRequest(@Nullable BigDecimal finalPriceMinor) {}

  /** Completes the job; completing it again answers the same and emits nothing new. */
  @PostMapping("/{jobId}/complete")
  Map<String, Object> complete(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
      @PathVariable String jobId,
      @RequestBody(required = false) byte @Nullable [] body) {
    UserAccount handyman = sessions.require(authorization, Role.HANDYMAN);
    CompleteRequest request =
        body == null || body.length == 0 ? null : JsonBodies.read(body, CompleteRequest.class);
    Job job = find(jobId);
    if (!handyman.id().equals(job.handymanId())) {
      throw ApiException.forbidden("only the handyman who accepted the job completes it");
    }
    BigDecimal requested = request == null ? null : request.finalPriceMinor();
    Long minor = requested == null ? null : Check.minorUnits(requested, "finalPriceMinor");
    if (job.status() == JobStatus.COMPLETED) {
      return view(job);
    }
    Money price = minor == null ? job.budget() : Money.of(minor, job.budget().currency());
    Instant now = clock.instant();
    if (!jobs.complete(jobId, price, now)) {
      throw ApiException.conflict(
          "the job is "
              + job.status().name().toLowerCase(java.util.Locale.ROOT)
              + "; it cannot be completed");
    }
    events.emit(
        JobCompleted.TYPE.event(
            new JobCompleted(handyman.id(), jobId, job.customerId(), now, null, null)),
        CustomerJobCompleted.TYPE.event(
            new CustomerJobCompleted(
                job.customerId(), jobId, handyman.id(), handyman.displayName(), null)));
    return view(find(jobId));
  }

  record ReviewRequest(@Nullable Integer rating, @Nullable String comment) {}

  /**
   * Reviews a completed job. Sending the same review again answers the same and emits nothing; a
   * different second review is a conflict.
   */
  @PostMapping(path = "/{jobId}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> review(
      @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
      @PathVariable String jobId,
      @RequestBody(required = false) byte @Nullable [] body) {
    UserAccount customer = sessions.require(authorization, Role.CUSTOMER);
    ReviewRequest request = JsonBodies.read(body, ReviewRequest.class);
    int rating = Check.between(request.rating(), "rating", 1, 5);
    String comment = Check.optionalText(request.comment(), "comment", 2000);
    Job job = find(jobId);
    if (!customer.id().equals(job.customerId())) {
      throw ApiException.forbidden("only the customer who posted the job reviews it");
    }
    if (job.status() != JobStatus.COMPLETED || job.handymanId() == null) {
      throw ApiException.conflict("only completed jobs can be reviewed");
    }
    Instant now = clock.instant();
    String reviewId = "review_" + jobId;
    if (!reviews.saveIfAbsent(
        new Review(jobId, customer.id(), job.handymanId(), rating, comment, now))) {
      Review existing = reviews.findByJob(jobId).orElseThrow();
      if (existing.rating() != rating || !java.util.Objects.equals(existing.comment(), comment)) {
        throw ApiException.conflict("the job already has a different review");
      }
      return reviewView(reviewId, jobId, rating);
    }
    events.emit(
        ReviewSubmitted.TYPE.event(
            new ReviewSubmitted(
                reviewId, jobId, customer.id(), job.handymanId(), rating, comment, now)));
    return reviewView(reviewId, jobId, rating);
  }

  private static Map<String, Object> reviewView(String reviewId, String jobId, int rating) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("reviewId", reviewId);
    view.put("jobId", jobId);
    view.put("rating", rating);
    return view;
  }

  private Job find(String jobId) {
    return jobs.find(jobId).orElseThrow(() -> ApiException.notFound("job"));
  }

  private Map<String, Object> view(Job job) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jobId", job.jobId());
    body.put("customerId", job.customerId());
    body.put("title", job.title());
    body.put("category", job.skill());
    body.put("status", job.status().name().toLowerCase(java.util.Locale.ROOT));
    body.put("budgetMinor", job.budget().minorUnits());
    body.put("currency", job.budget().currency());
    body.put("address", job.location().address());
    if (job.handymanId() != null) {
      body.put("handymanId", job.handymanId());
      users.find(job.handymanId()).ifPresent(h -> body.put("handymanName", h.displayName()));
    }
    body.put("postedAt", job.postedAt().toString());
    if (job.completedAt() != null) {
      body.put("completedAt", job.completedAt().toString());
    }
    reviews.findByJob(job.jobId()).ifPresent(r -> body.put("rating", r.rating()));
    return body;
  }
}
