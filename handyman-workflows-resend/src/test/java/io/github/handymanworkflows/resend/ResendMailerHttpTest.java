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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.MailReceipt;
import io.github.handymanworkflows.mail.MailRejectedException;
import io.github.handymanworkflows.test.resend.FakeResendServer;
import io.github.handymanworkflows.test.resend.RecordedRequest;
import io.github.handymanworkflows.test.resend.SentEmail;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.RetryHint;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Resend mailer over real HTTP against a local server speaking Resend's API. */
class ResendMailerHttpTest {

  static final String KEY = "re_http_test_key_5f2c";
  static final ObjectMapper JSON = new ObjectMapper();

  final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
  FakeResendServer resend;
  ResendMailer mailer;

  @BeforeEach
  void start() throws Exception {
    resend = FakeResendServer.start(KEY, clock);
    mailer = mailer(Duration.ofSeconds(15));
  }

  @AfterEach
  void stop() {
    resend.close();
  }

  ResendMailer mailer(Duration requestTimeout) {
    return new ResendMailer(
        ResendSettings.builder(KEY)
            .baseUri(resend.baseUri())
            .requestTimeout(requestTimeout)
            .build(),
        clock);
  }

  @Test
  void sendsTheRequestShapeAndHeadersResendExpects() throws Exception {
    MailReceipt receipt = mailer.send(Messages.welcome("welcome:u-1"));

    RecordedRequest request = resend.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/emails");
    assertThat(request.header("Idempotency-Key")).contains("welcome:u-1");
    assertThat(request.header("Content-Type")).contains("application/json");
    assertThat(request.header("User-Agent")).hasValueSatisfying(a -> assertThat(a).isNotBlank());
    assertThat(request.header("Authorization")).contains("Bearer ****");
    JsonNode body = JSON.readTree(request.body());
    assertThat(body.path("from").asText()).isEqualTo("\"Handyman\" <noreply@handyman.example>");
    assertThat(body.path("to").get(0).asText()).isEqualTo("\"Ada\" <ada@example.org>");
    assertThat(body.path("reply_to").get(0).asText()).isEqualTo("help@handyman.example");
    assertThat(body.path("subject").asText()).isEqualTo("Welcome to Handyman");
    assertThat(body.path("html").asText()).isEqualTo("<p>Hello Ada</p>");
    assertThat(body.path("text").asText()).isEqualTo("Hello Ada");
    assertThat(body.path("headers").path("X-Entity-Ref-ID").asText())
        .isEqualTo(ResendMailer.entityRef("welcome:u-1"))
        .doesNotContain("u-1");
    SentEmail sent = resend.emails().get(0);
    assertThat(sent.tags())
        .containsEntry("workflow", "send-welcome-email")
        .containsEntry("email", "WELCOME");
    assertThat(receipt.messageId()).isEqualTo(sent.id());
    assertThat(receipt.duplicate()).isFalse();
  }

  @Test
  void quotesDisplayNamesWithSpecialCharacters() throws Exception {
    MailMessage message =
        MailMessage.builder()
            .from(Address.of("noreply@handyman.example", "Handyman, \"Lagos\""))
            .to(Address.of("ada@example.org"))
            .subject("Hi")
            .html("<p>Hi</p>")
            .text("Hi")
            .idempotencyKey("quoted:1")
            .build();

    mailer.send(message);

    assertThat(resend.emails().get(0).from())
        .isEqualTo("\"Handyman, \\\"Lagos\\\"\" <noreply@handyman.example>");
    assertThat(resend.emails().get(0).to()).containsExactly("ada@example.org");
  }

  @Test
  void aLostAnswerThenARetryDeliversOneEmail() {
    resend.dropNextAfterAccepting();

    ResendDeliveryException lost =
        catchThrowableOfType(
            () -> mailer.send(Messages.welcome("welcome:lost")), ResendDeliveryException.class);
    assertThat(lost.statusCode()).isZero();
    assertThat(resend.emails()).hasSize(1); // Resend did send it; only the answer was lost

    MailReceipt retried = mailer.send(Messages.welcome("welcome:lost"));

    assertThat(resend.emails()).hasSize(1);
    assertThat(retried.messageId()).isEqualTo(resend.emails().get(0).id());
    assertThat(resend.requests()).hasSize(2);
  }

  @Test
  void aSlowServerTimesOutRetriablyAndTheRetryGetsTheSameEmail() throws Exception {
    ResendMailer impatient = mailer(Duration.ofMillis(300));
    FakeResendServer.Hold hold = resend.holdNextAnswer();

    assertThatThrownBy(() -> impatient.send(Messages.welcome("welcome:slow")))
        .isInstanceOf(ResendDeliveryException.class)
        .isInstanceOf(RetryHint.class)
        .hasMessageContaining("did not answer");
    hold.awaitArrival();

    MailReceipt retried = impatient.send(Messages.welcome("welcome:slow"));
    hold.release();

    assertThat(resend.emails()).hasSize(1);
    assertThat(retried.messageId()).isEqualTo(resend.emails().get(0).id());
  }

