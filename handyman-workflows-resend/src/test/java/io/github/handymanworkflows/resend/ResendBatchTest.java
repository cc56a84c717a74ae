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
package io.github.handymanworkflows.resend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.MailReceipt;
import io.github.handymanworkflows.test.resend.FakeResendServer;
import io.github.handymanworkflows.test.resend.RecordedRequest;
import io.github.handymanworkflows.test.resend.SentEmail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many emails at once go out in batches within Resend's limit of 100, exactly once each. */
class ResendBatchTest {

  static final String KEY = "re_batch_key";
  final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
  FakeResendServer resend;
  ResendMailer mailer;

  @BeforeEach
  void start() throws Exception {
    resend = FakeResendServer.start(KEY, clock);
    mailer = newMailer();
  }

  @AfterEach
  void stop() {
    resend.close();
  }

  ResendMailer newMailer() {
    return new ResendMailer(ResendSettings.builder(KEY).baseUri(resend.baseUri()).build(), clock);
  }

  static List<MailMessage> admins(int count) {
    List<MailMessage> messages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      messages.add(Messages.to("admin" + i + "@example.org", "analytics:daily:2026-03-01:a" + i));
    }
    return messages;
  }

  @Test
  void sendsInBatchesOfAtMostOneHundred() {
    List<MailReceipt> receipts = mailer.sendAll(admins(150));

    List<RecordedRequest> batches = resend.requests();
    assertThat(batches).extracting(RecordedRequest::path).containsOnly("/emails/batch");
    assertThat(batches).hasSize(2);
    assertThat(batches)
        .allSatisfy(
            r ->
                assertThat(r.header("Idempotency-Key"))
                    .hasValueSatisfying(k -> assertThat(k).startsWith("batch-")));
    assertThat(resend.emails()).hasSize(150);
    assertThat(receipts).hasSize(150).noneMatch(MailReceipt::duplicate);
    assertThat(receipts.stream().map(MailReceipt::messageId).collect(Collectors.toSet()))
        .hasSize(150);
    // Receipts line up with the messages: the i-th receipt is the email to the i-th admin.
    SentEmail seventh =
        resend.emails().stream()
            .filter(e -> e.isTo("admin7@example.org"))
            .findFirst()
            .orElseThrow();
    assertThat(receipts.get(7).messageId()).isEqualTo(seventh.id());
    assertThat(seventh.tags()).containsEntry("workflow", "send-welcome-email");
  }

  @Test
  void sendingTheSameListAgainSendsNothingNew() {
    List<MailReceipt> first = mailer.sendAll(admins(30));

    List<MailReceipt> again = mailer.sendAll(admins(30));

    assertThat(again).allMatch(MailReceipt::duplicate);
    assertThat(again.stream().map(MailReceipt::messageId).toList())
        .isEqualTo(first.stream().map(MailReceipt::messageId).toList());
    assertThat(resend.requests()).hasSize(1);
    assertThat(resend.emails()).hasSize(30);
  }

  @Test
  void aBatchWhoseAnswerWasLostIsSentOnceWhenRetriedEvenByAnotherProcess() {
    resend.dropNextAfterAccepting();
    assertThatThrownBy(() -> mailer.sendAll(admins(40)))
        .isInstanceOf(ResendDeliveryException.class);
    assertThat(resend.emails()).hasSize(40);

    List<MailReceipt> retried = newMailer().sendAll(admins(40));

    assertThat(resend.emails()).hasSize(40);
    assertThat(retried.stream().map(MailReceipt::messageId).collect(Collectors.toSet()))
        .isEqualTo(resend.emails().stream().map(SentEmail::id).collect(Collectors.toSet()));
  }

  @Test
  void whenALaterBatchFailsTheEarlierOnesStaySentAndARetrySendsOnlyTheRest() {
    mailer.sendAll(admins(100)); // warm: first hundred already out
    resend.reset();
    List<MailMessage> all = admins(250);
    resend.failNext(
        503, "service_unavailable", "API is temporarily unavailable", Map.of("Retry-After", "5"));

    assertThatThrownBy(() -> mailer.sendAll(all)).isInstanceOf(ResendDeliveryException.class);
    List<MailReceipt> retried = mailer.sendAll(all);

    assertThat(retried).hasSize(250);
    assertThat(retried.subList(0, 100)).allMatch(MailReceipt::duplicate);
    assertThat(resend.emails()).hasSize(150);
  }

  @Test
  void repeatsOfAKeyWithinTheListAreDuplicatesOfTheFirst() {
    List<MailMessage> list = new ArrayList<>(admins(3));
    list.add(list.get(0));

    List<MailReceipt> receipts = mailer.sendAll(list);

    assertThat(resend.emails()).hasSize(3);
    assertThat(receipts.get(3).duplicate()).isTrue();
    assertThat(receipts.get(3).messageId()).isEqualTo(receipts.get(0).messageId());
  }

  @Test
  void aSingleEmailGoesThroughTheSingleEndpointWithItsOwnKey() {
    mailer.sendAll(admins(1));

    assertThat(resend.requests().get(0).path()).isEqualTo("/emails");
    assertThat(resend.deliveredCount("analytics:daily:2026-03-01:a0")).isEqualTo(1);
  }

  @Test
  void aRefusedBatchIsPermanentAndSendsNothing() {
    resend.failNext(422, "validation_error", "Email 3: Invalid `to` field.", Map.of());

    assertThatThrownBy(() -> mailer.sendAll(admins(5)))
        .isInstanceOf(ResendRejectedException.class)
        .hasMessageContaining("Email 3");
    assertThat(resend.emails()).isEmpty();
  }
}
