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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.StepRecord;
import io.github.handymanworkflows.engine.store.AcceptedEvent;
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.OpenWait;
import io.github.handymanworkflows.engine.store.RunCount;
import io.github.handymanworkflows.engine.store.RunPage;
import io.github.handymanworkflows.engine.store.RunQuery;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.execution.SerializedError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics every {@link EngineStore} must have. Extend it and return an empty store from
 * {@link #newStore()}; a durable store also overrides {@link #reopen(EngineStore)} so the suite
 * checks that state survives reopening.
 */
public abstract class EngineStoreContract {

  /** A reference "now": 2026-11-26T02:00:00Z. */
  protected static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The store under test, fresh for each test. */
  protected EngineStore store;

  /** An empty store; called before each test. */
  protected abstract EngineStore newStore();

  /**
   * The same state seen through a new store instance, as after a restart. The default returns the
   * same instance; durable stores return a new one on the same database.
   */
  protected EngineStore reopen(EngineStore current) {
    return current;
  }

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  // ---- events ---------------------------------------------------------------------------------

  @Test
  void acceptedEventsComeBackInKeyOrderUntilRouted() {
    store.acceptEvents(List.of(accepted("0002"), accepted("0001")));
    store.acceptEvents(List.of(accepted("0003")));

    assertThat(store.unroutedEvents())
        .extracting(AcceptedEvent::key)
        .containsExactly("0001", "0002", "0003");

    store.markRouted("0002");
    store.markRouted("unknown");

    store = reopen(store);
    assertThat(store.unroutedEvents())
        .extracting(AcceptedEvent::key)
        .containsExactly("0001", "0003");
  }

  @Test
  void anAcceptedEventKeepsItsJsonAndTime() {
    AcceptedEvent event = accepted("0001");

    store.acceptEvents(List.of(event));

    store = reopen(store);
    assertThat(store.unroutedEvents()).containsExactly(event);
  }

  // ---- runs -----------------------------------------------------------------------------------

  @Test
  void aCreatedRunComesBackWithEveryFieldEqual() {
    StoredRun run = richRun("r-1");

    assertThat(store.createRun(run)).isTrue();

    store = reopen(store);
    assertThat(store.findRun("r-1")).contains(run);
    assertThat(store.findRun("r-2")).isEmpty();
  }

  @Test
  void anEndedRunComesBackWithItsOutputAndError() {
    StoredRun first = run("r-1", "fn", NOW);
    StoredRun second = run("r-2", "fn", NOW);
    store.createRun(first);
    store.createRun(second);
    StoredRun failed =
        ended(first, RunStatus.FAILED, null, new SerializedError("Error", "boom", null));
    StoredRun done = ended(second, RunStatus.COMPLETED, nested(), null);

    assertThat(store.replaceRun(1, failed)).isTrue();
    assertThat(store.replaceRun(1, done)).isTrue();

    store = reopen(store);
    assertThat(store.findRun("r-1")).contains(failed);
    assertThat(store.findRun("r-2")).contains(done);
  }

  @Test
  void creatingARunWhoseIdExistsChangesNothing() {
    StoredRun first = run("r-1", "fn", NOW);
    store.createRun(first);

    assertThat(store.createRun(run("r-1", "other", NOW.plusSeconds(1)))).isFalse();

    assertThat(store.findRun("r-1")).contains(first);
  }

  @Test
  void aNewRunMustHaveVersionOne() {
    assertThatThrownBy(() -> store.createRun(withVersion(run("r-1", "fn", NOW), 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void replacingSucceedsOnlyAtTheExpectedVersion() {
    StoredRun v1 = run("r-1", "fn", NOW);
    store.createRun(v1);
    StoredRun v2 = withWarning(v1, "second");

    assertThat(store.replaceRun(1, v2)).isTrue();
    assertThat(store.replaceRun(1, withWarning(v1, "stale"))).isFalse();

    store = reopen(store);
    assertThat(store.findRun("r-1")).contains(v2);
  }

  @Test
  void replacingAMissingRunIsRefused() {
    assertThat(store.replaceRun(1, withWarning(run("r-1", "fn", NOW), "x"))).isFalse();
    assertThat(store.findRun("r-1")).isEmpty();
  }

  @Test
  void aReplacementMustBeTheNextVersion() {
    StoredRun v1 = run("r-1", "fn", NOW);
    store.createRun(v1);

    assertThatThrownBy(() -> store.replaceRun(1, withVersion(v1, 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findRun("r-1")).contains(v1);
  }

  @Test
  void anEndedRunCanStillBeReplacedAtItsVersion() {
    StoredRun v1 = run("r-1", "fn", NOW);
    store.createRun(v1);
    StoredRun v2 =
        ended(v1, RunStatus.CANCELLED, null, new SerializedError("Cancelled", "x", null));
    store.replaceRun(1, v2);

    StoredRun v3 = withWarning(v2, "late");
    assertThat(store.replaceRun(2, v3)).isTrue();

    assertThat(store.findRun("r-1")).contains(v3);
  }

  @Test
  void aRunFoundEarlierIsNotChangedByALaterReplacement() {
    StoredRun v1 = run("r-1", "fn", NOW);
    store.createRun(v1);
    StoredRun found = store.findRun("r-1").orElseThrow();

    store.replaceRun(1, withWarning(v1, "changed"));

    assertThat(found).isEqualTo(v1);
    assertThat(found.version()).isEqualTo(1);
  }

  @Test
  void ofRacingReplacementsOfOneVersionExactlyOneWins() throws Exception {
    StoredRun v1 = run("r-1", "fn", NOW);
    store.createRun(v1);

    List<Boolean> results = Race.run(8, i -> store.replaceRun(1, withWarning(v1, "writer " + i)));

    assertThat(results).containsOnlyOnce(true);
    int winner = results.indexOf(true);
    assertThat(store.findRun("r-1").orElseThrow().warnings()).containsExactly("writer " + winner);
  }

  @Test
  void runningRunsAreTheUnendedOnesOldestFirst() {
    store.createRun(run("r-b", "fn", NOW.plusSeconds(2)));
    store.createRun(run("r-a", "fn", NOW.plusSeconds(2)));
    store.createRun(run("r-c", "fn", NOW));
    StoredRun done = run("r-d", "fn", NOW.minusSeconds(5));
    store.createRun(done);
    store.replaceRun(1, ended(done, RunStatus.COMPLETED, JSON.nullNode(), null));

    store = reopen(store);
    assertThat(store.runningRuns())
        .extracting(StoredRun::runId)
        .containsExactly("r-c", "r-a", "r-b");
  }

  @Test
  void runsAreSelectedByFunctionAndStatusOldestFirst() {
    store.createRun(run("r-1", "welcome", NOW));
    store.createRun(run("r-2", "digest", NOW.plusSeconds(1)));
    StoredRun third = run("r-3", "welcome", NOW.plusSeconds(2));
    store.createRun(third);
    store.replaceRun(1, ended(third, RunStatus.COMPLETED, JSON.nullNode(), null));
    store.createRun(run("r-0", "welcome", NOW.minusSeconds(1)));

    assertThat(store.runs(null, null))
        .extracting(StoredRun::runId)
        .containsExactly("r-0", "r-1", "r-2", "r-3");
    assertThat(store.runs("welcome", null))
        .extracting(StoredRun::runId)
        .containsExactly("r-0", "r-1", "r-3");
    assertThat(store.runs("welcome", RunStatus.RUNNING))
        .extracting(StoredRun::runId)
        .containsExactly("r-0", "r-1");
    assertThat(store.runs(null, RunStatus.COMPLETED))
        .extracting(StoredRun::runId)
        .containsExactly("r-3");
    assertThat(store.runs("digest", RunStatus.FAILED)).isEmpty();
  }

  // ---- run queries (dashboard) -----------------------------------------------------------------

  @Test
  void queriedRunsComePagedNewestFirstUntilTheLastPage() {
    for (int i = 1; i <= 25; i++) {
      store.createRun(run(String.format("r-%02d", i), i % 2 == 0 ? "digest" : "welcome", NOW));
    }

    RunPage first = store.queryRuns(RunQuery.newest(10));
    RunPage second = store.queryRuns(RunQuery.newest(10).after(first.next()));
    RunPage third = store.queryRuns(RunQuery.newest(10).after(second.next()));

    assertThat(first.runs()).extracting(StoredRun::runId).startsWith("r-25", "r-24").hasSize(10);
    assertThat(first.next()).isEqualTo("r-16");
    assertThat(second.runs()).extracting(StoredRun::runId).startsWith("r-15").endsWith("r-06");
    assertThat(third.runs())
        .extracting(StoredRun::runId)
        .containsExactly("r-05", "r-04", "r-03", "r-02", "r-01");
    assertThat(third.next()).isNull();
    assertThat(store.queryRuns(RunQuery.newest(25)).next()).isNull();
  }

  @Test
  void queriedRunsAreFilteredByFunctionStatusAndSearch() {
    store.createRun(run("r-1", "welcome", NOW));
    store.createRun(runOfUser("r-2", "welcome", "user-7"));
    StoredRun third = run("r-3", "digest", NOW);
    store.createRun(third);
    store.replaceRun(1, ended(third, RunStatus.FAILED, null, new SerializedError("E", "x", null)));
    store.createRun(runOfUser("r-4", "digest", "user-7"));

    store = reopen(store);
    assertThat(ids(new RunQuery("welcome", null, null, null, 10))).containsExactly("r-2", "r-1");
    assertThat(ids(new RunQuery(null, RunStatus.FAILED, null, null, 10))).containsExactly("r-3");
    assertThat(ids(new RunQuery("digest", RunStatus.RUNNING, null, null, 10)))
        .containsExactly("r-4");
    assertThat(ids(new RunQuery(null, null, "r-1", null, 10))).containsExactly("r-1");
    assertThat(ids(new RunQuery(null, null, "evt-r-3", null, 10))).containsExactly("r-3");
    assertThat(ids(new RunQuery(null, null, "user-7", null, 10))).containsExactly("r-4", "r-2");
    assertThat(ids(new RunQuery("welcome", null, "user-7", null, 10))).containsExactly("r-2");
    assertThat(ids(new RunQuery(null, null, "nobody", null, 10))).isEmpty();
  }

  @Test
  void runsAreCountedByFunctionAndStatusWithinAStartWindow() {
    store.createRun(run("r-1", "welcome", NOW.minusSeconds(3600)));
    store.createRun(run("r-2", "welcome", NOW));
    StoredRun third = run("r-3", "welcome", NOW.plusSeconds(1));
    store.createRun(third);
    store.replaceRun(1, ended(third, RunStatus.FAILED, null, new SerializedError("E", "x", null)));
    store.createRun(run("r-4", "digest", NOW.plusSeconds(2)));

    store = reopen(store);
    assertThat(store.countRuns(null, null))
        .containsExactlyInAnyOrder(
            new RunCount("welcome", RunStatus.RUNNING, 2),
            new RunCount("welcome", RunStatus.FAILED, 1),
            new RunCount("digest", RunStatus.RUNNING, 1));
    assertThat(store.countRuns(NOW, NOW.plusSeconds(2)))
        .containsExactlyInAnyOrder(
            new RunCount("welcome", RunStatus.RUNNING, 1),
            new RunCount("welcome", RunStatus.FAILED, 1));
  }

  @Test
  void runsAreCountedPerWindowAsCountRunsCountsEachWindow() {
    store.createRun(run("r-1", "welcome", NOW.minusSeconds(1)));
    store.createRun(run("r-2", "welcome", NOW));
    StoredRun third = run("r-3", "welcome", NOW.plusSeconds(59));
    store.createRun(third);
    store.replaceRun(1, ended(third, RunStatus.FAILED, null, new SerializedError("E", "x", null)));
    store.createRun(run("r-4", "digest", NOW.plusSeconds(60)));
    store.createRun(run("r-5", "digest", NOW.plusSeconds(180)));

    store = reopen(store);
    List<List<RunCount>> windows = store.countRunsByWindow(NOW, Duration.ofMinutes(1), 3);
    assertThat(windows).hasSize(3);
    assertThat(windows.get(0))
        .containsExactlyInAnyOrder(
            new RunCount("welcome", RunStatus.RUNNING, 1),
            new RunCount("welcome", RunStatus.FAILED, 1));
    assertThat(windows.get(1)).containsExactly(new RunCount("digest", RunStatus.RUNNING, 1));
    assertThat(windows.get(2)).isEmpty();
    for (int i = 0; i < 3; i++) {
      Instant start = NOW.plus(Duration.ofMinutes(i));
      assertThat(windows.get(i))
          .containsExactlyInAnyOrderElementsOf(store.countRuns(start, start.plusSeconds(60)));
    }
  }

  @Test
  void anEndedRunReopenedByARetryIsRunningAgain() {
    StoredRun first = run("r-1", "welcome", NOW);
    store.createRun(first);
    StoredRun failed =
        ended(first, RunStatus.FAILED, null, new SerializedError("Error", "boom", null));
    store.replaceRun(1, failed);

    StoredRun reopened = withStatus(failed, RunStatus.RUNNING);
    assertThat(store.replaceRun(2, reopened)).isTrue();

    store = reopen(store);
    assertThat(store.findRun("r-1")).contains(reopened);
    assertThat(store.runningRuns()).extracting(StoredRun::runId).containsExactly("r-1");
    assertThat(store.runs("welcome", RunStatus.FAILED)).isEmpty();
    assertThat(ids(new RunQuery(null, RunStatus.RUNNING, null, null, 10))).containsExactly("r-1");
  }

  private List<String> ids(RunQuery query) {
    return store.queryRuns(query).runs().stream().map(StoredRun::runId).toList();
  }

  /** The run in another status with no end, output or error, as version + 1. */
  protected static StoredRun withStatus(StoredRun run, RunStatus status) {
    return new StoredRun(
        run.runId(),
        run.functionId(),
        run.version() + 1,
        status,
        run.events(),
        run.startedAt(),
        null,
        run.memo(),
        run.stack(),
        run.pending(),
        run.steps(),
        run.warnings(),
        run.disableImmediateExecution(),
        null,
        null,
        run.parentRunId(),
        run.parentStepId(),
        run.work(),
        run.waits());
  }

  // ---- keys -----------------------------------------------------------------------------------

  @Test
  void theFirstClaimOfAKeyWinsUntilItExpires() {
    Instant expires = NOW.plus(Duration.ofHours(24));

    assertThat(store.claimKey("fn\u0000evt-1", "run-1", NOW, expires)).isEmpty();
    assertThat(store.claimKey("fn\u0000evt-1", "run-2", NOW.plusSeconds(1), expires))
        .contains("run-1");
    assertThat(store.claimKey("fn\u0000evt-2", "run-3", NOW, expires)).isEmpty();

    store = reopen(store);
    assertThat(store.claimKey("fn\u0000evt-1", "run-4", expires.minusMillis(1), expires))
        .contains("run-1");
    assertThat(store.claimKey("fn\u0000evt-1", "run-5", expires, expires.plusSeconds(60)))
        .isEmpty();
    assertThat(store.claimKey("fn\u0000evt-1", "run-6", expires.plusSeconds(1), expires))
        .contains("run-5");
  }

  @Test
  void purgingForgetsOnlyExpiredClaims() {
    store.claimKey("old", "a", NOW, NOW.plusSeconds(10));
    store.claimKey("new", "b", NOW, NOW.plusSeconds(100));

    store.purgeExpiredKeys(NOW.plusSeconds(10));

    assertThat(store.claimKey("old", "c", NOW.plusSeconds(10), NOW.plusSeconds(200))).isEmpty();
    assertThat(store.claimKey("new", "d", NOW.plusSeconds(10), NOW.plusSeconds(200))).contains("b");
  }

  @Test
  void ofRacingClaimsOfOneKeyExactlyOneWins() throws Exception {
    List<Boolean> won =
        Race.run(8, i -> store.claimKey("k", "run-" + i, NOW, NOW.plusSeconds(60)).isEmpty());

    assertThat(won).containsOnlyOnce(true);
  }

  // ---- crons ----------------------------------------------------------------------------------

  @Test
  void theLastSavedCronFireIsKept() {
    assertThat(store.nextCronFire("digest#0")).isEmpty();

    store.saveNextCronFire("digest#0", NOW);
    store.saveNextCronFire("digest#0", NOW.plusSeconds(3600));
    store.saveNextCronFire("digest#1", NOW.plusSeconds(60));

    store = reopen(store);
    assertThat(store.nextCronFire("digest#0")).contains(NOW.plusSeconds(3600));
    assertThat(store.nextCronFire("digest#1")).contains(NOW.plusSeconds(60));
  }

  // ---- leases ---------------------------------------------------------------------------------

  @Test
  void leasesAreGrantedUpToTheLimitPerKey() {
    assertThat(store.acquireLease("fn:a", "call-1", 2)).isTrue();
    assertThat(store.acquireLease("fn:a", "call-2", 2)).isTrue();
    assertThat(store.acquireLease("fn:a", "call-3", 2)).isFalse();
    assertThat(store.acquireLease("fn:b", "call-3", 2)).isTrue();

    assertThat(store.leaseCount("fn:a")).isEqualTo(2);
    assertThat(store.leaseCount("fn:b")).isEqualTo(1);
    assertThat(store.leaseCount("fn:c")).isZero();
  }

  @Test
  void aHolderAskingAgainKeepsItsOneSlot() {
    store.acquireLease("fn", "call-1", 2);

    assertThat(store.acquireLease("fn", "call-1", 2)).isTrue();

    assertThat(store.leaseCount("fn")).isEqualTo(1);
  }

  @Test
  void aReleasedSlotCanBeTakenAgain() {
    store.acquireLease("fn", "call-1", 1);

    store.releaseLease("fn", "call-1");
    store.releaseLease("fn", "unknown");

    assertThat(store.leaseCount("fn")).isZero();
    assertThat(store.acquireLease("fn", "call-2", 1)).isTrue();
  }

  @Test
  void clearingLeasesFreesEverySlot() {
    store.acquireLease("fn:a", "call-1", 1);
    store.acquireLease("fn:b", "call-2", 1);

    store.clearLeases();

    assertThat(store.leaseCount("fn:a")).isZero();
    assertThat(store.acquireLease("fn:b", "call-3", 1)).isTrue();
  }

  @Test
  void racingHoldersNeverExceedTheLimit() throws Exception {
    List<Boolean> granted = Race.run(8, i -> store.acquireLease("fn", "call-" + i, 3));

    assertThat(granted.stream().filter(g -> g).count()).isEqualTo(3);
    assertThat(store.leaseCount("fn")).isEqualTo(3);
  }

  // ---- values ---------------------------------------------------------------------------------

  /** An accepted event with a nested payload. */
  protected static AcceptedEvent accepted(String key) {
    ObjectNode event = JSON.objectNode();
    event.put("id", "evt-" + key);
    event.put("name", "auth/user.registered");
    event.set("data", nested());
    event.putObject("user");
    event.put("ts", NOW.toEpochMilli());
    return new AcceptedEvent(key, event, NOW.plusMillis(Long.parseLong(key)));
  }

  /** JSON with the value kinds a payload can hold. */
  protected static ObjectNode nested() {
    ObjectNode data = JSON.objectNode();
    data.put("userId", "u-1");
    data.put("count", 3);
    data.put("big", 9_007_199_254_740_993L);
    data.put("ratio", new BigDecimal("0.25"));
    data.put("flag", true);
    data.putNull("nothing");
    data.put("text", "Zoë says \"hi\" \u2603");
    data.putArray("tags").add("a").add(2).addNull();
    data.putObject("address").put("city", "Berlin").putObject("geo").put("lat", 52.5);
    return data;
  }

  /** A running run with only the required state. */
  protected static StoredRun run(String runId, String functionId, Instant startedAt) {
    return run(runId, functionId, startedAt, null);
  }

  /** A running run whose trigger names a user in {@code data.userId}. */
  protected static StoredRun runOfUser(String runId, String functionId, String userId) {
    return run(runId, functionId, NOW, userId);
  }

  private static StoredRun run(
      String runId, String functionId, Instant startedAt, @Nullable String userId) {
    ObjectNode trigger = JSON.objectNode();
    trigger.put("id", "evt-" + runId);
    trigger.put("name", "auth/user.registered");
    ObjectNode data = nested();
    if (userId != null) {
      data.put("userId", userId);
    }
    trigger.set("data", data);
    trigger.putObject("user");
    trigger.put("ts", startedAt.toEpochMilli());
    return new StoredRun(
        runId,
        functionId,
        1,
        RunStatus.RUNNING,
        List.of(trigger),
        startedAt,
        null,
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        false,
        null,
        null,
        null,
        null,
        List.of(),
        List.of());
  }

  /** A running run with every field set. */
  protected static StoredRun richRun(String runId) {
    StoredRun base = run(runId, "welcome", NOW);
    Map<String, JsonNode> memo = new LinkedHashMap<>();
    memo.put("a1b2", JSON.objectNode().set("data", nested()));
    memo.put(
        "c3d4",
        JSON.objectNode()
            .set("error", JSON.objectNode().put("name", "Error").put("message", "boom")));
    memo.put("e5f6", JSON.objectNode().set("data", JSON.nullNode()));
    List<StepRecord> steps = new ArrayList<>();
    steps.add(new StepRecord("a1b2", "load-user", "run", "completed", 1, 120, null));
    steps.add(
        new StepRecord(
            "c3d4",
            "send",
            "run",
            "failed",
            4,
            0,
            new SerializedError("Error", "boom", "at send(Mailer.java:10)")));
    steps.add(
        new StepRecord(
            "e5f6",
            "pause",
            "sleep",
            "completed",
            0,
            4,
            null,
            NOW.plusNanos(123_456_789),
            NOW.plus(Duration.ofHours(1))));
    steps.add(new StepRecord("0a0b", "await-verify", "waitForEvent", "waiting", 0, 0, null));
    steps.add(new StepRecord("0c0d", "child", "invoke", "waiting", 0, 0, null));
    return new StoredRun(
        runId,
        "welcome",
        1,
        RunStatus.RUNNING,
        List.of(base.trigger(), JSON.objectNode().put("id", "evt-2").put("name", "x")),
        NOW,
        null,
        memo,
        List.of("a1b2", "c3d4", "e5f6"),
        List.of("0a0b", "0c0d"),
        steps,
        List.of("step order changed"),
        true,
        null,
        null,
        "parent-run",
        "9f9f",
        List.of(
            new DueWork(
                "wait:0a0b", DueWork.Kind.WAIT_TIMEOUT, NOW.plus(Duration.ofDays(3)), "0a0b", 0),
            new DueWork("invoke:0c0d", DueWork.Kind.INVOKE_TIMEOUT, NOW.plusSeconds(60), "0c0d", 0),
            new DueWork("call", DueWork.Kind.DISCOVERY, NOW.plusMillis(1), null, 2)),
        List.of(
            new OpenWait(
                "0a0b",
                "auth/email.verified",
                "event.data.userId == async.data.userId",
                NOW.plus(Duration.ofDays(3)))));
  }

  /** The run ended, as version + 1. */
  protected static StoredRun ended(
      StoredRun run, RunStatus status, @Nullable JsonNode output, @Nullable SerializedError error) {
    return new StoredRun(
        run.runId(),
        run.functionId(),
        run.version() + 1,
        status,
        run.events(),
        run.startedAt(),
        run.startedAt().plusSeconds(5),
        run.memo(),
        run.stack(),
        List.of(),
        run.steps(),
        run.warnings(),
        false,
        output,
        error,
        run.parentRunId(),
        run.parentStepId(),
        List.of(),
        List.of());
  }

  /** The run with one more warning, as version + 1. */
  protected static StoredRun withWarning(StoredRun run, String warning) {
    List<String> warnings = new ArrayList<>(run.warnings());
    warnings.add(warning);
    return new StoredRun(
        run.runId(),
        run.functionId(),
        run.version() + 1,
        run.status(),
        run.events(),
        run.startedAt(),
        run.endedAt(),
        run.memo(),
        run.stack(),
        run.pending(),
        run.steps(),
        warnings,
        run.disableImmediateExecution(),
        run.output(),
        run.error(),
        run.parentRunId(),
        run.parentStepId(),
        run.work(),
        run.waits());
  }

  private static StoredRun withVersion(StoredRun run, long version) {
    return new StoredRun(
        run.runId(),
        run.functionId(),
        version,
        run.status(),
        run.events(),
        run.startedAt(),
        run.endedAt(),
        run.memo(),
        run.stack(),
        run.pending(),
        run.steps(),
        run.warnings(),
        run.disableImmediateExecution(),
        run.output(),
        run.error(),
        run.parentRunId(),
        run.parentStepId(),
        run.work(),
        run.waits());
  }
}