  @Test
  void aConnectionDroppedBeforeAcceptingIsRetriableAndTheRetrySends() {
    resend.dropNextBeforeAccepting();

    assertThatThrownBy(() -> mailer.send(Messages.welcome("welcome:dropped")))
        .isInstanceOf(ResendDeliveryException.class)
        .hasMessageContaining("connection to Resend failed");
    assertThat(resend.emails()).isEmpty();

    mailer.send(Messages.welcome("welcome:dropped"));

    assertThat(resend.deliveredCount("welcome:dropped")).isEqualTo(1);
  }

  @Test
  void aRefusedConnectionIsRetriable() {
    resend.close();

    assertThatThrownBy(() -> mailer.send(Messages.welcome("welcome:refused")))
        .isInstanceOf(ResendDeliveryException.class)
        .isNotInstanceOf(NonRetriableException.class);
  }

  @Test
  void aKeyAcceptedWithinTwentyFourHoursIsADuplicateWithoutARequest() {
    MailReceipt first = mailer.send(Messages.welcome("welcome:window"));
    clock.advance(Duration.ofHours(23).plusMinutes(59));

    MailReceipt again = mailer.send(Messages.welcome("welcome:window"));

    assertThat(again.duplicate()).isTrue();
    assertThat(again.messageId()).isEqualTo(first.messageId());
    assertThat(resend.requests()).hasSize(1);
  }

  @Test
  void afterTwentyFourHoursTheKeyIsFreshAgainAsAtResend() {
    mailer.send(Messages.welcome("welcome:expired"));
    clock.advance(Duration.ofHours(24));

    MailReceipt again = mailer.send(Messages.welcome("welcome:expired"));

    assertThat(again.duplicate()).isFalse();
    assertThat(resend.deliveredCount("welcome:expired")).isEqualTo(2);
  }

  @Test
  void anotherProcessRetryingTheSameKeyGetsResendsReplayNotASecondEmail() {
    MailReceipt first = mailer.send(Messages.welcome("welcome:other-process"));

    MailReceipt fromElsewhere =
        mailer(Duration.ofSeconds(15)).send(Messages.welcome("welcome:other-process"));

    assertThat(fromElsewhere.messageId()).isEqualTo(first.messageId());
    assertThat(resend.deliveredCount("welcome:other-process")).isEqualTo(1);
  }

  @Test
  void theSameKeyWithADifferentBodyIsRefusedForGood() {
    mailer.send(Messages.welcome("welcome:changed"));
    MailMessage changed = Messages.to("bo@example.org", "welcome:changed");

    ResendRejectedException refused =
        catchThrowableOfType(
            () -> mailer(Duration.ofSeconds(15)).send(changed), ResendRejectedException.class);

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.errorName()).contains("invalid_idempotent_request");
    assertThat(resend.emails()).hasSize(1);
  }

  @Test
  void aTwoHundredWithoutAnIdIsNeverASuccess() {
    resend.failNextRaw(200, "application/json", "{}");

    assertThatThrownBy(() -> mailer.send(Messages.welcome("welcome:no-id")))
        .isInstanceOf(ResendDeliveryException.class)
        .hasMessageContaining("without the expected id");
  }

  @Test
  void noApiKeyRefusesToStartWithAClearMessage() {
    assertThatThrownBy(() -> ResendSettings.builder(null))
        .isInstanceOf(ResendConfigurationException.class)
        .hasMessageContaining("No Resend API key")
        .hasMessageContaining("handyman.workflows.resend.api-key");
    assertThatThrownBy(() -> ResendSettings.builder("  "))
        .isInstanceOf(ResendConfigurationException.class);
  }

  @Test
  void plainHttpIsOnlyForLoopback() {
    assertThatThrownBy(
            () ->
                ResendSettings.builder(KEY).baseUri(java.net.URI.create("http://mail.example.com")))
        .isInstanceOf(ResendConfigurationException.class)
        .hasMessageContaining("https");
    assertThat(
            ResendSettings.builder(KEY)
                .baseUri(java.net.URI.create("http://127.0.0.1:9/"))
                .build()
                .baseUri())
        .hasToString("http://127.0.0.1:9");
  }

  @Test
  void theApiKeyNeverShowsInSettingsOrErrors() {
    assertThat(mailer.settings().toString()).doesNotContain(KEY);
    resend.failNext(403, "invalid_api_key", "API key is invalid.", Map.of());

    MailRejectedException refused =
        catchThrowableOfType(
            () -> mailer.send(Messages.welcome("welcome:key")), MailRejectedException.class);

    assertThat(refused.getMessage()).doesNotContain(KEY).contains("invalid_api_key");
  }

  @Test
  void aWrongKeyIsRefusedByTheServerAsPermanent() {
    ResendMailer wrong =
        new ResendMailer(
            ResendSettings.builder("re_wrong").baseUri(resend.baseUri()).build(), clock);

    ResendRejectedException refused =
        catchThrowableOfType(
            () -> wrong.send(Messages.welcome("welcome:wrong-key")), ResendRejectedException.class);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.getMessage()).doesNotContain("re_wrong");
  }
}
