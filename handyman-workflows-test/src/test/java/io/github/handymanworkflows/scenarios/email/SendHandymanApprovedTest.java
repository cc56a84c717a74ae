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
package io.github.handymanworkflows.scenarios.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.HandymanApproved;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.email.SendHandymanApproved;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendHandymanApprovedTest {

  static final Instant APPROVED_AT = Instant.parse("2026-01-05T08:00:00Z");

  final EmailScenario s = new EmailScenario();

  static Event<HandymanApproved> approved(String userId) {
    return HandymanApproved.TYPE.event(
        new HandymanApproved(
            userId, userId + "@example.com", "Bayo", "Ade", "admin-1", APPROVED_AT));
  }

  @Test
  void consumesTheApprovalEvent() {
    WorkflowFunction fn = SendHandymanApproved.function(s.deps);
    assertThat(fn.id()).isEqualTo("send-handyman-approved");
    assertThat(fn.triggers()).containsExactly(new Trigger.OnEvent("handyman/approved", null));
    assertThat(fn.retries()).isEqualTo(2);
  }

  @Test
  void tellsTheHandymanTheyAreApprovedOnce() {
    s.driver.send(approved("h1").withId("a"));
    s.driver.send(approved("h1").withId("b"));

    assertThat(s.driver.runs("send-handyman-approved", RunStatus.COMPLETED)).hasSize(2);
    MailMessage mail = s.onlyEmail();
    assertThat(mail.to()).extracting(a -> a.email()).containsExactly("h1@example.com");
    assertThat(mail.subject()).isEqualTo("You are approved on Handyman");
    assertThat(mail.text()).contains("Hi Bayo,").contains("5 January 2026");
    assertThat(mail.idempotencyKey()).isEqualTo("handyman-approved:h1");
    assertThat(mail.tags()).containsEntry("workflow", "send-handyman-approved");
  }

  @Test
  void outageThenRecoverySendsOnceAndRejectionFailsAtOnce() {
    s.world.mailer.failNextTransiently(2);
    s.driver.send(approved("h1"));
    s.driver.advance(Duration.ofHours(1));
    assertThat(s.driver.lastRun("send-handyman-approved").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(s.world.mailer.sent()).hasSize(1);

    s.world.mailer.failNextPermanently(1);
    s.driver.send(approved("h2"));
    s.driver.advance(Duration.ofHours(1));
    assertThat(s.driver.lastRun("send-handyman-approved").status()).isEqualTo(RunStatus.FAILED);
    assertThat(s.world.mailer.sentTo("h2@example.com")).isEmpty();
  }
}
