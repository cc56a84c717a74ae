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
package io.github.handymanworkflows.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.store.AcceptedEvent;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.engine.store.RunCount;
import io.github.handymanworkflows.engine.store.RunPage;
import io.github.handymanworkflows.engine.store.RunQuery;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What one load of the functions page asks the store: a fixed number of grouped counts, whatever
 * the number of functions, and the same numbers as counting each hour on its own.
 */
class FunctionsPageCostTest {

  static final Map<String, String> COOKIE = Map.of("hw_dashboard_csrf", "c".repeat(43));

  @Test
  void aPageLoadMakesTheSameFewCountsForThreeOrSeventeenFunctions() {
    Counted three = loadFunctionsPage(3);
    Counted seventeen = loadFunctionsPage(17);

    assertThat(three.calls()).isEqualTo(seventeen.calls()).isEqualTo(4);
    assertThat(three.html()).contains("fn-02");
    assertThat(seventeen.html()).contains("fn-16");
  }

  @Test
  void theGroupedCountsRenderTheSameNumbersAsOneCountPerHour() {
    World world = world(5);
    world.store.grouped = false;
    DashboardResponse perHour = DashboardTest.get(world.dashboard, "/functions", COOKIE);
    int perHourCalls = world.store.calls.getAndSet(0);
    world.store.grouped = true;
    DashboardResponse grouped = DashboardTest.get(world.dashboard, "/functions", COOKIE);

    assertThat(perHourCalls).isEqualTo(27);
    assertThat(world.store.calls.get()).isEqualTo(4);
    assertThat(grouped.status()).isEqualTo(perHour.status()).isEqualTo(200);
    assertThat(grouped.text()).isEqualTo(perHour.text());
    // fn-00 ran three times over two hours, the first failed: the page shows it.
    assertThat(grouped.text())
        .contains("33 % (1 of 3)")
        .contains("2026-11-29 09:00:00 WAT: 2 runs, 1 failed")
        .contains("2026-11-29 11:00:00 WAT: 1 runs, 0 failed");
  }

  record Counted(int calls, String html) {}

  private static Counted loadFunctionsPage(int functions) {
    World world = world(functions);
    DashboardResponse page = DashboardTest.get(world.dashboard, "/functions", COOKIE);
    assertThat(page.status()).isEqualTo(200);
    return new Counted(world.store.calls.get(), page.text());
  }

  record World(CountingStore store, Dashboard dashboard) {}

  /** An engine with n functions; every function ran, fn-00 three times, one of them failing. */
  private static World world(int functions) {
    ManualClock clock = new ManualClock(Instant.parse("2026-11-29T08:30:00Z"));
    EventType<JsonNode> go = EventType.of("test/go", JsonNode.class);
    List<WorkflowFunction> fns = new ArrayList<>();
    for (int i = 0; i < functions; i++) {
      String id = String.format("fn-%02d", i);
      fns.add(
          Workflow.function(id, "Function " + i)
              .trigger(go)
              .retries(0)
              .handler(
                  (ctx, step) -> {
                    if (Json.mapper().valueToTree(ctx.event().data()).path("fail").asBoolean()
                        && id.equals("fn-00")) {
                      throw new IOException("boom");
                    }
                    return "ok";
                  }));
    }
    CountingStore store = new CountingStore(new InMemoryEngineStore());
    EmbeddedEngine engine =
        EmbeddedEngine.builder().clock(clock).store(store).functions(fns).build();
    engine.publish(Event.of(go, Json.mapper().valueToTree(Map.of("fail", true))));
    engine.runDue();
    clock.advance(Duration.ofMinutes(5));
    engine.publish(Event.of(go, Json.mapper().valueToTree(Map.of("fail", false))));
    engine.runDue();
    clock.advance(Duration.ofHours(2));
    engine.publish(Event.of(go, Json.mapper().valueToTree(Map.of("fail", false))));
    engine.runDue();
    assertThat(engine.runs("fn-00"))
        .extracting(r -> r.status())
        .containsExactlyInAnyOrder(RunStatus.FAILED, RunStatus.COMPLETED, RunStatus.COMPLETED);
    store.calls.set(0);
    return new World(store, Dashboard.builder(engine).zone(ZoneId.of("Africa/Lagos")).build());
  }

  /**
   * The in-memory store, counting its grouped counts. With {@code grouped} off, the chart's windows
   * are counted one {@code countRuns} each (the interface's default), as the page did before.
   */
  static final class CountingStore implements EngineStore {
    final EngineStore delegate;
    final AtomicInteger calls = new AtomicInteger();
    volatile boolean grouped = true;

    CountingStore(EngineStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<RunCount> countRuns(@Nullable Instant from, @Nullable Instant before) {
      calls.incrementAndGet();
      return delegate.countRuns(from, before);
    }

    @Override
    public List<List<RunCount>> countRunsByWindow(Instant from, Duration width, int windows) {
      if (!grouped) {
        return EngineStore.super.countRunsByWindow(from, width, windows);
      }
      calls.incrementAndGet();
      return delegate.countRunsByWindow(from, width, windows);
    }

    @Override
    public void acceptEvents(List<AcceptedEvent> events) {
      delegate.acceptEvents(events);
    }

    @Override
    public List<AcceptedEvent> unroutedEvents() {
      return delegate.unroutedEvents();
    }

    @Override
    public void markRouted(String eventKey) {
      delegate.markRouted(eventKey);
    }

    @Override
    public boolean createRun(StoredRun run) {
      return delegate.createRun(run);
    }

    @Override
    public boolean replaceRun(long expectedVersion, StoredRun run) {
      return delegate.replaceRun(expectedVersion, run);
    }

    @Override
    public Optional<StoredRun> findRun(String runId) {
      return delegate.findRun(runId);
    }

    @Override
    public List<StoredRun> runningRuns() {
      return delegate.runningRuns();
    }

    @Override
    public List<StoredRun> runs(@Nullable String functionId, @Nullable RunStatus status) {
      return delegate.runs(functionId, status);
    }

    @Override
    public RunPage queryRuns(RunQuery query) {
      return delegate.queryRuns(query);
    }

    @Override
    public Optional<String> claimKey(String key, String value, Instant now, Instant expiresAt) {
      return delegate.claimKey(key, value, now, expiresAt);
    }

    @Override
    public void purgeExpiredKeys(Instant now) {
      delegate.purgeExpiredKeys(now);
    }

    @Override
    public Optional<Instant> nextCronFire(String cronId) {
      return delegate.nextCronFire(cronId);
    }

    @Override
    public void saveNextCronFire(String cronId, Instant next) {
      delegate.saveNextCronFire(cronId, next);
    }

    @Override
    public boolean acquireLease(String key, String holder, int limit) {
      return delegate.acquireLease(key, holder, limit);
    }

    @Override
    public void releaseLease(String key, String holder) {
      delegate.releaseLease(key, holder);
    }

    @Override
    public int leaseCount(String key) {
      return delegate.leaseCount(key);
    }

    @Override
    public void clearLeases() {
      delegate.clearLeases();
    }
  }
}
