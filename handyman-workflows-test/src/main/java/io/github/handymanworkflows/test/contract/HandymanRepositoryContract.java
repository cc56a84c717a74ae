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
package io.github.handymanworkflows.test.contract;

import static io.github.handymanworkflows.test.data.TestPlaces.ABUJA;
import static io.github.handymanworkflows.test.data.TestPlaces.IKEJA;
import static io.github.handymanworkflows.test.data.TestPlaces.LEKKI;
import static io.github.handymanworkflows.test.data.TestPlaces.YABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.handyman.ApprovalStatus;
import io.github.handymanworkflows.handyman.HandymanCandidate;
import io.github.handymanworkflows.handyman.HandymanPerformance;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.handyman.PerformanceCohort;
import io.github.handymanworkflows.handyman.PerformanceCriteria;
import io.github.handymanworkflows.test.data.TestHandymen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The semantics every {@link HandymanRepository} must have. Extend it and return an empty
 * repository from {@link #newRepository()}.
 */
public abstract class HandymanRepositoryContract {

  /** A reference "now": 2026-11-26T09:00:00Z. */
  protected static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

  /** The repository under test, fresh for each test. */
  protected HandymanRepository handymen;

  /** An empty repository; called before each test. */
  protected abstract HandymanRepository newRepository();

  @BeforeEach
  void createRepository() {
    handymen = newRepository();
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(handymen.find("nobody")).isEmpty();
  }

  @Test
  void returnsWhatWasSavedWithEveryField() {
    HandymanProfile profile =
        TestHandymen.matchable("h-1", IKEJA, "plumbing", "tiling")
            .withAvailability(false, "on holiday", NOW)
            .withStats(TestHandymen.stats(4, 18, NOW));

    handymen.save(profile);

    assertThat(handymen.find("h-1")).contains(profile);
  }

  @Test
  void saveKeepsTheStoredStatsOfAnExistingHandyman() {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));
    HandymanStats stats = handymen.recordCompletedJob("h-1", "job-1", 5, NOW).orElseThrow();

    handymen.save(TestHandymen.matchable("h-1", YABA, "tiling").withStats(HandymanStats.empty()));

    HandymanProfile stored = handymen.find("h-1").orElseThrow();
    assertThat(stored.stats()).isEqualTo(stats);
    assertThat(stored.skills()).containsExactly("tiling");
    assertThat(stored.location().point()).isEqualTo(YABA);
  }

  @Test
  void recordCompletedJobCountsJobsAndRatings() {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));

    handymen.recordCompletedJob("h-1", "job-1", 5, NOW.minusSeconds(60));
    HandymanStats stats = handymen.recordCompletedJob("h-1", "job-2", 4, NOW).orElseThrow();

    assertThat(stats).isEqualTo(new HandymanStats(2, 9, 2, NOW));
    assertThat(stats.averageRating()).hasValue(4.5);
    assertThat(handymen.find("h-1").orElseThrow().stats()).isEqualTo(stats);
  }

  @Test
  void unratedJobsCountAsCompletedButNotInTheRatingDivisor() {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));

    handymen.recordCompletedJob("h-1", "job-1", 5, NOW);
    handymen.recordCompletedJob("h-1", "job-2", null, NOW);
    HandymanStats stats = handymen.recordCompletedJob("h-1", "job-3", 3, NOW).orElseThrow();

    assertThat(stats.completedJobs()).isEqualTo(3);
    assertThat(stats.ratingCount()).isEqualTo(2);
    assertThat(stats.averageRating()).hasValue(4.0);
  }

  @Test
  void aSecondCallForTheSameJobChangesNothing() {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));
    HandymanStats first = handymen.recordCompletedJob("h-1", "job-1", 5, NOW).orElseThrow();

    Optional<HandymanStats> second =
        handymen.recordCompletedJob("h-1", "job-1", 1, NOW.plusSeconds(60));

    assertThat(second).contains(first);
    assertThat(handymen.find("h-1").orElseThrow().stats()).isEqualTo(first);
  }

  @Test
  void aRatingAfterCompletionJoinsTheStatsOnce() {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));
    handymen.recordCompletedJob("h-1", "job-1", null, NOW);

    HandymanStats rated = handymen.recordRating("h-1", "job-1", 4).orElseThrow();
    HandymanStats again = handymen.recordRating("h-1", "job-1", 1).orElseThrow();

    assertThat(rated).isEqualTo(new HandymanStats(1, 4, 1, NOW));
    assertThat(again).isEqualTo(rated);
    assertThat(handymen.find("h-1").orElseThrow().stats()).isEqualTo(rated);
  }

  @Test
  void aJobRatedAtCompletionKeepsItsFirstRating() {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));
    HandymanStats counted = handymen.recordCompletedJob("h-1", "job-1", 5, NOW).orElseThrow();

    assertThat(handymen.recordRating("h-1", "job-1", 2)).contains(counted);
  }

  @Test
  void aRatingThatOvertakesTheCompletionIsAppliedWhenTheJobIsCounted() {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));

    assertThat(handymen.recordRating("h-1", "job-1", 3)).contains(HandymanStats.empty());
    HandymanStats counted = handymen.recordCompletedJob("h-1", "job-1", null, NOW).orElseThrow();

    assertThat(counted).isEqualTo(new HandymanStats(1, 3, 1, NOW));
    assertThat(handymen.recordRating("h-1", "job-1", 5)).contains(counted);
  }

  @Test
  void concurrentRatingsOfTheSameJobCountOnce() throws Exception {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));
    handymen.recordCompletedJob("h-1", "job-1", null, NOW);

    Race.run(8, i -> handymen.recordRating("h-1", "job-1", 4));

    assertThat(handymen.find("h-1").orElseThrow().stats())
        .isEqualTo(new HandymanStats(1, 4, 1, NOW));
  }

  @Test
  void recordRatingReportsAnUnknownHandymanAndRejectsBadRatings() {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));

    assertThat(handymen.recordRating("nobody", "job-1", 4)).isEmpty();
    assertThatThrownBy(() -> handymen.recordRating("h-1", "job-1", 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rating");
  }

  @Test
  void concurrentCallsForTheSameJobCountItOnce() throws Exception {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));

    List<Optional<HandymanStats>> results =
        Race.run(8, i -> handymen.recordCompletedJob("h-1", "job-1", 4, NOW));

    HandymanStats expected = new HandymanStats(1, 4, 1, NOW);
    assertThat(results).allSatisfy(result -> assertThat(result).contains(expected));
    assertThat(handymen.find("h-1").orElseThrow().stats()).isEqualTo(expected);
  }

  @Test
  void concurrentCallsForDifferentJobsAreAllCounted() throws Exception {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));

    Race.run(8, i -> handymen.recordCompletedJob("h-1", "job-" + i, 1 + i % 5, NOW));

    HandymanStats stats = handymen.find("h-1").orElseThrow().stats();
    assertThat(stats.completedJobs()).isEqualTo(8);
    assertThat(stats.ratingCount()).isEqualTo(8);
    assertThat(stats.ratingSum()).isEqualTo(1 + 2 + 3 + 4 + 5 + 1 + 2 + 3);
  }

  @Test
  void lastJobCompletedAtOnlyMovesForward() {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));

    handymen.recordCompletedJob("h-1", "job-1", null, NOW);
    HandymanStats stats =
        handymen.recordCompletedJob("h-1", "job-2", null, NOW.minusSeconds(3600)).orElseThrow();

    assertThat(stats.lastJobCompletedAt()).isEqualTo(NOW);
  }

  @Test
  void recordCompletedJobReportsAnUnknownHandyman() {
    assertThat(handymen.recordCompletedJob("nobody", "job-1", 5, NOW)).isEmpty();
    assertThat(handymen.find("nobody")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1})
  void recordCompletedJobRejectsRatingsOutsideOneToFive(int rating) {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));

    assertThatThrownBy(() -> handymen.recordCompletedJob("h-1", "job-1", rating, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rating");
    assertThat(handymen.find("h-1").orElseThrow().stats()).isEqualTo(HandymanStats.empty());
  }

  @Test
  void setAvailabilityStoresTheChange() {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));

    assertThat(handymen.setAvailability("h-1", false, "on a job", NOW)).isTrue();

    HandymanProfile stored = handymen.find("h-1").orElseThrow();
    assertThat(stored.available()).isFalse();
    assertThat(stored.availabilityReason()).isEqualTo("on a job");
    assertThat(stored.availabilityChangedAt()).isEqualTo(NOW);
  }

  @Test
  void setAvailabilityIgnoresAChangeOlderThanTheStoredOne() {
    handymen.save(TestHandymen.matchable("h-1", IKEJA, "plumbing"));
    handymen.setAvailability("h-1", true, "job completed", NOW);

    assertThat(handymen.setAvailability("h-1", false, "stale", NOW.minusSeconds(1))).isTrue();

    HandymanProfile stored = handymen.find("h-1").orElseThrow();
    assertThat(stored.available()).isTrue();
    assertThat(stored.availabilityReason()).isEqualTo("job completed");
  }

  @Test
  void setAvailabilityReportsAnUnknownHandyman() {
    assertThat(handymen.setAvailability("nobody", true, null, NOW)).isFalse();
  }

  @Test
  void candidatesAreApprovedVerifiedAvailableSkilledAndWithinTheRadius() {
    handymen.save(TestHandymen.matchable("ok-ikeja", IKEJA, "plumbing"));
    handymen.save(TestHandymen.matchable("ok-yaba", YABA, "Plumbing", "tiling"));
    handymen.save(TestHandymen.matchable("far-abuja", ABUJA, "plumbing"));
    handymen.save(
        TestHandymen.matchable("pending", IKEJA, "plumbing")
            .withApprovalStatus(ApprovalStatus.PENDING));
    handymen.save(
        TestHandymen.matchable("rejected", IKEJA, "plumbing")
            .withApprovalStatus(ApprovalStatus.REJECTED));
    handymen.save(TestHandymen.matchable("unverified", IKEJA, "plumbing").withEmailVerified(false));
    handymen.save(
        TestHandymen.matchable("busy", IKEJA, "plumbing").withAvailability(false, "busy", NOW));
    handymen.save(TestHandymen.matchable("no-skill", IKEJA, "painting"));
    handymen.save(TestHandymen.matchable("no-location", IKEJA, "plumbing").withLocation(null));

    List<HandymanCandidate> candidates = handymen.findCandidates("  PLUMBING ", IKEJA, 20, 10);

    assertThat(candidates)
        .extracting(HandymanCandidate::handymanId)
        .containsExactly("ok-ikeja", "ok-yaba");
    assertThat(candidates.get(0).distanceKm()).isCloseTo(0, within(0.01));
    assertThat(candidates.get(1).distanceKm()).isCloseTo(IKEJA.distanceKm(YABA), within(0.01));
  }

  @Test
  void theRadiusBoundsTheSearch() {
    handymen.save(TestHandymen.matchable("yaba", YABA, "plumbing"));
    handymen.save(TestHandymen.matchable("lekki", LEKKI, "plumbing"));
    double toLekki = IKEJA.distanceKm(LEKKI);

    assertThat(handymen.findCandidates("plumbing", IKEJA, toLekki - 0.5, 10))
        .extracting(HandymanCandidate::handymanId)
        .containsExactly("yaba");
    assertThat(handymen.findCandidates("plumbing", IKEJA, toLekki + 0.5, 10))
        .extracting(HandymanCandidate::handymanId)
        .containsExactly("yaba", "lekki");
  }

  @Test
  void candidatesAreRankedByDistanceThenRatingThenId() {
    handymen.save(TestHandymen.matchable("far", LEKKI, "plumbing"));
    handymen.save(TestHandymen.matchable("near-b-unrated", YABA, "plumbing"));
    handymen.save(TestHandymen.matchable("near-a-unrated", YABA, "plumbing"));
    handymen.save(TestHandymen.matchable("near-rated-3", YABA, "plumbing"));
    handymen.save(TestHandymen.matchable("near-rated-5", YABA, "plumbing"));
    handymen.recordCompletedJob("near-rated-3", "job-1", 3, NOW);
    handymen.recordCompletedJob("near-rated-5", "job-2", 5, NOW);
    handymen.recordCompletedJob("far", "job-3", 5, NOW);

    assertThat(handymen.findCandidates("plumbing", IKEJA, 50, 10))
        .extracting(HandymanCandidate::handymanId)
        .containsExactly("near-rated-5", "near-rated-3", "near-a-unrated", "near-b-unrated", "far");
  }

  @Test
  void candidatesRespectTheLimitAndTheExclusions() {
    for (int i = 0; i < 5; i++) {
      handymen.save(TestHandymen.matchable("h-" + i, IKEJA, "plumbing"));
    }

    assertThat(handymen.findCandidates("plumbing", IKEJA, 10, 3)).hasSize(3);
    assertThat(handymen.findCandidates("plumbing", IKEJA, 10, Set.of("h-0", "h-1", "h-2"), 10))
        .extracting(HandymanCandidate::handymanId)
        .containsExactly("h-3", "h-4");
  }

  @Test
  void performanceSortsHandymenIntoOneCohortAtMost() {
    PerformanceCriteria criteria = new PerformanceCriteria(2, 3.0, 4.5);
    saveWithRatings("tips", ApprovalStatus.APPROVED, 2, 3);
    saveWithRatings("at-tips-threshold", ApprovalStatus.APPROVED, 3, 3);
    saveWithRatings("middle", ApprovalStatus.APPROVED, 4, 4);
    saveWithRatings("at-recognition-threshold", ApprovalStatus.APPROVED, 4, 5);
    saveWithRatings("top", ApprovalStatus.APPROVED, 5, 5, 5);
    saveWithRatings("too-few-jobs", ApprovalStatus.APPROVED, 1);
    saveWithRatings("pending", ApprovalStatus.PENDING, 1, 1, 1);
    handymen.save(TestHandymen.matchable("unrated", IKEJA, "plumbing"));
    handymen.recordCompletedJob("unrated", "u-1", null, NOW);
    handymen.recordCompletedJob("unrated", "u-2", null, NOW);
    handymen.save(TestHandymen.matchable("idle", IKEJA, "plumbing"));
    handymen.recordCompletedJob("idle", "u-3", null, NOW.minus(Duration.ofDays(8)));
    handymen.recordCompletedJob("idle", "u-4", null, NOW.minus(Duration.ofDays(7)));

    Map<String, PerformanceCohort> cohorts = new HashMap<>();
    for (HandymanPerformance entry : handymen.findPerformance(criteria, NOW, null, 100).items()) {
      cohorts.put(entry.handymanId(), entry.cohort());
    }

    assertThat(cohorts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "tips", PerformanceCohort.TIPS,
                "too-few-jobs", PerformanceCohort.TIPS,
                "idle", PerformanceCohort.TIPS,
                "at-recognition-threshold", PerformanceCohort.RECOGNITION,
                "top", PerformanceCohort.RECOGNITION));
  }

  @RepeatedTest(5)
  void randomTrackRecordsLandInExactlyTheCohortTheirAverageDeserves(RepetitionInfo repetition) {
    Random random = new Random(20261126L + repetition.getCurrentRepetition());
    PerformanceCriteria criteria = PerformanceCriteria.defaults();
    Map<String, HandymanStats> stored = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      String id = String.format("h-%02d", i);
      int jobs = random.nextInt(7);
      int[] ratings = new int[jobs];
      for (int j = 0; j < jobs; j++) {
        ratings[j] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(5);
      }
      stored.put(id, saveWithRatings(id, ApprovalStatus.APPROVED, ratings));
    }

    List<HandymanPerformance> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<HandymanPerformance> page = handymen.findPerformance(criteria, NOW, cursor, 4);
      seen.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(seen).extracting(HandymanPerformance::handymanId).doesNotHaveDuplicates();
    for (Map.Entry<String, HandymanStats> entry : stored.entrySet()) {
      PerformanceCohort expected = criteria.classify(true, entry.getValue(), NOW);
      Optional<PerformanceCohort> actual =
          seen.stream()
              .filter(p -> p.handymanId().equals(entry.getKey()))
              .map(HandymanPerformance::cohort)
              .findFirst();
      assertThat(actual).as(entry.getKey()).isEqualTo(Optional.ofNullable(expected));
    }
  }

  /** Saves an approved or other handyman and records one job per rating (0 = unrated). */
  private HandymanStats saveWithRatings(String id, ApprovalStatus status, int... ratings) {
    handymen.save(TestHandymen.matchable(id, IKEJA, "plumbing").withApprovalStatus(status));
    HandymanStats stats = HandymanStats.empty();
    for (int i = 0; i < ratings.length; i++) {
      Integer rating = ratings[i] == 0 ? null : ratings[i];
      stats = handymen.recordCompletedJob(id, id + "-job-" + i, rating, NOW).orElseThrow();
    }
    return stats;
  }
}
