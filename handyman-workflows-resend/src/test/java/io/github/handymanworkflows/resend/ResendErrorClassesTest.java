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
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.mail.MailDeliveryException;
import io.github.handymanworkflows.test.resend.FakeResendServer;
import io.github.handymanworkflows.workflow.NonRetriableException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each of Resend's error answers becomes the right error class, carrying Resend's words. */
class ResendErrorClassesTest {

  static final String KEY = "re_errors_key";
  final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
  FakeResendServer resend;
  ResendMailer mailer;

  @BeforeEach
  void start() throws Exception {
    resend = FakeResendServer.start(KEY, clock);
    mailer = new ResendMailer(ResendSettings.builder(KEY).baseUri(resend.baseUri()).build(), clock);
  }

  @AfterEach
  void stop() {
    resend.close();
  }

  @ParameterizedTest(name = "{0} {1} is permanent")
  @CsvSource({
    "400, validation_error, Invalid `to` field.",
    "400, invalid_idempotency_key, Idempotency keys must have between 1 and 256 characters.",
    "401, missing_api_key, Missing API key in the authorization header.",
    "403, invalid_api_key, API key is invalid.",
    "403, validation_error, The example.org domain is not verified.",
    "404, not_found, The requested endpoint does not exist.",
    "422, validation_error, Tags should only contain ASCII letters.",
    "422, missing_required_field, The request body is missing one or more required fields."
  })
  void otherClientErrorsArePermanentWithResendsNameAndMessage(
      int status, String name, String message) {
    resend.failNext(status, name, message, Map.of());

    Throwable thrown = catchThrowable(() -> mailer.send(Messages.welcome("k:" + status)));

    assertThat(thrown)
        .isInstanceOf(ResendRejectedException.class)
        .isInstanceOf(NonRetriableException.class);
    ResendRejectedException refused = (ResendRejectedException) thrown;
    assertThat(refused.statusCode()).isEqualTo(status);
    assertThat(refused.errorName()).contains(name);
    assertThat(refused.providerMessage()).contains(message);
    assertThat(refused.getMessage()).contains(name, message, "k:" + status);
    assertThat(resend.emails()).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} is retriable, retry after {3}")
  @CsvSource({
    "429, rate_limit_exceeded, Too many requests., 2, PT2S",
    "429, daily_quota_exceeded, You have exceeded your daily email sending quota., , ",
    "500, application_error, An unexpected error occurred., , ",
    "503, service_unavailable, API is temporarily unavailable, 30, PT30S",
    "409, concurrent_idempotent_requests, Another request with the same key is in progress., 1, PT1S"
  })
  void rateLimitsServerErrorsAndInFlightKeysAreRetriableWithResendsHint(
      int status, String name, String message, String retryAfter, Duration expected) {
    resend.failNext(
        status, name, message, retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter));

    Throwable thrown = catchThrowable(() -> mailer.send(Messages.welcome("k:" + status)));

    assertThat(thrown)
        .isInstanceOf(ResendDeliveryException.class)
        .isNotInstanceOf(NonRetriableException.class);
    ResendDeliveryException failed = (ResendDeliveryException) thrown;
    assertThat(failed.statusCode()).isEqualTo(status);
    assertThat(failed.errorName()).contains(name);
    assertThat(failed.getMessage()).contains(name, message);
    if (expected == null) {
      assertThat(failed.retryAfter()).isEmpty();
    } else {
      assertThat(failed.retryAfter()).contains(expected);
    }
    assertThat(resend.emails()).isEmpty();
    // Nothing was claimed: the retry sends the email.
    mailer.send(Messages.welcome("k:" + status));
    assertThat(resend.deliveredCount("k:" + status)).isEqualTo(1);
  }

  @Test
  void aRateLimitResetHeaderIsTheHintWhenRetryAfterIsMissing() {
    resend.failNext(
        429, "rate_limit_exceeded", "Too many requests.", Map.of("ratelimit-reset", "4"));

    MailDeliveryException failed =
        (MailDeliveryException) catchThrowable(() -> mailer.send(Messages.welcome("k:reset")));

    assertThat(failed.retryAfter()).contains(Duration.ofSeconds(4));
  }

  @Test
  void anHttpDateRetryAfterIsMeasuredFromTheClock() {
    resend.failNext(
        503,
        "service_unavailable",
        "API is temporarily unavailable",
        Map.of("Retry-After", "Sun, 01 Mar 2026 10:01:30 GMT"));

    MailDeliveryException failed =
        (MailDeliveryException) catchThrowable(() -> mailer.send(Messages.welcome("k:date")));

    assertThat(failed.retryAfter()).contains(Duration.ofSeconds(90));
  }

  @Test
  void aNonJsonGatewayErrorIsRetriableWithoutAName() {
    resend.failNextRaw(502, "text/html", "<html><body>Bad gateway</body></html>");

    ResendDeliveryException failed =
        (ResendDeliveryException) catchThrowable(() -> mailer.send(Messages.welcome("k:502")));

    assertThat(failed.statusCode()).isEqualTo(502);
    assertThat(failed.errorName()).isEmpty();
    assertThat(failed.getMessage()).doesNotContain("<html>");
  }

  @Test
  void addressesInResendsMessagesAreMasked() {
    resend.failNext(
        403,
        "validation_error",
        "You can only send testing emails to your own email address (owner.person@corp.example).",
        Map.of());

    ResendRejectedException refused =
        (ResendRejectedException) catchThrowable(() -> mailer.send(Messages.welcome("k:mask")));

    assertThat(refused.getMessage()).doesNotContain("owner.person@").contains("o***@corp.example");
  }
}
