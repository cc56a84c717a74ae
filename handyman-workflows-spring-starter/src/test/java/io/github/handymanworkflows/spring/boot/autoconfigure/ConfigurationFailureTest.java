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
package io.github.handymanworkflows.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.token.TokenIssuer;
import io.github.handymanworkflows.token.TokenSecret;
import java.nio.file.Path;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ConfigurationFailureTest {

  @TempDir Path outbox;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withUserConfiguration(TestWorkflows.class)
        .withPropertyValues(
            "handyman.workflows.mail.outbox-directory=" + outbox,
            "spring.application.name=failure-test");
  }

  @Test
  void refusesInngestWithoutAnAppId() {
    new ApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withPropertyValues(
            "handyman.workflows.mail.outbox-directory=" + outbox,
            "handyman.workflows.engine=inngest",
            "INNGEST_DEV=1")
        .run(
            failsWith(
                "handyman.workflows.app-id (INNGEST_APP_ID)",
                "no app id is set",
                "spring.application.name"));
  }

  @Test
  void refusesInngestCloudModeWithoutASigningKey() {
    runner()
        .withPropertyValues("handyman.workflows.engine=inngest", "INNGEST_DEV=0")
        .run(
            failsWith(
                "handyman.workflows.inngest.signing-key (INNGEST_SIGNING_KEY)",
                "Inngest cloud mode needs a signing key",
                "INNGEST_DEV=1"));
  }

  @Test
  void refusesInngestCloudModeWithoutAServeOrigin() {
    runner()
        .withPropertyValues(
            "handyman.workflows.engine=inngest",
            "handyman.workflows.inngest.signing-key=signkey-prod-0123abcd")
        .run(
            failsWith(
                "handyman.workflows.inngest.serve-origin (INNGEST_SERVE_ORIGIN)",
                "never taken from a request's Host header",
                "INNGEST_SERVE_ORIGIN"));
  }

  @Test
  void refusesAMalformedSigningKeyWithoutPrintingIt() {
    runner()
        .withPropertyValues(
            "handyman.workflows.engine=inngest",
            "handyman.workflows.inngest.signing-key=signkey-prod-not-hex-secret")
        .run(
            context -> {
              failsWith("handyman.workflows.inngest.signing-key", "hexadecimal", "dashboard")
                  .accept(context);
              assertThat(context.getStartupFailure()).hasStackTraceContaining("hexadecimal");
              assertThat(analysis(context).getDescription()).doesNotContain("not-hex-secret");
            });
  }

  @Test
  void refusesAnUnknownEngine() {
    runner()
        .withPropertyValues("handyman.workflows.engine=temporal")
        .run(failsWith("handyman.workflows.engine", "unknown engine 'temporal'", "or 'inngest'"));
  }

  @Test
  void namesTheEngineSettingEvenWhenAHostBeanNeedsThePublisherFirst() {
    // README's mistake: an inline "# comment" after the value makes the engine name unknown, and
    // the host's own controller asking for an EventPublisher is created before any starter bean.
    runner()
        .withUserConfiguration(PublisherUser.class)
        .withPropertyValues("handyman.workflows.engine=embedded   # or inngest")
        .run(
            failsWith(
                "handyman.workflows.engine",
                "unknown engine 'embedded   # or inngest'",
                "or 'inngest'"));
  }

  @Configuration(proxyBeanMethods = false)
  static class PublisherUser {
    @Bean
    Object publisherUser(EventPublisher publisher) {
      return publisher;
    }
  }

  @Test
  void refusesAnInvalidTimeZone() {
    runner()
        .withPropertyValues("handyman.workflows.zone=Mars/Olympus")
        .run(
            failsWith(
                "handyman.workflows.zone", "'Mars/Olympus' is not a time zone", "Africa/Lagos"));
  }

  @Test
  void refusesAnInvalidCronOverride() {
    runner()
        .withPropertyValues("handyman.workflows.crons." + TestWorkflows.NIGHTLY + "=0 2 * *")
        .run(
            failsWith(
                "handyman.workflows.crons." + TestWorkflows.NIGHTLY, "expected 5 fields", "five"));
  }

  @Test
  void refusesACronOverrideForAnUnknownFunction() {
    runner()
        .withPropertyValues("handyman.workflows.crons.nightly-typo=0 2 * * *")
        .run(
            failsWith(
                "handyman.workflows.crons.nightly-typo",
                "there is no function 'nightly-typo'",
                TestWorkflows.NIGHTLY));
  }

  @Test
  void refusesACronOverrideForAnEventFunction() {
    runner()
        .withPropertyValues("handyman.workflows.crons." + TestWorkflows.WELCOME + "=0 2 * * *")
        .run(
            failsWith(
                "handyman.workflows.crons." + TestWorkflows.WELCOME,
                "runs on events, not on a schedule",
                "Remove the override"));
  }

  @Test
  void refusesInvalidWorkflowSettingsNamingTheGroup() {
    runner()
        .withPropertyValues("handyman.workflows.lockout.max-failures=0")
        .run(
            failsWith("handyman.workflows.lockout.*", "maxFailures must be at least 1", "Correct"));
  }

  @Test
  void refusesAnInvalidMailSetting() {
    runner()
        .withPropertyValues("handyman.workflows.mail.frontend-base-url=ftp://example.com")
        .run(failsWith("handyman.workflows.mail.*", "frontendBaseUrl", "Correct"));
  }

  @Test
  void refusesZeroWorkers() {
    runner()
        .withPropertyValues("handyman.workflows.embedded.workers=0")
        .run(failsWith("handyman.workflows.embedded.workers", "at least 1", "calls"));
  }

  @Test
  void refusesATokenSecretShorterThan32BytesWithoutEchoingIt() {
    runner()
        .withPropertyValues("handyman.workflows.tokens.secret=short-s3cret")
        .run(
            context -> {
              failsWith("handyman.workflows.tokens.secret", "at least 32 bytes", "openssl rand")
                  .accept(context);
              assertThat(analysis(context).getDescription()).doesNotContain("short-s3cret");
            });
  }

  @Test
  void withTokensInMemoryAndNoSecretStartsWithARandomKeyAndAnIssuer() {
    runner()
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(TokenSecret.class).hasSingleBean(TokenIssuer.class);
              assertThat(context.getBean(TokenSecret.class).toString())
                  .isEqualTo("TokenSecret[***]");
            });
  }

  private static ContextConsumer<AssertableApplicationContext> failsWith(
      String setting, String problem, String action) {
    return context -> {
      assertThat(context).hasFailed();
      FailureAnalysis analysis = analysis(context);
      assertThat(analysis.getDescription()).contains("Setting: " + setting).contains(problem);
      assertThat(analysis.getAction()).contains(action);
    };
  }

  private static FailureAnalysis analysis(AssertableApplicationContext context) {
    FailureAnalysis analysis =
        new HandymanWorkflowsFailureAnalyzer().analyze(context.getStartupFailure());
    assertThat(analysis)
        .as("a HandymanWorkflowsConfigurationException in %s", context.getStartupFailure())
        .isNotNull();
    assertThat(analysis.getCause())
        .asInstanceOf(InstanceOfAssertFactories.THROWABLE)
        .isInstanceOf(HandymanWorkflowsConfigurationException.class);
    return analysis;
  }
}
