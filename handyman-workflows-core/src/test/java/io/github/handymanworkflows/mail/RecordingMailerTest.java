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
package io.github.handymanworkflows.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RecordingMailerTest {

  private final RecordingMailer mailer = new RecordingMailer();

  private static MailMessage message(String key) {
    return MailMessageTest.valid().idempotencyKey(key).build();
  }

  @Test
  void secondSendWithSameKeyReturnsFirstReceiptAsDuplicate() {
    MailReceipt first = mailer.send(message("welcome:u1"));
    MailReceipt second = mailer.send(message("welcome:u1"));

    assertThat(first.duplicate()).isFalse();
    assertThat(second).isEqualTo(new MailReceipt(first.messageId(), true));
    assertThat(mailer.sent()).hasSize(1);
    assertThat(mailer.attempts()).isEqualTo(2);
  }

  @Test
  void forgetsAKeyAfterTheIdempotencyWindowAsProvidersDo() {
    java.time.Instant t0 = java.time.Instant.parse("2026-01-05T09:00:00Z");
    java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
        new java.util.concurrent.atomic.AtomicReference<>(t0);
    java.time.Clock clock =
        new java.time.Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
          }

          @Override
          public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public java.time.Instant instant() {
            return now.get();
          }
        };
    RecordingMailer windowed = new RecordingMailer(clock, RecordingMailer.DEFAULT_WINDOW);

    windowed.send(message("welcome:u1"));
    now.set(t0.plus(Duration.ofHours(24)).minusMillis(1));
    assertThat(windowed.send(message("welcome:u1")).duplicate()).isTrue();
    now.set(t0.plus(Duration.ofHours(24)));
    MailReceipt late = windowed.send(message("welcome:u1"));

    assertThat(late.duplicate()).isFalse();
    assertThat(windowed.deliveredCount("welcome:u1")).isEqualTo(2);
    assertThat(windowed.attemptLog())
        .extracting(RecordingMailer.Attempt::result)
        .containsExactly(
            RecordingMailer.Result.DELIVERED,
            RecordingMailer.Result.DUPLICATE,
            RecordingMailer.Result.DELIVERED);
  }

  @Test
  void simulatesAnOutageThenRecovery() {
    mailer.failNextTransiently(2, Duration.ofSeconds(30));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> mailer.send(message("welcome:u1")))
          .isInstanceOfSatisfying(
              MailDeliveryException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
    }
    MailReceipt receipt = mailer.send(message("welcome:u1"));

    assertThat(receipt.duplicate()).isFalse();
    assertThat(mailer.deliveredCount("welcome:u1")).isEqualTo(1);
    assertThat(mailer.attempts()).isEqualTo(3);
  }

  @Test
  void permanentFailureIsNonRetriableAndDeliversNothing() {
    mailer.failNextPermanently(1);

    assertThatThrownBy(() -> mailer.send(message("k1")))
        .isInstanceOf(MailRejectedException.class)
        .isInstanceOf(io.github.handymanworkflows.workflow.NonRetriableException.class);
    assertThat(mailer.sent()).isEmpty();
    assertThat(mailer.send(message("k1")).duplicate()).isFalse();
  }

  @Test
  void findsMessagesByRecipientAndKey() {
    mailer.send(message("a"));
    mailer.send(
        MailMessageTest.valid().to(Address.of("bo@example.org")).idempotencyKey("b").build());

    assertThat(mailer.sentTo("BO@example.org"))
        .extracting(MailMessage::idempotencyKey)
        .containsExactly("b");
    assertThat(mailer.sentWithKey("a")).hasSize(1);
    assertThat(mailer.lastSent()).map(MailMessage::idempotencyKey).contains("b");
    mailer.clear();
    assertThat(mailer.sent()).isEmpty();
    assertThat(mailer.send(message("a")).duplicate()).isFalse();
  }

  @Test
  void concurrentSendsOfOneKeyDeliverOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<MailReceipt>> tasks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        tasks.add(() -> mailer.send(message("same")));
      }
      List<Future<MailReceipt>> results = pool.invokeAll(tasks);
      long fresh = 0;
      for (Future<MailReceipt> result : results) {
        fresh += result.get().duplicate() ? 0 : 1;
      }
      assertThat(fresh).isEqualTo(1);
      assertThat(mailer.deliveredCount("same")).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
