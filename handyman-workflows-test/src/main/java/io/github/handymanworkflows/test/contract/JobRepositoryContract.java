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
import static io.github.handymanworkflows.test.data.TestPlaces.YABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.job.CompletionSummary;
import io.github.handymanworkflows.job.IllegalJobTransitionException;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.job.JobStatus;
import io.github.handymanworkflows.test.data.TestJobs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The semantics every {@link JobRepository} must have. Extend it and return an empty repository
 * from {@link #newRepository()}.
 */
public abstract class JobRepositoryContract {

  /** A reference "now": 2026-11-26T12:00:00Z, after {@link TestJobs#POSTED_AT}. */
  protected static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private static final Money PRICE = Money.of(4_500_000, "NGN");

  /** The repository under test, fresh for each test. */
  protected JobRepository jobs;

  /** An empty repository; called before each test. */
  protected abstract JobRepository newRepository();

  @BeforeEach
  void createRepository() {
    jobs = newRepository();
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(jobs.find("nobody")).isEmpty();
  }

  @Test
  void returnsWhatWasSavedWithEveryField() {
    Job completed =
        TestJobs.open("job-1", "plumbing", IKEJA)
            .accepted("h-1", NOW.minusSeconds(600))
            .completed(PRICE, NOW);

    jobs.save(completed);

    assertThat(jobs.find("job-1")).contains(completed);
  }

  @Test
  void acceptTakesAnOpenJob() {
    jobs.save(TestJobs.open("job-1", "plumbing", IKEJA));

    assertThat(jobs.accept("job-1", "h-1", NOW)).isTrue();

    Job accepted = jobs.find("job-1").orElseThrow();
    assertThat(accepted.status()).isEqualTo(JobStatus.ACCEPTED);
    assertThat(accepted.handymanId()).isEqualTo("h-1");
    assertThat(accepted.acceptedAt()).isEqualTo(NOW);
  }

  @Test
  void acceptTakesAMatchedJob() {
    jobs.save(TestJobs.open("job-1", "plumbing", IKEJA));
    assertThat(jobs.markMatched("job-1")).isTrue();

    assertThat(jobs.accept("job-1", "h-1", NOW)).isTrue();
    assertThat(jobs.find("job-1").orElseThrow().status()).isEqualTo(JobStatus.ACCEPTED);
  }

  @Test
  void aTakenJobCannotBeAcceptedByAnotherHandyman() {
    jobs.save(TestJobs.open("job-1", "plumbing", IKEJA));
    jobs.accept("job-1", "h-1", NOW);

    assertThat(jobs.accept("job-1", "h-2", NOW.plusSeconds(1))).isFalse();
    assertThat(jobs.accept("job-1", "h-1", NOW.plusSeconds(2))).isTrue();

    Job stored = jobs.find("job-1").orElseThrow();
    assertThat(stored.handymanId()).isEqualTo("h-1");
    assertThat(stored.acceptedAt()).isEqualTo(NOW);
  }

  @Test
  void exactlyOneOfConcurrentAcceptsWins() throws Exception {
    jobs.save(TestJobs.open("job-1", "plumbing", IKEJA));

    List<Boolean> results = Race.run(8, i -> jobs.accept("job-1", "h-" + i, NOW));

    assertThat(results).containsOnlyOnce(true);
    String winner = "h-" + results.indexOf(true);
    assertThat(jobs.find("job-1").orElseThrow().handymanId()).isEqualTo(winner);
  }

  @Test
  void completeFinishesAnAcceptedJobOnceAndKeepsTheFirstPrice() {
    jobs.save(TestJobs.open("job-1", "plumbing", IKEJA));
    jobs.accept("job-1", "h-1", NOW);

    assertThat(jobs.complete("job-1", PRICE, NOW.plusSeconds(60))).isTrue();
    assertThat(jobs.complete("job-1", Money.of(1, "NGN"), NOW.plusSeconds(120))).isTrue();

    Job done = jobs.find("job-1").orElseThrow();
    assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
    assertThat(done.finalPrice()).isEqualTo(PRICE);
    assertThat(done.completedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void completeFinishesAJobInProgress() {
    Job inProgress =
        TestJobs.open("job-1", "plumbing", IKEJA)
            .accepted("h-1", NOW)
            .withStatus(JobStatus.IN_PROGRESS);
    jobs.save(TestJobs.open("job-1", "plumbing", IKEJA));
    jobs.accept("job-1", "h-1", NOW);
    jobs.save(inProgress);

    assertThat(jobs.complete("job-1", PRICE, NOW)).isTrue();
  }

  @Test
  void transitionsTheStatusMachineForbidsAreRefused() {
    jobs.save(TestJobs.open("job-1", "plumbing", IKEJA));

    assertThat(jobs.complete("job-1", PRICE, NOW)).isFalse();
    assertThat(jobs.reopen("job-1")).isTrue();
    assertThat(jobs.find("job-1").orElseThrow().status()).isEqualTo(JobStatus.OPEN);

    assertThat(jobs.cancel("job-1", NOW)).isTrue();
    assertThat(jobs.accept("job-1", "h-1", NOW)).isFalse();
    assertThat(jobs.markMatched("job-1")).isFalse();
    assertThat(jobs.complete("job-1", PRICE, NOW)).isFalse();
    assertThat(jobs.reopen("job-1")).isFalse();

    Job cancelled = jobs.find("job-1").orElseThrow();
    assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
    assertThat(cancelled.cancelledAt()).isEqualTo(NOW);
    assertThat(cancelled.handymanId()).isNull();
  }

  @Test
  void aCompletedJobCannotBeCancelled() {
    jobs.save(TestJobs.open("job-1", "plumbing", IKEJA));
    jobs.accept("job-1", "h-1", NOW);
    jobs.complete("job-1", PRICE, NOW);

    assertThat(jobs.cancel("job-1", NOW)).isFalse();
    assertThat(jobs.find("job-1").orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
  }

  @Test
  void transitionsOfAnUnknownJobReportFalse() {
    assertThat(jobs.markMatched("nobody")).isFalse();
    assertThat(jobs.reopen("nobody")).isFalse();
    assertThat(jobs.accept("nobody", "h-1", NOW)).isFalse();
    assertThat(jobs.complete("nobody", PRICE, NOW)).isFalse();
    assertThat(jobs.cancel("nobody", NOW)).isFalse();
    assertThat(jobs.find("nobody")).isEmpty();
  }

  @Test
  void saveRefusesAStatusTheStoredJobCannotMoveTo() {
    Job open = TestJobs.open("job-1", "plumbing", IKEJA);
    jobs.save(open);
    jobs.accept("job-1", "h-1", NOW);
    jobs.complete("job-1", PRICE, NOW);

    assertThatThrownBy(() -> jobs.save(open))
        .isInstanceOf(IllegalJobTransitionException.class)
        .hasMessageContaining("COMPLETED")
        .hasMessageContaining("OPEN");
    assertThat(jobs.find("job-1").orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
  }

  @Test
  void saveAcceptsTheSameStatusAndAllowedMoves() {
    Job open = TestJobs.open("job-1", "plumbing", IKEJA);
    jobs.save(open);

    jobs.save(open);
    jobs.save(open.withStatus(JobStatus.MATCHED));

    assertThat(jobs.find("job-1").orElseThrow().status()).isEqualTo(JobStatus.MATCHED);
  }

  @Test
  void jobsAwaitingAHandymanAreOpenOrMatchedWithTheSkillWithinTheRadius() {
    jobs.save(TestJobs.open("open-ikeja", "plumbing", IKEJA));
    jobs.save(TestJobs.open("matched-yaba", "Plumbing", YABA));
    jobs.markMatched("matched-yaba");
    jobs.save(TestJobs.open("far", "plumbing", ABUJA));
    jobs.save(TestJobs.open("other-skill", "painting", IKEJA));
    jobs.save(TestJobs.open("taken", "plumbing", IKEJA));
    jobs.accept("taken", "h-9", NOW);
    jobs.save(TestJobs.open("cancelled", "plumbing", IKEJA));
    jobs.cancel("cancelled", NOW);

    Page<Job> page = jobs.findAwaitingHandyman("plumbing", IKEJA, 25, null, 10);

    assertThat(page.items()).extracting(Job::jobId).containsExactly("matched-yaba", "open-ikeja");
    assertThat(page.nextCursor()).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 11})
  void pagingJobsAwaitingAHandymanVisitsEachOnce(int pageSize) {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      String id = String.format("job-%02d", i);
      expected.add(id);
      jobs.save(TestJobs.open(id, "tiling", i % 2 == 0 ? IKEJA : YABA));
    }

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<Job> page = jobs.findAwaitingHandyman("tiling", IKEJA, 25, cursor, pageSize);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
      page.items().forEach(job -> seen.add(job.jobId()));
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void countPostedUsesAHalfOpenWindow() {
    Instant from = Instant.parse("2026-11-25T00:00:00Z");
    Instant to = Instant.parse("2026-11-26T00:00:00Z");
    jobs.save(TestJobs.open("before", "plumbing", IKEJA, from.minusSeconds(1)));
    jobs.save(TestJobs.open("at-from", "plumbing", IKEJA, from));
    jobs.save(TestJobs.open("inside", "plumbing", IKEJA, to.minusSeconds(1)));
    jobs.save(TestJobs.open("at-to", "plumbing", IKEJA, to));
    jobs.save(TestJobs.open("cancelled-inside", "plumbing", IKEJA, from));
    jobs.cancel("cancelled-inside", to);

    assertThat(jobs.countPosted(from, to)).isEqualTo(3);
  }

  @Test
  void completedJobsAreCountedAndTheirRevenueSummedPerCurrency() {
    Instant from = Instant.parse("2026-11-26T00:00:00Z");
    Instant to = Instant.parse("2026-11-27T00:00:00Z");
    completeAt("ngn-1", Money.of(1_000_000, "NGN"), from);
    completeAt("ngn-2", Money.of(250_000, "NGN"), to.minusSeconds(1));
    completeAt("usd-1", Money.of(4_999, "USD"), from.plusSeconds(3600));
    completeAt("before", Money.of(7, "NGN"), from.minusSeconds(1));
    completeAt("at-to", Money.of(7, "NGN"), to);
    jobs.save(TestJobs.open("still-open", "plumbing", IKEJA, from));
    jobs.save(TestJobs.open("only-accepted", "plumbing", IKEJA, from));
    jobs.accept("only-accepted", "h-1", from.plusSeconds(1));

    CompletionSummary summary = jobs.summarizeCompleted(from, to);

    assertThat(summary.completedJobs()).isEqualTo(3);
    assertThat(summary.revenueByCurrency())
        .containsExactlyInAnyOrderEntriesOf(Map.of("NGN", 1_250_000L, "USD", 4_999L));
  }

  @Test
  void aPeriodWithoutCompletionsSummarizesToZero() {
    CompletionSummary summary =
        jobs.summarizeCompleted(
            Instant.parse("2026-11-26T00:00:00Z"), Instant.parse("2026-11-27T00:00:00Z"));

    assertThat(summary.completedJobs()).isZero();
    assertThat(summary.revenueByCurrency()).isEmpty();
  }

  private void completeAt(String jobId, Money price, Instant at) {
    jobs.save(TestJobs.open(jobId, "plumbing", IKEJA, at.minusSeconds(7200)));
    assertThat(jobs.accept(jobId, "h-1", at.minusSeconds(3600))).isTrue();
    assertThat(jobs.complete(jobId, price, at)).isTrue();
  }
}
