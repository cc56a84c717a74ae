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

import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.MailReceipt;
import io.github.handymanworkflows.mail.Mailer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Mailer} must do. An adapter's test extends this class, builds a fresh mailer in
 * {@link #createMailer()} (for example against a local fake of the provider's API) and reports, in
 * {@link #deliveredCount(String)}, how many deliveries the provider side saw for a key.
 */
public abstract class MailerContract {

  private Mailer mailer;

  /** A fresh mailer with nothing delivered; called before each test. */
  protected abstract Mailer createMailer() throws Exception;

  /** How many messages with this idempotency key the provider side actually delivered. */
  protected abstract int deliveredCount(String idempotencyKey) throws Exception;

  /** The mailer under test. */
  protected final Mailer mailer() {
    return mailer;
  }

  @BeforeEach
  final void setUpMailer() throws Exception {
    mailer = createMailer();
  }

  /** A valid message with the given key; override to suit a provider's sender rules. */
  protected MailMessage message(String idempotencyKey) {
    return MailMessage.builder()
        .from(Address.of("noreply@handyman.example", "Handyman"))
        .to(Address.of("ada@example.org", "Ada"))
        .subject("Welcome to Handyman")
        .html("<p>Hello Ada</p>")
        .text("Hello Ada")
        .idempotencyKey(idempotencyKey)
        .tag("workflow", "send-welcome-email")
        .build();
  }

  @Test
  void sendReturnsAFreshReceiptWithAMessageId() throws Exception {
    MailReceipt receipt = mailer.send(message("contract:fresh"));

    assertThat(receipt.messageId()).isNotBlank();
    assertThat(receipt.duplicate()).isFalse();
    assertThat(deliveredCount("contract:fresh")).isEqualTo(1);
  }

  @Test
  void sameIdempotencyKeyTwiceDeliversOnceAndReportsTheDuplicate() throws Exception {
    MailReceipt first = mailer.send(message("contract:twice"));
    MailReceipt second = mailer.send(message("contract:twice"));

    assertThat(second.duplicate()).isTrue();
    assertThat(second.messageId()).isEqualTo(first.messageId());
    assertThat(deliveredCount("contract:twice")).isEqualTo(1);
  }

  @Test
  void differentKeysAreDeliveredSeparately() throws Exception {
    MailReceipt a = mailer.send(message("contract:a"));
    MailReceipt b = mailer.send(message("contract:b"));

    assertThat(a.messageId()).isNotEqualTo(b.messageId());
    assertThat(deliveredCount("contract:a")).isEqualTo(1);
    assertThat(deliveredCount("contract:b")).isEqualTo(1);
  }

  @Test
  void concurrentSendsOfOneKeyDeliverOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<MailReceipt>> sends = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        sends.add(() -> mailer.send(message("contract:concurrent")));
      }
      int fresh = 0;
      for (Future<MailReceipt> receipt : pool.invokeAll(sends, 60, TimeUnit.SECONDS)) {
        fresh += receipt.get().duplicate() ? 0 : 1;
      }
      assertThat(fresh).isEqualTo(1);
      assertThat(deliveredCount("contract:concurrent")).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void acceptsUnicodeManyRecipientsAndTags() throws Exception {
    MailMessage message =
        MailMessage.builder()
            .from(Address.of("noreply@handyman.example", "Hándyman Lagos"))
            .to(Address.of("ada@example.org", "Adaézé"))
            .to(Address.of("bo@example.org"))
            .replyTo(Address.of("help@handyman.example"))
            .subject("Wëlcome — your job “Fix sink” is ready")
            .html("<p>Ça marche &amp; 👍</p>")
            .text("Ça marche & 👍")
            .idempotencyKey("contract:unicode")
            .tag("workflow", "send-welcome-email")
            .tag("email", "welcome")
            .build();

    assertThat(mailer.send(message).duplicate()).isFalse();
    assertThat(deliveredCount("contract:unicode")).isEqualTo(1);
  }

  @Test
  void sendAllDeliversEachKeyOnceWithReceiptsInOrder() throws Exception {
    List<MailReceipt> receipts =
        mailer.sendAll(
            List.of(
                message("contract:all-a"), message("contract:all-b"), message("contract:all-a")));

    assertThat(receipts).hasSize(3);
    assertThat(receipts.get(0).duplicate()).isFalse();
    assertThat(receipts.get(1).duplicate()).isFalse();
    assertThat(receipts.get(0).messageId()).isNotEqualTo(receipts.get(1).messageId());
    assertThat(receipts.get(2).duplicate()).isTrue();
    assertThat(receipts.get(2).messageId()).isEqualTo(receipts.get(0).messageId());
    assertThat(deliveredCount("contract:all-a")).isEqualTo(1);
    assertThat(deliveredCount("contract:all-b")).isEqualTo(1);
  }

  @Test
  void sendAllOfAnAlreadySentListDeliversNothingNew() throws Exception {
    List<MailMessage> list = List.of(message("contract:again-a"), message("contract:again-b"));
    List<MailReceipt> first = mailer.sendAll(list);

    List<MailReceipt> again = mailer.sendAll(list);

    assertThat(again).allMatch(MailReceipt::duplicate);
    assertThat(again.stream().map(MailReceipt::messageId).toList())
        .isEqualTo(first.stream().map(MailReceipt::messageId).toList());
    assertThat(deliveredCount("contract:again-a")).isEqualTo(1);
    assertThat(deliveredCount("contract:again-b")).isEqualTo(1);
  }

  @Test
  void rejectsANullMessageWithoutDelivering() throws Exception {
    assertThatThrownBy(() -> mailer.send(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void messagesAreValidatedBeforeAnyMailerSeesThem() {
    assertThatThrownBy(() -> message("has space")).hasMessageContaining("idempotencyKey");
  }
}
