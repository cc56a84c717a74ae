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
import io.github.handymanworkflows.event.HandymanRejected;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.email.SendHandymanRejected;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendHandymanRejectedTest {

  static final Instant REJECTED_AT = Instant.parse("2026-01-05T08:00:00Z");

  final EmailScenario s = new EmailScenario();

  static Event<HandymanRejected> rejected(String userId, Instant at) {
    return HandymanRejected.TYPE.event(
        new HandymanRejected(
            userId,
            userId + "@example.com",
            "Bayo",
            null,
            "admin-1",
            "ID document <unreadable>",
            at));
  }

  @Test
  void consumesTheRejectionEvent() {
    WorkflowFunction fn = SendHandymanRejected.function(s.deps);
    assertThat(fn.id()).isEqualTo("send-handyman-rejected");
    assertThat(fn.triggers()).containsExactly(new Trigger.OnEvent("handyman/rejected", null));
    assertThat(fn.retries()).isEqualTo(2);
  }

  @Test
  void givesTheEscapedReasonOncePerRejection() {
    s.driver.send(rejected("h1", REJECTED_AT).withId("a"));
    s.driver.send(rejected("h1", REJECTED_AT).withId("b"));

    MailMessage mail = s.onlyEmail();
    assertThat(mail.to()).extracting(a -> a.email()).containsExactly("h1@example.com");
    assertThat(mail.subject()).isEqualTo("About your Handyman handyman application");
    assertThat(mail.text()).contains("Reason: ID document <unreadable>");
    assertThat(mail.html()).contains("ID document &lt;unreadable&gt;");
    assertThat(mail.idempotencyKey())
        .isEqualTo("handyman-rejected:h1:" + REJECTED_AT.getEpochSecond());

    s.driver.send(rejected("h1", REJECTED_AT.plus(Duration.ofDays(30))));
    assertThat(s.world.mailer.sent()).hasSize(2);
  }

  @Test
  void outageIsRetriedAndRejectionByTheProviderIsNot() {
    s.world.mailer.failNextTransiently(1);
    s.driver.send(rejected("h1", REJECTED_AT));
    s.driver.advance(Duration.ofHours(1));
    assertThat(s.driver.lastRun("send-handyman-rejected").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(s.world.mailer.sent()).hasSize(1);

    s.world.mailer.failNextPermanently(1);
    s.driver.send(rejected("h2", REJECTED_AT));
    s.driver.advance(Duration.ofHours(1));
    assertThat(s.driver.lastRun("send-handyman-rejected").status()).isEqualTo(RunStatus.FAILED);
    assertThat(s.world.mailer.sentTo("h2@example.com")).isEmpty();
  }
}
