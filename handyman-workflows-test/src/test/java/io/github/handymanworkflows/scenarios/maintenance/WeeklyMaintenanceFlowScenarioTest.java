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
package io.github.handymanworkflows.scenarios.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.WeeklyMaintenanceRequested;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.maintenance.ArchiveInactiveAccount;
import io.github.handymanworkflows.workflows.maintenance.InactiveAccountFound;
import io.github.handymanworkflows.workflows.maintenance.WeeklyMaintenanceFlow;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WeeklyMaintenanceFlowScenarioTest {

  static final Instant MONDAY = Instant.parse("2027-01-04T09:00:00Z");
  static final Instant SUNDAY_RUN = Instant.parse("2027-01-10T03:00:00Z");

  final MaintenanceScenario s =
      new MaintenanceScenario(MONDAY, WorkflowSettings.defaults().withPageSize(2));

  @BeforeEach
  void data() {
    Instant longAgo = Instant.parse("2025-06-01T10:00:00Z");
    for (String id : new String[] {"c-gone-1", "c-gone-2", "h-gone-3"}) {
      s.world.users.save(TestUsers.customer(id).name("Ngozi", id).lastLoginAt(longAgo).build());
    }
    s.world.users.save(
        TestUsers.customer("c-active").lastLoginAt(Instant.parse("2026-12-01T10:00:00Z")).build());
    for (int i = 0; i < 3; i++) {
      s.world.sessions.save(
          new SessionRecord(
              "old-" + i,
              "c-active",
              MONDAY.minus(Duration.ofDays(10)),
              MONDAY.minus(Duration.ofDays(3)),
              MONDAY.minus(Duration.ofDays(4))));
    }
    s.world.sessions.save(
        new SessionRecord("live", "c-active", MONDAY, MONDAY.plus(Duration.ofDays(30)), MONDAY));
    s.world.tokens.save(
        TokenRecord.issue(
            "t-old", "c-active", TokenKind.VERIFICATION, "raw-1", MONDAY, Duration.ofHours(1)));
    s.world.tokens.save(
        TokenRecord.issue(
            "t-live", "c-active", TokenKind.VERIFICATION, "raw-2", MONDAY, Duration.ofDays(30)));
  }

  /** Sunday 10 January 2027 closes ISO week 2027-W01; the last full week is 2026-W53. */
  @Test
  void cleansUpArchivesInactiveAccountsAndMailsTheWeeklySummary() {
    s.driver.advanceTo(SUNDAY_RUN);

    RunRecord run = s.driver.lastRun(WeeklyMaintenanceFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().path("week").asText()).isEqualTo("2026-W53");
    assertThat(run.output().path("expiredSessions").asInt()).isEqualTo(3);
    assertThat(run.output().path("expiredTokens").asInt()).isEqualTo(1);
    assertThat(run.output().path("inactiveAccounts").asInt()).isEqualTo(3);
    assertThat(s.world.sessions.find("live")).isPresent();
    assertThat(s.world.sessions.find("old-0")).isEmpty();
    assertThat(s.world.tokens.find("t-live")).isPresent();
    assertThat(s.world.tokens.find("t-old")).isEmpty();

    assertThat(s.world.users.find("c-gone-1").orElseThrow().archivedAt()).isEqualTo(SUNDAY_RUN);
    assertThat(s.world.users.find("c-active").orElseThrow().active()).isTrue();
    assertThat(s.world.users.find("admin-1").orElseThrow().active()).isTrue();
    MailMessage notice =
        s.world
            .mailer
            .sentWithKey("account-archived:c-gone-2:" + SUNDAY_RUN.getEpochSecond())
            .get(0);
    assertThat(notice.to().get(0).email()).isEqualTo("c-gone-2@example.com");
    assertThat(notice.subject()).isEqualTo("Your Handyman account was archived");
    assertThat(notice.text()).contains("Hi Ngozi", "inactive since");
    assertThat(s.mailsWithPrefix("account-archived:")).hasSize(3);

    MailMessage summary = s.world.mailer.sentWithKey("analytics:weekly:2026-W53:admin-1").get(0);
    assertThat(summary.subject()).isEqualTo("Handyman Weekly report: 2026-W53");
    assertThat(summary.text())
        .contains(
            "(28 December 2026 to 3 January 2027)",
            "Expired sessions deleted: 3",
            "Inactive accounts archived: 3");
    assertThat(s.driver.running()).isEmpty();
  }

  @Test
  void onDemandRerunForTheSameWeekArchivesAndMailsNothingTwice() {
    s.driver.advanceTo(SUNDAY_RUN);
    int mails = s.world.mailer.sent().size();
    s.driver.advance(Duration.ofHours(2));

    s.driver.send(
        WeeklyMaintenanceRequested.TYPE.event(new WeeklyMaintenanceRequested("2026-W53")));

    RunRecord rerun = s.driver.lastRun(WeeklyMaintenanceFlow.FUNCTION_ID);
    assertThat(rerun.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(rerun.output().path("inactiveAccounts").asInt()).isZero();
    assertThat(rerun.output().path("reportStored").asBoolean()).isFalse();
    assertThat(s.world.mailer.sent()).hasSize(mails);
  }

  @Test
  void archiveNoticeIsRetriedWithoutArchivingTwice() {
    s.world.mailer.failNextTransiently(1);
    s.driver.advanceTo(SUNDAY_RUN);
    s.driver.advance(Duration.ofMinutes(10));

    assertThat(s.world.mailer.attempts()).isEqualTo(s.world.mailer.sent().size() + 1);

    assertThat(s.mailsWithPrefix("account-archived:")).hasSize(3);
    assertThat(s.driver.runs(ArchiveInactiveAccount.FUNCTION_ID))
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
              assertThat(r.step("archive-account").orElseThrow().attempts()).isEqualTo(1);
            });
  }

  @Test
  void archiveNoticeReplayedAfterTheProvidersWindowSendsNothing() {
    String key = "account-archived:c-gone-1:" + SUNDAY_RUN.getEpochSecond();
    s.driver.advanceTo(SUNDAY_RUN);
    s.driver.advance(Duration.ofMinutes(10));
    assertThat(s.world.mailer.sentWithKey(key)).hasSize(1);

    // The provider forgets the key after 24 hours; the ledger's marker does not.
    s.driver.advance(Duration.ofHours(25));
    s.driver.send(
        InactiveAccountFound.TYPE
            .event(
                new InactiveAccountFound(
                    "c-gone-1", SUNDAY_RUN.minus(Duration.ofDays(180)), SUNDAY_RUN))
            .withId("replayed-by-the-host"));

    RunRecord replay = s.driver.lastRun(ArchiveInactiveAccount.FUNCTION_ID);
    assertThat(replay.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(replay.triggerEventId()).isEqualTo("replayed-by-the-host");
    assertThat(replay.step("record-archive-notice")).isEmpty();
    assertThat(s.world.mailer.sentWithKey(key)).hasSize(1);
  }
}
