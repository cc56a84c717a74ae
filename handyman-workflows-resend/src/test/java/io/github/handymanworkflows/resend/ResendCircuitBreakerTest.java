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
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.health.ProbeResult;
import io.github.handymanworkflows.test.resend.FakeResendServer;
import io.github.handymanworkflows.workflow.RetryHint;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An outage opens the breaker: sends fail fast, health shows it, and it closes after recovery. */
class ResendCircuitBreakerTest {

  static final String KEY = "re_breaker_key";
  static final Duration OPEN_FOR = Duration.ofSeconds(30);
  final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
  FakeResendServer resend;
  ResendMailer mailer;
  ResendHealthProbe probe;

  @BeforeEach
  void start() throws Exception {
    resend = FakeResendServer.start(KEY, clock);
    mailer =
        new ResendMailer(
            ResendSettings.builder(KEY)
                .baseUri(resend.baseUri())
                .breaker(50, 4, 4, OPEN_FOR)
                .build(),
            clock);
    probe = new ResendHealthProbe(mailer);
  }

  @AfterEach
  void stop() {
    resend.close();
  }

  @Test
  void anOutageOpensTheBreakerSoSendsFailFastWithoutARequest() {
    for (int i = 0; i < 4; i++) {
      resend.failNext(503, "service_unavailable", "API is temporarily unavailable", Map.of());
      int attempt = i;
      assertThatThrownBy(() -> mailer.send(Messages.welcome("outage:" + attempt)))
          .isInstanceOf(ResendDeliveryException.class);
    }
    assertThat(mailer.circuitState()).isEqualTo("OPEN");
    int requests = resend.requests().size();

    assertThatThrownBy(() -> mailer.send(Messages.welcome("outage:fast")))
        .isInstanceOf(ResendDeliveryException.class)
        .hasMessageContaining("circuit breaker is open")
        .satisfies(e -> assertThat(((RetryHint) e).retryAfter()).contains(OPEN_FOR));
    assertThat(resend.requests()).hasSize(requests);

    ProbeResult health = probe.check();
    assertThat(health.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(health.detail()).contains("OPEN");
  }

  @Test
  void afterTheOpenTimeATrialSendClosesTheBreakerAgain() {
    for (int i = 0; i < 4; i++) {
      resend.failNext(500, "application_error", "An unexpected error occurred.", Map.of());
      int attempt = i;
      assertThatThrownBy(() -> mailer.send(Messages.welcome("recover:" + attempt)))
          .isInstanceOf(ResendDeliveryException.class);
    }
    assertThat(mailer.circuitState()).isEqualTo("OPEN");
    clock.advance(OPEN_FOR.plusSeconds(1));

    ProbeResult health = probe.check();
    assertThat(health.status()).isEqualTo(HealthStatus.UP);
    assertThat(health.detail()).contains("HALF_OPEN");

    mailer.send(Messages.welcome("recover:trial"));

    assertThat(mailer.circuitState()).isEqualTo("CLOSED");
    assertThat(resend.deliveredCount("recover:trial")).isEqualTo(1);
    assertThat(probe.check().detail()).contains("CLOSED");
  }

  @Test
  void refusalsDoNotOpenTheBreakerBecauseResendIsUp() {
    for (int i = 0; i < 8; i++) {
      resend.failNext(422, "validation_error", "Invalid `to` field.", Map.of());
      int attempt = i;
      assertThatThrownBy(() -> mailer.send(Messages.welcome("refused:" + attempt)))
          .isInstanceOf(ResendRejectedException.class);
    }

    assertThat(mailer.circuitState()).isEqualTo("CLOSED");
    mailer.send(Messages.welcome("refused:then-fine"));
    assertThat(resend.deliveredCount("refused:then-fine")).isEqualTo(1);
  }
}
