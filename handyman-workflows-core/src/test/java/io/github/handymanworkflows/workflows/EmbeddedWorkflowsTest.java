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
package io.github.handymanworkflows.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.mail.MailSettings;
import io.github.handymanworkflows.mail.RecordingMailer;
import io.github.handymanworkflows.user.InMemoryUserRepository;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflows.email.SendWelcomeEmail;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedWorkflowsTest {

  record Pinged(String userId) {}

  static final EventType<Pinged> PINGED = EventType.of("host/pinged", Pinged.class);

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T09:00:00Z"));

  @Test
  void wiresTheMarketplaceAndTheHostsFunctionsInAFewLines() {
    RecordingMailer mailer = new RecordingMailer();
    InMemoryUserRepository users = new InMemoryUserRepository();
    EmbeddedWorkflows workflows =
        EmbeddedWorkflows.builder("host-shop")
            .clock(clock)
            .mailer(mailer)
            .users(users)
            .functions(
                deps ->
                    List.of(
                        Workflow.function("host-ping", "Host ping")
                            .trigger(PINGED)
                            .handler(
                                (ctx, step) ->
                                    deps.users().find(ctx.data(PINGED).userId()).isPresent())))
            .build();

    workflows.publisher().publish(PINGED.event(new Pinged("u_1")));
    workflows
        .publisher()
        .publish(
            UserRegistered.TYPE.event(
                new UserRegistered("u_2", "bea@example.com", "Bea", null, Role.CUSTOMER)));
    workflows.engine().runDue();

    assertThat(workflows.engine().appId()).isEqualTo("host-shop");
    assertThat(workflows.dependencies().users()).isSameAs(users);
    assertThat(workflows.engine().runs("host-ping").get(0).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(workflows.engine().runs(SendWelcomeEmail.FUNCTION_ID).get(0).status())
        .isEqualTo(RunStatus.COMPLETED);
    assertThat(mailer.sentTo("bea@example.com")).singleElement();
    assertThat(mailer.sentTo("bea@example.com").get(0).from())
        .isEqualTo(MailSettings.defaults().from());
  }

  @Test
  void needsAnAppId() {
    assertThatThrownBy(() -> EmbeddedWorkflows.builder(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("appId");
  }

  @Test
  void mailSettingsHaveDefaultsForLocalRuns() {
    MailSettings defaults = MailSettings.defaults();
    assertThat(defaults.brandName()).isEqualTo("Handyman");
    assertThat(defaults.from().email()).endsWith(".example");
    assertThat(new MailSettings()).isEqualTo(defaults);
    assertThat(MailSettings.builder().brandName("Fixit").build().brandName()).isEqualTo("Fixit");
  }
}
