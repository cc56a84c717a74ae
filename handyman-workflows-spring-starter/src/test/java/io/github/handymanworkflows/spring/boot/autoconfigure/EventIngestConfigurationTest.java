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

import io.github.handymanworkflows.spring.boot.autoconfigure.web.EventIngestPolicy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class EventIngestConfigurationTest {

  @TempDir Path outbox;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(HandymanWorkflowsAutoConfigurationTest.ALL)
        .withUserConfiguration(TestWorkflows.class)
        .withPropertyValues("handyman.workflows.mail.outbox-directory=" + outbox);
  }

  @Test
  void ingestionIsClosedByDefault() {
    runner()
        .run(context -> assertThat(context.getBean(EventIngestPolicy.class).enabled()).isFalse());
  }

  @Test
  void refusesToStartAnOpenEndpointWithoutAKey() {
    runner()
        .withPropertyValues("handyman.workflows.embedded.accept-http-events=true")
        .run(
            context -> {
              FailureAnalysis analysis = analysis(context.getStartupFailure());
              assertThat(analysis.getDescription())
                  .contains("handyman.workflows.embedded.event-keys");
            });
  }

  @Test
  void refusesTheKeylessDevModeOffLoopback() {
    runner()
        .withPropertyValues(
            "handyman.workflows.embedded.accept-http-events=true",
            "handyman.workflows.embedded.dev-without-key=true",
            "server.address=0.0.0.0")
        .run(
            context ->
                assertThat(analysis(context.getStartupFailure()).getDescription())
                    .contains("handyman.workflows.embedded.dev-without-key")
                    .contains("0.0.0.0"));
    runner()
        .withPropertyValues(
            "handyman.workflows.embedded.accept-http-events=true",
            "handyman.workflows.embedded.dev-without-key=true")
        .run(
            context ->
                assertThat(analysis(context.getStartupFailure()).getDescription())
                    .contains("every interface"));
  }

  @Test
  void announcesTheKeylessDevModeOnLoopbackAtStartup(CapturedOutput output) {
    runner()
        .withPropertyValues(
            "handyman.workflows.embedded.accept-http-events=true",
            "handyman.workflows.embedded.dev-without-key=true",
            "server.address=127.0.0.1")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(EventIngestPolicy.class).keylessOnLoopback()).isTrue();
              assertThat(output.getOut()).contains("DEV MODE").contains("WITHOUT an event key");
            });
  }

  @Test
  void readsRotatingKeysAndNeverLogsThem(CapturedOutput output) {
    runner()
        .withPropertyValues(
            "handyman.workflows.embedded.accept-http-events=true",
            "handyman.workflows.embedded.event-keys=evt-old-secret,evt-new-secret",
            "handyman.workflows.embedded.allowed-sensitive-events=auth/account.locked")
        .run(
            context -> {
              EventIngestPolicy policy = context.getBean(EventIngestPolicy.class);
              assertThat(policy.eventKeys()).containsExactly("evt-old-secret", "evt-new-secret");
              assertThat(policy.accepts("auth/account.locked")).isTrue();
              assertThat(policy.accepts("security/lock.requested")).isFalse();
              assertThat(policy.toString()).doesNotContain("secret");
              assertThat(output.getOut()).contains("2 key(s)").doesNotContain("evt-old-secret");
            });
  }

  @Test
  void refusesToAllowANameThatIsNotSensitive() {
    runner()
        .withPropertyValues(
            "handyman.workflows.embedded.accept-http-events=true",
            "handyman.workflows.embedded.event-keys=k",
            "handyman.workflows.embedded.allowed-sensitive-events=auth/acount.locked")
        .run(
            context ->
                assertThat(analysis(context.getStartupFailure()).getDescription())
                    .contains("allowed-sensitive-events")
                    .contains("auth/acount.locked"));
  }

  private static FailureAnalysis analysis(Throwable failure) {
    FailureAnalysis analysis = new HandymanWorkflowsFailureAnalyzer().analyze(failure);
    assertThat(analysis).as("a configuration failure in %s", failure).isNotNull();
    return analysis;
  }
}
