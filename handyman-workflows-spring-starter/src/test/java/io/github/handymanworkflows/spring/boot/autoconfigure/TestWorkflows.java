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

import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.mail.WelcomeEmail;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A host's own workflow beans: one on an event that sends an email, one on a schedule. */
@Configuration(proxyBeanMethods = false)
class TestWorkflows {

  static final String WELCOME = "test-welcome";
  static final String NIGHTLY = "test-nightly";

  @Bean
  WorkflowFunction testWelcome(Emails emails) {
    return Workflow.function(WELCOME, "Test welcome")
        .trigger(UserRegistered.TYPE)
        .retries(0)
        .handler(
            (ctx, step) -> {
              UserRegistered user = ctx.data(UserRegistered.TYPE);
              step.run(
                  "send-welcome",
                  () ->
                      emails.welcome(
                          new WelcomeEmail(
                              new Recipient(user.userId(), user.email(), user.firstName()),
                              user.role())));
              return user.userId();
            });
  }

  @Bean
  WorkflowFunction testNightly() {
    return Workflow.function(NIGHTLY, "Test nightly")
        .cron("0 2 * * *")
        .retries(1)
        .handler((ctx, step) -> "done");
  }
}
