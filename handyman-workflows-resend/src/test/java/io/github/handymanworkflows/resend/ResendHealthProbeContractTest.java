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

import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.test.contract.HealthProbeContract;
import io.github.handymanworkflows.test.resend.FakeResendServer;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Resend probe passes the health probe contract against a local Resend. */
class ResendHealthProbeContractTest extends HealthProbeContract {

  static final String KEY = "re_probe_key_93ab";
  FakeResendServer resend;
  FakeResendServer gone;

  @BeforeEach
  void start() throws Exception {
    resend = FakeResendServer.start(KEY);
    gone = FakeResendServer.start(KEY);
    gone.close();
  }

  @AfterEach
  void stop() {
    resend.close();
  }

  @Override
  protected HealthProbe healthyProbe() {
    return new ResendHealthProbe(
        new ResendMailer(ResendSettings.builder(KEY).baseUri(resend.baseUri()).build()));
  }

  @Override
  protected HealthProbe failingProbe() {
    return new ResendHealthProbe(
        new ResendMailer(ResendSettings.builder(KEY).baseUri(gone.baseUri()).build()));
  }

  @Override
  protected Set<String> secrets() {
    return Set.of(KEY);
  }

  @Test
  void aKeyResendDoesNotKnowIsDown() {
    HealthProbe probe =
        new ResendHealthProbe(
            new ResendMailer(
                ResendSettings.builder("re_unknown").baseUri(resend.baseUri()).build()));

    assertThat(probe.check().status()).isEqualTo(HealthStatus.DOWN);
    assertThat(probe.check().detail())
        .contains("403", "invalid_api_key")
        .doesNotContain("re_unknown");
  }

  @Test
  void theProbeNeverSendsAnEmail() {
    healthyProbe().check();

    assertThat(resend.emails()).isEmpty();
    assertThat(resend.requests()).allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
  }
}
