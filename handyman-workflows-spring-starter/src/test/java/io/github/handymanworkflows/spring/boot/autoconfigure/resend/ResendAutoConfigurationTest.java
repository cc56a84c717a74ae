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
package io.github.handymanworkflows.spring.boot.autoconfigure.resend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.mail.OutboxMailer;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.mail.RecordingMailer;
import io.github.handymanworkflows.mail.WelcomeEmail;
import io.github.handymanworkflows.resend.ResendHealthProbe;
import io.github.handymanworkflows.resend.ResendMailer;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsAutoConfiguration;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsConfigurationException;
import io.github.handymanworkflows.test.resend.FakeResendServer;
import io.github.handymanworkflows.test.resend.SentEmail;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class ResendAutoConfigurationTest {

  static final String KEY = "re_starter_key_77c1";

  @TempDir Path outbox;
  FakeResendServer resend;

  @BeforeEach
  void start() throws Exception {
    resend = FakeResendServer.start(KEY);
  }

  @AfterEach
  void stop() {
    resend.close();
  }

  ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                ResendAutoConfiguration.class, HandymanWorkflowsAutoConfiguration.class))
        .withPropertyValues("handyman.workflows.mail.outbox-directory=" + outbox);
  }

  @Test
  void aKeySendsEveryEmailThroughResendAndAddsAHealthProbe(CapturedOutput output) {
    runner()
        .withPropertyValues(
            "handyman.workflows.resend.api-key=" + KEY,
            "handyman.workflows.resend.base-url=" + resend.baseUri())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(Mailer.class)).isInstanceOf(ResendMailer.class);
              HealthProbe probe = context.getBean(ResendHealthProbe.class);
              assertThat(probe.check().status()).isEqualTo(HealthStatus.UP);
              assertThat(context.getBeansOfType(HealthProbe.class)).containsValue(probe);

              context
                  .getBean(Emails.class)
                  .welcome(
                      new WelcomeEmail(
                          Recipient.of("u-1", "ada@example.org", "Ada"), Role.CUSTOMER));

              SentEmail sent = resend.emails().get(0);
              assertThat(sent.isTo("ada@example.org")).isTrue();
              assertThat(sent.idempotencyKey()).isEqualTo("welcome:u-1");
              assertThat(sent.tags()).containsEntry("workflow", "send-welcome-email");
            });
    assertThat(output).contains("sends email through Resend").doesNotContain(KEY);
  }

  @Test
  void withoutAKeyTheOutboxStaysAndAWarningSaysSo(CapturedOutput output) {
    runner()
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(Mailer.class)).isInstanceOf(OutboxMailer.class);
              assertThat(context).doesNotHaveBean(ResendMailer.class);
              assertThat(context).doesNotHaveBean(ResendHealthProbe.class);
            });
    assertThat(output)
        .contains("handyman.workflows.resend.api-key is not set")
        .contains("NOT sent through Resend");
  }

  @Test
  void aBlankKeyFailsStartupNamingTheSetting() {
    runner()
        .withPropertyValues("handyman.workflows.resend.api-key=")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(HandymanWorkflowsConfigurationException.class)
                  .hasMessageContaining("No Resend API key");
            });
  }

  @Test
  void plainHttpToARemoteHostFailsStartup() {
    runner()
        .withPropertyValues(
            "handyman.workflows.resend.api-key=" + KEY,
            "handyman.workflows.resend.base-url=http://mail.example.com")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("https")
                  .hasMessageNotContaining(KEY);
            });
  }

  @Test
  void theHostsOwnMailerWins() {
    runner()
        .withUserConfiguration(HostMailer.class)
        .withPropertyValues("handyman.workflows.resend.api-key=" + KEY)
        .run(
            context -> {
              assertThat(context.getBean(Mailer.class)).isInstanceOf(RecordingMailer.class);
              assertThat(context).doesNotHaveBean(ResendMailer.class);
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class HostMailer {
    @Bean
    Mailer hostMailer() {
      return new RecordingMailer();
    }
  }
}
