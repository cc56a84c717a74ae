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

import io.github.handymanworkflows.ledger.WorkflowLedger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics every {@link WorkflowLedger} must have. Extend it and return an empty ledger from
 * {@link #newLedger()}.
 */
public abstract class WorkflowLedgerContract {

  /** A reference "now", whole milliseconds: 2026-11-26T09:15:00.123Z. */
  protected static final Instant NOW = Instant.parse("2026-11-26T09:15:00.123Z");

  /** The ledger under test, fresh for each test. */
  protected WorkflowLedger ledger;

  /** An empty ledger; called before each test. */
  protected abstract WorkflowLedger newLedger();

  @BeforeEach
  void createLedger() {
    ledger = newLedger();
  }

  @Test
  void anUnmarkedKeyHasNoMark() {
    assertThat(ledger.markedAt("welcome:u1")).isEmpty();
  }

  @Test
  void theFirstMarkWinsAndKeepsItsTime() {
    boolean first = ledger.mark("welcome:u1", NOW);
    boolean again = ledger.mark("welcome:u1", NOW.plusSeconds(90_000));

    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(ledger.markedAt("welcome:u1")).contains(NOW);
    assertThat(ledger.markedAt("welcome:u2")).isEmpty();
  }

  @Test
  void ofConcurrentMarksOfOneKeyExactlyOneRecordsIt() throws Exception {
    List<Boolean> recorded =
        Race.run(8, i -> ledger.mark("account-archived:u1:1", NOW.plusMillis(i)));

    assertThat(recorded).containsOnlyOnce(true);
    assertThat(ledger.markedAt("account-archived:u1:1")).isPresent();
  }

  @Test
  void anUnsavedCursorIsEmpty() {
    assertThat(ledger.cursor("scan")).isEmpty();
  }

  @Test
  void aSavedCursorIsReadBackAndOverwritten() {
    ledger.saveCursor("scan", "h-0400");
    ledger.saveCursor("other", "x");
    ledger.saveCursor("scan", "h-0800");

    assertThat(ledger.cursor("scan")).contains("h-0800");
    assertThat(ledger.cursor("other")).contains("x");
  }

  @Test
  void savingTheSameCursorAgainChangesNothing() {
    ledger.saveCursor("scan", "h-0400");
    ledger.saveCursor("scan", "h-0400");

    assertThat(ledger.cursor("scan")).contains("h-0400");
  }

  @Test
  void savingNullClearsTheCursorAndClearingTwiceIsFine() {
    ledger.saveCursor("scan", "h-0400");

    ledger.saveCursor("scan", null);
    ledger.saveCursor("scan", null);

    assertThat(ledger.cursor("scan")).isEmpty();
  }

  @Test
  void markersAndCursorsDoNotShareNames() {
    ledger.mark("same", NOW);
    ledger.saveCursor("same", "c");

    assertThat(ledger.markedAt("same")).contains(NOW);
    assertThat(ledger.cursor("same")).contains("c");
    assertThat(ledger.mark("same", NOW)).isFalse();
  }
}
